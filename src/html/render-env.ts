// The env passed to markdown-it's renderer: what rendering needs from the whole deck.
import type { DeckSettings, FigureData } from '../types.js';

export interface RenderEnv {
  [key: string | symbol]: unknown;
  render: true;
  settings: DeckSettings;
  data: FigureData;
  /** Slide number and title by slide id, to name each figure's source. */
  slideIndex: Map<string, { number: number; title: string }>;
}

export function isRenderEnv(env: unknown): env is RenderEnv {
  return typeof env === 'object' && env !== null && (env as RenderEnv).render === true;
}

/** The env for a deck of these slides, in order. */
export function createRenderEnv(settings: DeckSettings, data: FigureData, slides: readonly { id: string; title: string }[]): RenderEnv {
  return { render: true, settings, data, slideIndex: new Map(slides.map((s, i) => [s.id, { number: i + 1, title: s.title }])) };
}
