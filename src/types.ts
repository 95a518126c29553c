// What the deck is: the data types every stage of the pipeline passes along.
import type { DeckSettings, LanguageFile, UiWords } from './schemas.js';
import type { LangCode, LangTag } from './shared/languages.js';
import type { UiText } from './shared/ui-text.js';

/** A source file as read from disk; `path` is relative to the project, for messages. */
export interface SourceFile {
  path: string;
  text: string;
}

export type Severity = 'error' | 'warning';

/** A user's mistake, pointing at the place to fix it. Lines and columns are 1-based. */
export interface Diagnostic {
  severity: Severity;
  file: string;
  line: number;
  column?: number;
  message: string;
  hint?: string;
}

/** Deck-wide settings from `slides/deck.yaml` (their schema is their type). */
export type { DeckSettings } from './schemas.js';

/** A figure's words in Chinese; the number is the figure's own. */
export interface FigureWords {
  /** Words for the number where the English has words ("hundreds" → 数百). */
  value?: string;
  /** The measure word between the number and the noun: 200多份合作文件. */
  measure?: string;
  unit: string;
  label?: string;
  detail?: string;
}

/** One key figure of the talk, from `slides/figures.yaml`. */
export interface Figure {
  key: string;
  /** A number, or words where the talk gives no number ("hundreds"). */
  value: number | string;
  moreThan: boolean;
  /** How the number is written: 200,000 / 2017 / 3rd. */
  format: 'number' | 'year' | 'ordinal';
  /** The currency of an amount ("RMB"), written before the unit and as a sign on a card. */
  currency?: string;
  /** The noun after the number in a sentence: "200 cooperation agreements". */
  unit: string;
  /** A short caption for the callout card, where the unit alone does not say it all. */
  label?: string;
  detail?: string;
  /** Id of the slide of the talk that states the figure. */
  source: string;
  /** Its words in Chinese, where the deck is translated. */
  zh?: FigureWords;
  /** Where the figure is defined, for messages. */
  line: number;
}

export interface TimelineEntry {
  year: number;
  text: string;
  zh?: string;
}

export interface FigureData {
  /** The talk the figures come from, named in every source line. */
  talk: string;
  talkZh?: string;
  figures: Map<string, Figure>;
  timeline: TimelineEntry[];
}

/** A figure's words in a language written as data (`slides/<code>/language.yaml`). */
export interface DataFigureWords {
  value?: string;
  unit: string;
  /** The unit by plural category, where the number changes it (Russian: one, few, many). */
  unitForms?: Readonly<Record<string, string>>;
  /** An amount's unit on its card, whose number then carries the currency's sign. */
  cardUnit?: string;
  label?: string;
  detail?: string;
  line: number;
}

/** A language the deck is translated into, written as data: its folder's `language.yaml` and
 *  `ui.yaml`. */
export interface LanguageData {
  code: LangCode;
  tag: LangTag;
  /** The language named in itself: Português. */
  name: string;
  deck: { title: string; author: string; affiliation: string; event: string };
  talk: string;
  numbers: LanguageFile['numbers'];
  figures: ReadonlyMap<string, DataFigureWords>;
  timeline: ReadonlyMap<number, string>;
  /** Short words a line never ends with (Russian в, и, с). */
  keepWithNext: readonly string[];
  /** Names a line never cuts (Cinturão e Rota). */
  keepWhole: readonly string[];
  /** Its words as written, for the page, and as the deck uses them. */
  uiWords: UiWords;
  text: UiText;
  /** Where each was read from, for messages. */
  files: { language: string; ui: string };
}

/** Per-slide attributes from a leading `{#id .class layout=... timing=...}` line. */
export interface SlideAttributes {
  id?: string;
  classes: string[];
  layout?: string;
  /** Seconds the speaker plans for this slide. */
  timing?: number;
}

/** A slide after rendering: everything the page and the checks need. */
export interface Slide {
  id: string;
  file: string;
  /** 1-based line where the slide starts. */
  line: number;
  title: string;
  layout: string;
  classes: string[];
  /** Seconds planned for the slide: its own `timing`, or its share of the talk (plan-timings.ts). */
  planned: number;
  /** Title of the part (section slide) this slide belongs to, if any. */
  part?: string;
  /** The slide's language, where the page must be told it (a Chinese deck's, or English in it). */
  lang?: LangTag;
  html: string;
  notesHtml: string;
  notesText: string;
  /** Keys of the figures this slide shows, in order (not those only its notes name). */
  figures: string[];
  /** Project-relative paths of the image files the slide and its notes show. */
  images: string[];
}

export interface Deck {
  /** The language its slides are written in. */
  lang: LangCode;
  /** Its BCP 47 tag and its name in itself, as the language menu writes it. */
  tag: LangTag;
  name: string;
  /** The deck's own words in its language. */
  text: UiText;
  /** A language written as data: its words, which the page carries for its controls. */
  language?: LanguageData;
  settings: DeckSettings;
  data: FigureData;
  slides: Slide[];
}

/** The result of compiling: a deck (possibly partial) in the source language, its translations
 *  in the order `deck.yaml` lists them, and every diagnostic found. */
export interface CompileResult {
  deck: Deck;
  translations: Deck[];
  diagnostics: Diagnostic[];
}

/** The deck in `lang`, among a compile's decks, or undefined. */
export const deckIn = (decks: { deck: Deck; translations: readonly Deck[] }, lang: LangCode): Deck | undefined =>
  decks.deck.lang === lang ? decks.deck : decks.translations.find((d) => d.lang === lang);
