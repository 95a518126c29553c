// Input that Markdown text cannot show: byte order marks, line endings, bytes that are not UTF-8,
// each a file in test/fixtures/bad/ beside the diagnostics it must give (NAME.expected); and
// pathological Markdown, which must finish.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderSection } from '../../src/render/render-slides.js';
import { compileDeck } from '../../src/compile-deck.js';
import { BAD, compileBadFile, fixtureData } from '../compile-fixture.js';

describe('bytes are read as the loader reads them', () => {
  for (const name of readdirSync(BAD)
    .filter((n) => n.endsWith('.md'))
    .sort()) {
    it(name, () => {
      const { messages } = compileBadFile(name);
      expect(messages).toBe(readFileSync(join(BAD, name.replace(/\.md$/, '.expected')), 'utf8').trim());
    });
  }
});
describe('pathological Markdown finishes with a result', () => {
  const compileText = (text: string) =>
    compileDeck({ slides: [{ path: 'slides/case.md', text }], settings: fixtureData('deck.yaml'), figures: fixtureData('figures.yaml'), diagnostics: [] });

  it('50,000 asterisks', { timeout: 20_000 }, () => {
    const { deck } = compileText(`## Stars\n\ntext ${'*'.repeat(50_000)}\n\n${'*'.repeat(50_000)}\n\n${'*a '.repeat(50_000)}\n\nNote: n\n`);
    expect(deck.slides).toHaveLength(1);
  });

  it('deep nesting of quotes and lists', { timeout: 20_000 }, () => {
    const { deck } = compileText(
      `## Deep\n\n${'> '.repeat(5_000)}deep\n\n${Array.from({ length: 2_000 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n')}\n\nNote: n\n`,
    );
    expect(deck.slides).toHaveLength(1);
  });

  it('200 broken links to long slide ids among 200 slides: checked in seconds, each link reported', () => {
    // 1.2 MB: each link a few letters away from an id, every id 3,000 characters long.
    const id = (i: number) => `s${String(i).padStart(3, '0')}-${'abcdefghij'.repeat(300)}`;
    const slides = Array.from({ length: 200 }, (_, i) => `{#${id(i)}}\n## Slide ${i}\n\n[next](#/${id(i + 1).replace('abc', 'xbc')})\n\nNote: n\n`);
    const started = performance.now();
    const { diagnostics } = compileText(slides.join('\n---\n\n'));
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(diagnostics.filter((d) => d.message.startsWith('link to a slide that does not exist'))).toHaveLength(200);
  });

  it('a paragraph of 1 MB full of quotation marks, closed and not: compiled in seconds', () => {
    // Every quoted term's last word is looked at (render-slides.ts): a search that looked back from
    // each space took minutes here.
    const text = `## Quotes\n\n${'a “quoted term” and “an open one '.repeat(32_000)}\n\nNote: n\n`;
    expect(text.length).toBeGreaterThan(1_000_000);
    const started = performance.now();
    const { deck } = compileText(text);
    const section = renderSection(deck.slides[0]!);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(section).toContain('“quoted\u00a0term”');
  });

  it('a 5 MB file of slides with figures', { timeout: 30_000 }, () => {
    const slide = (i: number) => `## Slide ${i}\n\n- {{agreements}} and {{countries}} ${'word '.repeat(60)}\n\nNote: n\n`;
    const text = Array.from({ length: 14_000 }, (_, i) => slide(i)).join('\n---\n\n');
    expect(text.length).toBeGreaterThan(5_000_000);
    const { deck } = compileText(text);
    expect(deck.slides).toHaveLength(14_000);
  });
});
