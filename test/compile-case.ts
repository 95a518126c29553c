// Compiles one fixture case the way a deck would, with the fixture data files.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileDeck } from '../src/compile-deck.js';
import { formatDiagnostic } from '../src/diagnostics.js';
import { renderSection } from '../src/render/render-slides.js';

export const FIXTURES = join(import.meta.dirname, 'fixtures');
const data = (name: string) => ({ path: `slides/${name}`, text: readFileSync(join(FIXTURES, 'data', name), 'utf8') });
// The fixture figures name this slide as their source; it is compiled but not compared.
const SOURCES_SLIDE = { path: 'slides/99-facts.md', text: '{#facts}\n## Facts\n\nNote: The facts.\n' };

/** The case's slides as HTML, then the diagnostics about its own file. */
export function compileCase(markdown: string): string {
  const file = 'slides/case.md';
  const { deck, diagnostics } = compileDeck({
    slides: [{ path: file, text: markdown }, SOURCES_SLIDE],
    settings: data('deck.yaml'),
    figures: data('figures.yaml'),
    diagnostics: [],
  });
  const html = deck.slides.filter((s) => s.file === file).map(renderSection).join('');
  const messages = diagnostics.filter((d) => d.file === file).map(formatDiagnostic).join('\n');
  return [html.trim(), messages].filter(Boolean).join('\n');
}

