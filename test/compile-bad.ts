// Compiles one file of the bad-input corpus (test/fixtures/bad/) the way a deck would.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileDeck } from '../src/compile-deck.js';
import { formatDiagnostic } from '../src/diagnostics.js';
import { decodeSource } from '../src/load/load-deck.js';
import { renderSection } from '../src/render/render-slides.js';
import type { SourceFile } from '../src/types.js';
import { FIXTURES } from './compile-case.js';

export const BAD = join(FIXTURES, 'bad');
export const fixtureData = (name: string): SourceFile => ({ path: `slides/${name}`, text: readFileSync(join(FIXTURES, 'data', name), 'utf8') });
const FACTS: SourceFile = { path: 'slides/99-facts.md', text: '{#facts}\n## Facts\n\n- {{joint_labs}}\n\nNote: The facts.\n' };

/** Compiles one bad file in place of a slide file or of figures.yaml; returns its HTML and its own diagnostics. */
export function compileBad(name: string): { html: string; messages: string } {
  const isData = name.endsWith('.figures.yaml');
  const path = isData ? 'slides/figures.yaml' : 'slides/case.md';
  const decoded = decodeSource(path, readFileSync(join(BAD, name)));
  if ('line' in decoded) return { html: '', messages: formatDiagnostic(decoded) };
  const { deck, diagnostics } = compileDeck(
    isData
      ? { slides: [FACTS], settings: fixtureData('deck.yaml'), figures: decoded, diagnostics: [] }
      : { slides: [decoded, { ...FACTS, text: FACTS.text.replace(' {{joint_labs}}', ' facts') }], settings: fixtureData('deck.yaml'), figures: fixtureData('figures.yaml'), diagnostics: [] },
  );
  return {
    html: deck.slides.map(renderSection).join(''),
    messages: diagnostics.filter((d) => d.file === path).map(formatDiagnostic).join('\n'),
  };
}

