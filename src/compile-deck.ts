// The pipeline in one place: load → parse → check → (translate) → render, once per language. Pure
// once the files are read.
import { parseFigures, parseLanguage, parseSettings } from './data/parse-data.js';
import { checkDeck, checkLinkTargets, checkPacing } from './check/check-deck.js';
import { sortDiagnostics } from './diagnostics.js';
import { FIGURES_FILE, LANGUAGE_FILE, SETTINGS_FILE, UI_FILE, type DeckSources, type TranslationSources } from './load/load-deck.js';
import { createMarkdown } from './markdown/create-markdown.js';
import { parseSlides } from './markdown/parse-slides.js';
import { createRenderEnv } from './html/render-env.js';
import { renderSlides } from './render/render-slides.js';
import type { ParsedSlide } from './markdown/parse-slides.js';
import { checkChineseData, checkLanguageData, matchTranslation } from './translation/match-translation.js';
import { CHINESE, SOURCE_LANG, langTag, languageName, type LangCode } from './shared/languages.js';
import { LANGUAGE_NAMES, builtInText } from './shared/ui-text.js';
import type { CompileResult, Deck, DeckSettings, Diagnostic, FigureData, LanguageData, SourceFile } from './types.js';

const md = createMarkdown();

/** Placeholders so a deck with a broken data file still renders for the dev server. */
const FALLBACK_SETTINGS: DeckSettings = {
  title: 'Untitled deck',
  author: '',
  affiliation: '',
  event: '',
  lang: 'en',
  minutes: 20,
  url: 'https://example.org/',
};
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
    return {
      deck: { ...builtIn(SOURCE_LANG), settings: FALLBACK_SETTINGS, data: EMPTY_DATA, slides: [] },
      translations: [],
      diagnostics: [...sources.diagnostics, diagnostic],
    };
  }
}

function compile(sources: DeckSources): CompileResult {
  const source = compileSource(sources);
  const translations = (sources.translations ?? []).map((translation) => compileTranslation(translation, source, sources));
  return joinPasses(sources, source, translations);
}

/** The deck in its first language, and what every translation is compiled against. */
export interface SourcePass {
  deck: Deck;
  slides: readonly ParsedSlide[];
  data: FigureData;
  checked: Checked;
  /** What a translation reads of the English slides but the words of those it shows in English
   *  (their ids, places, attributes and figures), as one string to compare. */
  outline: string;
  diagnostics: Diagnostic[];
}

/** One translation's deck (none where its folder or words are missing) and what it found. */
export interface TranslationPass {
  deck: Deck | undefined;
  /** The English files of the slides it shows in English, not having them translated. */
  fallsBackTo: ReadonlySet<string>;
  diagnostics: Diagnostic[];
}

/** The English pass: its data files, slides and deck-wide checks, and its deck. */
export function compileSource(sources: DeckSources): SourcePass {
  const diagnostics: Diagnostic[] = [];
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
  diagnostics.push(
    ...checkLinkTargets(
      parsed.flatMap((p) => p.links),
      ids,
      sources.assets ?? [],
      sources.dir,
    ),
  );

  const data = figures.value ?? EMPTY_DATA;
  const deck = renderDeck(builtIn(SOURCE_LANG), settings.value ?? FALLBACK_SETTINGS, data, slideSources);
  const checked = { ids, settings: settings.value, figures: figures.value, files };
  const outline = JSON.stringify(slideSources.map((s) => [s.file, s.line, s.id, s.idFrom, s.attributes, s.figures.map((f) => f.key)]));
  return { deck, slides: slideSources, data, checked, outline, diagnostics };
}

/** One translation compiled against the English pass. */
export function compileTranslation(translation: TranslationSources, source: SourcePass, sources: DeckSources): TranslationPass {
  const diagnostics: Diagnostic[] = [];
  const translated = translateDeck(translation, source.slides, source.data, source.checked, sources, diagnostics);
  return { deck: translated?.deck, fallsBackTo: new Set(translated?.fallsBackTo), diagnostics };
}

/** The passes as one compile's result, the diagnostics in the order a full compile finds them. */
export function joinPasses(sources: DeckSources, source: SourcePass, translations: readonly TranslationPass[]): CompileResult {
  return {
    deck: source.deck,
    translations: translations.flatMap((t) => (t.deck ? [t.deck] : [])),
    diagnostics: sortDiagnostics([...sources.diagnostics, ...source.diagnostics, ...translations.flatMap((t) => t.diagnostics)]),
  };
}

/** What the translations are checked against: the source deck's ids, its data files and their names. */
interface Checked {
  ids: Set<string>;
  settings: DeckSettings | undefined;
  figures: FigureData | undefined;
  files: { settings: string; figures: string };
}

