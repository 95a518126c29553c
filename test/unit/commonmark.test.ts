// Standard Markdown kept: every example of the CommonMark spec goes through the deck's whole
// pipeline and must come out as markdown-it renders it with the same options, but for the
// differences by design listed in test/fixtures/commonmark/by-design.txt.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import markdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { compileDeck } from '../../src/compile-deck.js';
import { FIXTURES } from '../compile-fixture.js';

interface Example {
  number: number;
  section: string;
  markdown: string;
}

const { tests } = createRequire(import.meta.url)('commonmark-spec') as { tests: Example[] };
const stock = markdownIt({ html: false, linkify: false, typographer: true });
const byDesign = new Map(
  readFileSync(join(FIXTURES, 'commonmark/by-design.txt'), 'utf8')
    .split('\n')
    .filter((line) => /^\d+:/.test(line))
    .map((line) => [Number(line.slice(0, line.indexOf(':'))), line.slice(line.indexOf(':') + 1).trim()]),
);

/** The example as the deck renders it: every slide's content and notes, in order. */
function deckHtml(markdown: string): string {
  const { deck } = compileDeck({ slides: [{ path: 'slides/case.md', text: markdown }], diagnostics: [] });
  return deck.slides.map((s) => s.html + s.notesHtml).join('');
}

describe('CommonMark 0.31.2', () => {
  it('has every example', () => {
    expect(tests).toHaveLength(652);
  });
  for (const example of tests) {
    const why = byDesign.get(example.number);
    it(`example ${example.number} (${example.section})${why ? `: ${why}` : ''}`, () => {
      const expected = stock.render(example.markdown);
      if (why) expect(deckHtml(example.markdown)).not.toBe(expected);
      else expect(deckHtml(example.markdown)).toBe(expected);
    });
  }
});
