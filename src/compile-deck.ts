// The pipeline in one place: load → parse → check → render. Pure once the files are read.
import { parseFigures, parseSettings } from './data/parse-data.js';
import { checkDeck, checkLinks, checkPacing } from './check/check-deck.js';
import { sortDiagnostics } from './diagnostics.js';
import { FIGURES_FILE, SETTINGS_FILE, type DeckSources } from './load/load-deck.js';
import { createMarkdown } from './markdown/create-markdown.js';
import { parseSlides } from './markdown/parse-slides.js';
import { createRenderEnv } from './html/render-env.js';
import { renderSlides } from './render/render-slides.js';
import type { CompileResult, DeckSettings, Diagnostic, FigureData } from './types.js';

const md = createMarkdown();

/** Placeholders so a deck with a broken data file still renders for the dev server. */
const FALLBACK_SETTINGS: DeckSettings = { title: 'Untitled deck', author: '', affiliation: '', event: '', lang: 'en', minutes: 20, url: 'https://example.org/' };
const EMPTY_DATA: FigureData = { talk: '', figures: new Map(), timeline: [] };

/**
 * Never throws, whatever the input: an unexpected failure is one more diagnostic, so the dev server
 * shows it and keeps serving, and the CLI prints it without a stack trace.
 */
export function compileDeck(sources: DeckSources): CompileResult {
  try {
    return compile(sources);
  } catch (error) {
    const diagnostic: Diagnostic = {
      severity: 'error',
      file: sources.dir ?? 'slides',
      line: 1,
      message: `the deck could not be compiled: ${error instanceof Error ? error.message : String(error)}`,
      hint: 'undo the last change to find what causes it, and report it with that change',
    };
    return { deck: { settings: FALLBACK_SETTINGS, data: EMPTY_DATA, slides: [] }, diagnostics: [...sources.diagnostics, diagnostic] };
  }
}

function compile(sources: DeckSources): CompileResult {
  const diagnostics: Diagnostic[] = [...sources.diagnostics];

  const settings = sources.settings ? parseSettings(sources.settings) : { diagnostics: [] };
  const figures = sources.figures ? parseFigures(sources.figures) : { diagnostics: [] };
  diagnostics.push(...settings.diagnostics, ...figures.diagnostics);

  const parsed = sources.slides.map((file) => {
    if (file.text.trim() === '') {
      diagnostics.push({ severity: 'warning', file: file.path, line: 1, message: 'file is empty', hint: 'add slides or delete the file' });
    }
    return parseSlides(md, file);
  });
  const slideSources = parsed.flatMap((p) => p.slides);
  diagnostics.push(...parsed.flatMap((p) => p.diagnostics));

  const figuresPath = sources.figures?.path ?? FIGURES_FILE;
  diagnostics.push(...checkDeck(slideSources, figures.value, figuresPath));
  const minutesLine = (sources.settings?.text.split('\n').findIndex((l) => l.startsWith('minutes:')) ?? 0) + 1;
  diagnostics.push(...checkPacing(slideSources, settings.value, figures.value, { file: sources.settings?.path ?? SETTINGS_FILE, line: Math.max(1, minutesLine) }));
  const ids = new Set(slideSources.map((s) => s.id));
  diagnostics.push(...checkLinks(parsed.flatMap((p) => p.links), ids, sources.assets ?? [], sources.dir));

  const data = figures.value ?? EMPTY_DATA;
  const env = createRenderEnv(settings.value ?? FALLBACK_SETTINGS, data, slideSources.map((s) => ({ id: s.id, title: s.title, layout: s.attributes.layout ?? 'default' })));
  const slides = renderSlides(md, slideSources, env);
  return { deck: { settings: env.settings, data, slides }, diagnostics: sortDiagnostics(diagnostics) };
}
