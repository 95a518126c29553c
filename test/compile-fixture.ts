// Compiles fixtures the way a deck is compiled, beside the fixture data files (test/fixtures/data/)
// and a slide their figures name as their source; returns the HTML and the diagnostics about the
// fixture's own file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileDeck } from '../src/compile-deck.js';
import { formatDiagnostic } from '../src/diagnostics.js';
import { decodeSource } from '../src/load/load-deck.js';
import { renderSection } from '../src/render/render-slides.js';
import type { SourceFile } from '../src/types.js';

export const FIXTURES = join(import.meta.dirname, 'fixtures');
export const BAD = join(FIXTURES, 'bad');
const CASE = 'slides/case.md';
const FIGURES = 'slides/figures.yaml';

export const fixtureData = (name: string): SourceFile => ({ path: `slides/${name}`, text: readFileSync(join(FIXTURES, 'data', name), 'utf8') });
/** The slide the fixture figures name as their source; `show` puts a figure on it. */
const factsSlide = (show = ''): SourceFile => ({ path: 'slides/99-facts.md', text: `{#facts}\n## Facts\n\n- ${show || 'facts'}\n\nNote: The facts.\n` });

function compile(slides: SourceFile[], figures: SourceFile, file: string): { html: string; messages: string } {
  const { deck, diagnostics } = compileDeck({ slides, settings: fixtureData('deck.yaml'), figures, diagnostics: [] });
  return {
    html: deck.slides.filter((s) => s.file === file).map(renderSection).join('').trim(),
    messages: diagnostics.filter((d) => d.file === file).map(formatDiagnostic).join('\n'),
  };
}

/** A Markdown fixture as one slide file of a deck: its slides' HTML, then its diagnostics. */
export function compileCase(markdown: string): string {
  const { html, messages } = compile([{ path: CASE, text: markdown }, factsSlide()], fixtureData('figures.yaml'), CASE);
  return [html, messages].filter(Boolean).join('\n');
}

/** A figures.yaml fixture in a deck whose one slide shows `{{joint_labs}}`: its diagnostics. */
export function compileFiguresFile(yaml: string): string {
  return compile([factsSlide('{{joint_labs}}')], { path: FIGURES, text: yaml }, FIGURES).messages;
}

/** A file of bytes that Markdown text cannot hold (test/fixtures/bad/), read as the loader reads it. */
export function compileBadFile(name: string): { html: string; messages: string } {
  const decoded = decodeSource(CASE, readFileSync(join(BAD, name)));
  if ('line' in decoded) return { html: '', messages: formatDiagnostic(decoded) };
  return compile([decoded, factsSlide()], fixtureData('figures.yaml'), CASE);
}
