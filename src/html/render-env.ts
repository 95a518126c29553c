// The env passed to markdown-it's renderer: what rendering needs from the whole deck.
import type { DeckSettings, FigureData, Lang } from '../types.js';

/** A part of the talk: a section slide opens it, and the slides up to the next section, or to a
 *  title or closing slide, are its slides. */
export interface Part {
  id: string;
  title: string;
  slides: { id: string; title: string }[];
}

export interface RenderEnv {
  [key: string | symbol]: unknown;
  render: true;
  /** The language the slides are written in. */
  lang: Lang;
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
}

export function isRenderEnv(env: unknown): env is RenderEnv {
  return typeof env === 'object' && env !== null && (env as RenderEnv).render === true;
}

/** The env for a deck of these slides, in order. */
export function createRenderEnv(lang: Lang, settings: DeckSettings, data: FigureData, slides: readonly { id: string; title: string; layout: string }[]): RenderEnv {
  const parts: Part[] = [];
  const partOf = new Map<string, Part>();
  let part: Part | undefined;
  for (const slide of slides) {
    if (slide.layout === 'section') parts.push((part = { id: slide.id, title: slide.title, slides: [] }));
    else if (slide.layout === 'title' || slide.layout === 'closing') part = undefined;
    else part?.slides.push({ id: slide.id, title: slide.title });
    if (part) partOf.set(slide.id, part);
  }
  return { render: true, lang, settings, data, slideIndex: new Map(slides.map((s, i) => [s.id, { number: i + 1, title: s.title }])), parts, partOf };
}
