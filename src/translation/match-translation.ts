// A translated deck (Chinese, Portuguese, …): each English slide matched with its translation, by
// id, or by its place in the file of the same name under slides/<code>/. Ids, layouts and timings
// are the English slide's; a slide not yet translated is shown in English, marked so. Reports what
// does not match, and what the translation needs from the data files.
import { posix } from 'node:path';
import type { ParsedSlide } from '../markdown/parse-slides.js';
import { languageName } from '../shared/languages.js';
import type { DeckSettings, Diagnostic, FigureData, LanguageData } from '../types.js';

/** A slide of the Chinese deck: its translation, or the English slide where there is none. */
export interface TranslatedSlide extends ParsedSlide {
  untranslated: boolean;
}

export interface Translation {
  slides: TranslatedSlide[];
  diagnostics: Diagnostic[];
}

/** `translated` holds the parsed files of the language `code`, each file's slides in order. */
export function matchTranslation(english: readonly ParsedSlide[], translated: readonly (readonly ParsedSlide[])[], code = 'zh'): Translation {
  const name = languageName(code);
  const diagnostics: Diagnostic[] = [];
  const error = (at: { file: string; line: number }, message: string, hint: string) =>
    diagnostics.push({ severity: 'error', file: at.file, line: at.line, message, hint });
  const byId = new Map(english.map((s) => [s.id, s]));
  const translations = new Map<string, ParsedSlide>();

  for (const file of translated) {
    // The English file of the same name, whose slides an unnamed translation follows in order.
    const counterpart = english.filter((s) => posix.basename(s.file) === posix.basename(file[0]?.file ?? ''));
    file.forEach((slide, i) => {
      const original = slide.idFrom === 'attribute' ? byId.get(slide.id) : counterpart[i];
      if (!original) {
        error(
          slide,
          slide.idFrom === 'attribute' ? `no English slide has the id "${slide.id}"` : 'this slide has no English slide to translate',
          'give it the {#id} of the English slide it translates, or add that slide in English',
        );
        return;
      }
      const earlier = translations.get(original.id);
      if (earlier) {
        error(slide, `"${original.id}" is translated twice (also at ${earlier.file}:${earlier.line})`, 'keep one translation of each slide');
        return;
      }
      translations.set(original.id, slide);
      const { layout, timing } = slide.attributes;
      if (layout !== undefined && layout !== (original.attributes.layout ?? 'default')) {
        error(
          slide,
          `the translation changes the slide's layout to "${layout}" (the English slide's is "${original.attributes.layout ?? 'default'}")`,
          `leave layout= out of the ${name} file: it comes from the English one`,
        );
      }
      if (timing !== undefined)
        error(slide, 'a translation sets no timing of its own', `leave timing= out of the ${name} file: the English one plans the talk`);
      diagnostics.push(...compareFigures(original, slide, name));
    });
  }

  const slides = english.map((original): TranslatedSlide => {
    const slide = translations.get(original.id);
    if (!slide) {
      diagnostics.push({
        severity: 'warning',
        file: original.file,
        line: original.line,
        message: `slide "${original.id}" has no ${name} translation: the ${name} deck shows it in English`,
        hint: `translate it in ${posix.join(posix.dirname(original.file), code, posix.basename(original.file))}`,
      });
      return { ...original, untranslated: true };
    }
    // The English slide's id, layout and timing; the translation's words.
    return {
      ...slide,
      id: original.id,
      idFrom: original.idFrom,
      attributes: { ...original.attributes, classes: [...new Set([...original.attributes.classes, ...slide.attributes.classes])] },
      untranslated: false,
    };
  });
  return { slides, diagnostics };
}

/** A translation quotes the same figures as its slide (each figure's number is written once). */
function compareFigures(original: ParsedSlide, translation: ParsedSlide, name: string): Diagnostic[] {
  const keys = (s: ParsedSlide) => new Set(s.figures.map((f) => f.key));
  const [english, chinese] = [keys(original), keys(translation)];
  const out: Diagnostic[] = [];
  for (const key of chinese) {
    if (!english.has(key)) {
      const at = translation.figures.find((f) => f.key === key)!;
      out.push({
        severity: 'error',
        file: translation.file,
        line: at.line,
        column: at.column,
        message: `the translation quotes {{${key}}}, which the English slide does not`,
        hint: `quote on each slide the figures of ${original.file}:${original.line}`,
      });
    }
  }
  for (const key of english) {
    if (!chinese.has(key))
      out.push({
        severity: 'error',
        file: translation.file,
        line: translation.line,
        message: `the English slide quotes {{${key}}}, and its translation does not`,
        hint: `put {{${key}}} where the ${name} sentence gives that figure`,
      });
  }
  return out;
}

