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

/**
 * Each slide's planned time (`data-timing`) counts the fixture's slides: it is shown where a
 * fixture sets a `timing=` (it is then what the fixture is about), and left out of the others.
 */
const plannedTimesIf = (markdown: string, html: string) => (/timing=/.test(markdown) ? html : html.replace(/ data-timing="\d+"/g, ''));

function compile(slides: SourceFile[], figures: SourceFile, file: string): { html: string; messages: string } {
  const { deck, diagnostics } = compileDeck({ slides, settings: fixtureData('deck.yaml'), figures, diagnostics: [] });
  const html = deck.slides
    .filter((s) => s.file === file)
    .map(renderSection)
    .join('')
    .trim();
  return {
    html: plannedTimesIf(slides.find((s) => s.path === file)?.text ?? '', html),
    messages: diagnostics
      .filter((d) => d.file === file)
      .map(formatDiagnostic)
      .join('\n'),
  };
}

/** A Markdown fixture as one slide file of a deck: its slides' HTML, then its diagnostics. */
export function compileCase(markdown: string): string {
  const { html, messages } = compile([{ path: CASE, text: markdown }, factsSlide()], fixtureData('figures.yaml'), CASE);
  return [html, messages].filter(Boolean).join('\n');
}

/** A translation's words written as data, for the fixture language `code`
 *  (test/fixtures/data/<code>/), as the slides folder holds them. */
const languageFiles = (code: string): { language: SourceFile; ui: SourceFile } => ({
  language: fixtureData(`${code}/language.yaml`),
  ui: fixtureData(`${code}/ui.yaml`),
});

/**
 * An English slide file, a `=== zh` (or `=== <code>`) line, and its translation
 * (slides/<code>/case.md): the translated deck's slides of that file, then the diagnostics about
 * either file and the data files. A language other than Chinese brings its words from
 * test/fixtures/data/<code>/, as a slides folder would: no code knows it.
 */
export function compileTranslationCase(input: string): string {
  const [english = '', code = 'zh', translated = ''] = input.split(/^=== ([\w-]+)\n/m);
  const at = `slides/${code}/case.md`;
  const words: { language?: SourceFile; ui?: SourceFile } = code === 'zh' ? {} : languageFiles(code);
  const files = [CASE, at, 'slides/figures.yaml', ...Object.values(words).map((f) => f.path)];
  const { translations, diagnostics } = compileDeck({
    slides: [{ path: CASE, text: english }, factsSlide()],
    translations: [{ code, found: true, slides: [{ path: at, text: translated }], ...words }],
    settings: fixtureData('deck.yaml'),
    figures: fixtureData('figures.yaml'),
    diagnostics: [],
  });
  const deck = translations.find((t) => t.lang === code);
  const html = plannedTimesIf(
    english,
    (deck?.slides ?? [])
      .filter((s) => s.file === CASE || s.file === at)
      .map(renderSection)
      .join('')
      .trim(),
  );
  // Missing notes and unused figures are other fixtures' business.
  const messages = diagnostics
    .filter((d) => files.includes(d.file) && !/has no speaker notes|is defined but not used/.test(d.message))
    .map(formatDiagnostic)
    .join('\n');
  return [html, messages].filter(Boolean).join('\n');
}

/** A figures.yaml fixture in a deck whose one slide shows `{{joint_labs}}`: its diagnostics. */
export function compileFiguresFile(yaml: string): string {
  return compile([factsSlide('{{joint_labs}}')], { path: FIGURES, text: yaml }, FIGURES).messages;
}

/** A file of bytes that Markdown text cannot hold (test/fixtures/bad/), read as the loader reads it. */
export function compileBadFile(name: string): { html: string; messages: string } {
  const decoded = decodeSource(CASE, readFileSync(join(BAD, name)));
  if (!decoded.file) return { html: '', messages: decoded.diagnostics.map(formatDiagnostic).join('\n') };
  const compiled = compile([decoded.file, factsSlide()], fixtureData('figures.yaml'), CASE);
  return { ...compiled, messages: [...decoded.diagnostics.map(formatDiagnostic), compiled.messages].filter(Boolean).join('\n') };
}
