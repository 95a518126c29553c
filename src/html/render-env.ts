// The env passed to markdown-it's renderer: what rendering needs from the whole deck.
import { partsOfTalk, type Part } from '../shared/parts-of-talk.js';
import type { LangCode } from '../shared/languages.js';
import type { UiText } from '../shared/ui-text.js';
import type { DeckSettings, FigureData, LanguageData } from '../types.js';

export interface RenderEnv {
  [key: string | symbol]: unknown;
  render: true;
  /** The language the slides are written in. */
  lang: LangCode;
  /** The deck's own words in that language. */
  text: UiText;
  /** A language written as data: its words for the figures and the timeline. */
  language?: LanguageData;
  settings: DeckSettings;
  data: FigureData;
  /** Slide number and title by slide id, to name each figure's source. */
  slideIndex: Map<string, { number: number; title: string }>;
  /** The parts of the talk, in order, for the agenda and the section slides. */
  parts: Part[];
  /** The part each slide belongs to (a section slide to its own), by slide id. */
  partOf: Map<string, Part>;
  /** In a translated deck, the settings in the deck's first language (the closing slide names the
   *  institute in both). */
  sourceSettings?: DeckSettings;
  /** On a pillars slide that follows another, the pillars numbered before it: its own go on from there. */
  pillarsBefore?: number;
  /** Running text (the speaker's notes): Chinese lines run full and break between any two
   *  characters, so only numbers and quoted terms are held whole (theme.css). */
  running?: boolean;
}

export function isRenderEnv(env: unknown): env is RenderEnv {
  return typeof env === 'object' && env !== null && (env as RenderEnv).render === true;
}

/** The env for a deck of these slides, in order. */
export function createRenderEnv(
  language: { lang: LangCode; text: UiText; language?: LanguageData },
  settings: DeckSettings,
  data: FigureData,
  slides: readonly { id: string; title: string; layout: string }[],
): RenderEnv {
  const { parts, partOf } = partsOfTalk(slides);
  return {
    render: true,
    lang: language.lang,
    text: language.text,
    language: language.language,
    settings,
    data,
    slideIndex: new Map(slides.map((s, i) => [s.id, { number: i + 1, title: s.title }])),
    parts,
    partOf,
  };
}