/** A translated deck: the English one's slides, each in its translation where there is one, and
 *  the English files it falls back to; or nothing, with the reason, where the language's folder
 *  or words are missing. */
function translateDeck(
  sources: TranslationSources,
  english: readonly ParsedSlide[],
  data: FigureData,
  checked: Checked,
  deck: DeckSources,
  diagnostics: Diagnostic[],
): { deck: Deck; fallsBackTo: string[] } | undefined {
  const { code } = sources;
  const folder = `${deck.dir ?? 'slides'}/${code}`;
  const settingsLine = lineListing(deck.settings?.text ?? '', code);
  if (!sources.found) {
    diagnostics.push({
      severity: 'error',
      file: checked.files.settings,
      line: settingsLine,
      message: `deck.yaml lists the language "${code}", and the slides folder has no folder ${code}/`,
      hint: `add ${folder}/ with the slides translated, file for file, or remove ${code} from languages:`,
    });
    return undefined;
  }
  let language: LanguageData | undefined;
  if (code !== CHINESE) {
    const missing = [!sources.language && LANGUAGE_FILE, !sources.ui && UI_FILE].filter(Boolean);
    if (missing.length) {
      diagnostics.push({
        severity: 'error',
        file: folder,
        line: 1,
        message: `the ${languageName(code)} translation has no ${missing.join(' and no ')}`,
        hint: `add ${missing.map((m) => `${folder}/${String(m)}`).join(' and ')}: the deck's words and the interface's words in ${code} (see the README, Adding a language)`,
      });
      return undefined;
    }
    const parsed = parseLanguage(code, sources.language!, sources.ui!);
    diagnostics.push(...parsed.diagnostics);
    if (!parsed.value) return undefined;
    language = parsed.value;
  }
  const translated = parseFiles(sources.slides, diagnostics);
  const translation = matchTranslation(
    english,
    translated.map((p) => p.slides),
    code,
  );
  diagnostics.push(...translation.diagnostics);
  const done = translation.slides.filter((s) => !s.untranslated);
  const fallsBackTo = translation.slides.filter((s) => s.untranslated).map((s) => s.file);
  // The deck-wide rules for each translated slide; the figures file is the English pass's to check.
  diagnostics.push(
    ...checkDeck(done, checked.figures, checked.files.figures).filter((d) => d.file !== checked.files.figures && !/duplicate slide id/.test(d.message)),
  );
  diagnostics.push(...checkPacing(done, undefined, checked.figures, { file: checked.files.settings, line: 1 }));
  diagnostics.push(
    ...checkLinkTargets(
      translated.flatMap((p) => p.links),
      checked.ids,
      deck.assets ?? [],
      deck.dir,
    ),
  );
  const source = checked.settings ?? FALLBACK_SETTINGS;
  if (language) {
    diagnostics.push(...checkLanguageData(translation.slides, language, checked.figures));
    const words = language;
    const settings = { ...source, ...words.deck, lang: words.tag };
    const rendered = renderDeck(
      { lang: code, tag: words.tag, name: words.name, text: words.text, language: words },
      settings,
      data,
      translation.slides,
      checked.settings,
    );
    return { deck: rendered, fallsBackTo };
  }
  diagnostics.push(...checkChineseData(translation.slides, checked.settings, checked.figures, checked.files));
  const zhSettings = { ...source, ...source.zh, lang: langTag(CHINESE) };
  return { deck: renderDeck(builtIn(CHINESE), zhSettings, data, translation.slides, checked.settings), fallsBackTo };
}

/** The line of deck.yaml that lists `code`, in `languages: [..]` or as a `- code` item. */
function lineListing(text: string, code: string): number {
  const lines = text.split('\n');
  const found = lines.findIndex((line) => /^\s*(languages:|-)/.test(line) && line.split(/[\s,[\]]+/).includes(code));
  return found + 1 || 1;
}

/** A language the code knows: English or Chinese. */
function builtIn(code: LangCode): Pick<Deck, 'lang' | 'tag' | 'name' | 'text'> {
  return { lang: code, tag: langTag(code), name: LANGUAGE_NAMES[code] ?? code, text: builtInText(code)! };
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
function renderDeck(
  language: Pick<Deck, 'lang' | 'tag' | 'name' | 'text' | 'language'>,
  settings: DeckSettings,
  data: FigureData,
  slides: readonly (ParsedSlide & { untranslated?: boolean })[],
  source?: DeckSettings,
): Deck {
  const env = {
    ...createRenderEnv(
      language,
      settings,
      data,
      slides.map((s) => ({ id: s.id, title: s.title, layout: s.attributes.layout ?? 'default' })),
    ),
    sourceSettings: source,
  };
  return { ...language, settings, data, slides: renderSlides(md, slides, env) };
}