/** What the Chinese deck needs from the data files: settings and every figure's words in Chinese. */
export function checkChineseData(
  slides: readonly TranslatedSlide[],
  settings: DeckSettings | undefined,
  data: FigureData | undefined,
  files: { settings: string; figures: string },
): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (settings && !settings.zh) {
    out.push({
      severity: 'error',
      file: files.settings,
      line: 1,
      message: 'the deck has a Chinese translation, and deck.yaml no Chinese title',
      hint: 'add zh: with title, author, affiliation and event in Chinese',
    });
  }
  if (!data) return out;
  if (!data.talkZh)
    out.push({
      severity: 'error',
      file: files.figures,
      line: 1,
      message: "the figures' source line has no Chinese",
      hint: 'add zh: { talk: ... } with the talk named in Chinese',
    });
  const used = new Set(slides.filter((s) => !s.untranslated).flatMap((s) => s.figures.map((f) => f.key)));
  for (const key of used) {
    const figure = data.figures.get(key);
    if (!figure) continue;
    if (!figure.zh)
      out.push({
        severity: 'error',
        file: files.figures,
        line: figure.line,
        message: `figure "${key}" has no Chinese words, and the Chinese deck quotes it`,
        hint: 'add zh: with its unit and label in Chinese (and measure, the measure word, where Chinese needs one)',
      });
    else if (typeof figure.value === 'string' && !figure.zh.value)
      out.push({
        severity: 'error',
        file: files.figures,
        line: figure.line,
        message: `figure "${key}" is words ("${figure.value}"), and has none in Chinese`,
        hint: 'add value: under its zh:, the words in Chinese',
      });
  }
  if (slides.some((s) => !s.untranslated && s.body.some((t) => t.type === 'container_timeline_open'))) {
    const missing = data.timeline.filter((e) => !e.zh).map((e) => e.year);
    if (missing.length)
      out.push({
        severity: 'error',
        file: files.figures,
        line: 1,
        message: `the timeline's ${missing.join(', ')} ${missing.length > 1 ? 'have' : 'has'} no Chinese, and the Chinese deck shows the timeline`,
        hint: "add zh: with the entry's text in Chinese",
      });
  }
  return out;
}

/** What a language written as data needs from its words: every figure its slides quote, words
 *  for a figure given as words, and the timeline where it shows it. Words for a figure the deck
 *  does not have are named, so that a renamed figure is not missed. */
export function checkLanguageData(slides: readonly TranslatedSlide[], language: LanguageData, data: FigureData | undefined): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (!data) return out;
  const file = language.files.language;
  const used = new Set(slides.filter((s) => !s.untranslated).flatMap((s) => s.figures.map((f) => f.key)));
  for (const key of used) {
    const figure = data.figures.get(key);
    if (!figure) continue;
    const words = language.figures.get(key);
    if (!words)
      out.push({
        severity: 'error',
        file,
        line: 1,
        message: `figure "${key}" has no words in ${language.code}, and the ${languageName(language.code)} deck quotes it`,
        hint: `add ${key}: under figures: with its unit and label (and unit_forms where the number changes the unit)`,
      });
    else if (typeof figure.value === 'string' && !words.value)
      out.push({
        severity: 'error',
        file,
        line: words.line,
        message: `figure "${key}" is words ("${figure.value}"), and has none in ${language.code}`,
        hint: 'add value: with the words in this language',
      });
  }
  for (const [key, words] of language.figures) {
    if (words.cardUnit !== undefined && data.figures.has(key) && !data.figures.get(key)!.currency)
      out.push({
        severity: 'warning',
        file,
        line: words.line,
        message: `figure "${key}" has a card_unit, and is not an amount: its card shows its unit`,
        hint: 'remove card_unit, or give the figure a currency: in figures.yaml',
      });
    if (!data.figures.has(key))
      out.push({
        severity: 'warning',
        file,
        line: words.line,
        message: `words for figure "${key}", which figures.yaml does not have`,
        hint: 'remove them, or give them the key the figure has now',
      });
  }
  if (slides.some((s) => !s.untranslated && s.body.some((t) => t.type === 'container_timeline_open'))) {
    const missing = data.timeline.filter((e) => !language.timeline.has(e.year)).map((e) => e.year);
    if (missing.length)
      out.push({
        severity: 'error',
        file,
        line: 1,
        message: `the timeline's ${missing.join(', ')} ${missing.length > 1 ? 'have' : 'has'} no words in ${language.code}, and the deck shows the timeline`,
        hint: 'add each year under timeline: with its text',
      });
  }
  return out;
}
