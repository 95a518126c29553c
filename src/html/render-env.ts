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
