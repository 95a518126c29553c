// The pipeline in one place: load → parse → check → render. Pure once the files are read.
import { parseFigures, parseSettings } from './data/parse-data.js';
import { checkDeck, checkLinkTargets, checkPacing } from './check/check-deck.js';
import { sortDiagnostics } from './diagnostics.js';
import { FIGURES_FILE, SETTINGS_FILE, type DeckSources } from './load/load-deck.js';
import { createMarkdown } from './markdown/create-markdown.js';
import { parseSlides } from './markdown/parse-slides.js';
import { createRenderEnv } from './html/render-env.js';
import { renderSlides } from './render/render-slides.js';
import type { ParsedSlide } from './markdown/parse-slides.js';
import { checkChineseData, matchTranslation } from './translation/match-translation.js';
import { LANG_TAGS, type LangCode } from './shared/languages.js';
import type { CompileResult, Deck, DeckSettings, Diagnostic, FigureData, SourceFile } from './types.js';

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
    return { deck: { lang: 'en', settings: FALLBACK_SETTINGS, data: EMPTY_DATA, slides: [] }, diagnostics: [...sources.diagnostics, diagnostic] };
  }
}

function compile(sources: DeckSources): CompileResult {
  const diagnostics: Diagnostic[] = [...sources.diagnostics];

  const settings = sources.settings ? parseSettings(sources.settings) : { diagnostics: [] };
  const figures = sources.figures ? parseFigures(sources.figures) : { diagnostics: [] };
  diagnostics.push(...settings.diagnostics, ...figures.diagnostics);
  const files = { settings: sources.settings?.path ?? SETTINGS_FILE, figures: sources.figures?.path ?? FIGURES_FILE };
  const minutesLine = (sources.settings?.text.split('\n').findIndex((l) => l.startsWith('minutes:')) ?? 0) + 1;

  const parsed = parseFiles(sources.slides, diagnostics);
  const slideSources = parsed.flatMap((p) => p.slides);
  diagnostics.push(...checkDeck(slideSources, figures.value, files.figures));
  diagnostics.push(...checkPacing(slideSources, settings.value, figures.value, { file: files.settings, line: Math.max(1, minutesLine) }));
  const ids = new Set(slideSources.map((s) => s.id));
  diagnostics.push(...checkLinkTargets(parsed.flatMap((p) => p.links), ids, sources.assets ?? [], sources.dir));

  const data = figures.value ?? EMPTY_DATA;
  const deck = renderDeck('en', settings.value ?? FALLBACK_SETTINGS, data, slideSources);
  if (!sources.zh) return { deck, diagnostics: sortDiagnostics(diagnostics) };

  // The Chinese deck: the English one's slides, each in its translation where there is one.
  const translated = parseFiles(sources.zh, diagnostics);
  const translation = matchTranslation(slideSources, translated.map((p) => p.slides));
  diagnostics.push(...translation.diagnostics);
  const chinese = translation.slides.filter((s) => !s.untranslated);
  // The deck-wide rules for each translated slide; the figures file is the English pass's to check.
  diagnostics.push(...checkDeck(chinese, figures.value, files.figures).filter((d) => d.file !== files.figures && !/duplicate slide id/.test(d.message)));
  diagnostics.push(...checkPacing(chinese, undefined, figures.value, { file: files.settings, line: 1 }));
  diagnostics.push(...checkLinkTargets(translated.flatMap((p) => p.links), ids, sources.assets ?? [], sources.dir));
  diagnostics.push(...checkChineseData(translation.slides, settings.value, figures.value, files));
  const zhSettings = settings.value?.zh ? { ...settings.value, ...settings.value.zh, lang: LANG_TAGS.zh } : { ...(settings.value ?? FALLBACK_SETTINGS), lang: LANG_TAGS.zh };
  const zh = renderDeck('zh', zhSettings, data, translation.slides, settings.value);
  return { deck, zh, diagnostics: sortDiagnostics(diagnostics) };
}

/** Each file into its parsed slides, its own diagnostics added to `diagnostics`. */
function parseFiles(files: readonly SourceFile[], diagnostics: Diagnostic[]) {
  return files.map((file) => {
    if (file.text.trim() === '') {
      diagnostics.push({ severity: 'warning', file: file.path, line: 1, message: 'file is empty', hint: 'add slides or delete the file' });
    }
    const result = parseSlides(md, file);
    diagnostics.push(...result.diagnostics);
    return result;
  });
}

/** `source` is the settings in the deck's first language, where the deck is a translation. */
function renderDeck(lang: LangCode, settings: DeckSettings, data: FigureData, slides: readonly (ParsedSlide & { untranslated?: boolean })[], source?: DeckSettings): Deck {
  const env = { ...createRenderEnv(lang, settings, data, slides.map((s) => ({ id: s.id, title: s.title, layout: s.attributes.layout ?? 'default' }))), sourceSettings: source };
  return { lang, settings, data, slides: renderSlides(md, slides, env) };
}
