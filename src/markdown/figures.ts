// Figures: `{{key}}` in a sentence becomes the figure from the data file; inside a
// `::: callouts` block it becomes a card. The HTML comes from html/figure-html.ts.
import type { RendererRule, StateCore, StateInline } from 'markdown-it';
import { isParseEnv } from './parse-env.js';
import { isRenderEnv } from '../html/render-env.js';
import { renderFigureCard, renderFigureInline } from '../html/figure-html.js';

const FIGURE = /^\{\{\s*([A-Za-z0-9_.-]+)\s*\}\}/;

export interface FigureMeta {
  key: string;
  /** 1-based place in the source file, set once inline parsing is done. */
  line: number;
  column: number;
  card: boolean;
}

/** A figure token as HTML: a card inside callouts, the figure as words elsewhere. */
export const renderFigure: RendererRule = (tokens, idx, _options, env) => {
  const meta = tokens[idx]!.meta as unknown as FigureMeta;
  if (!isRenderEnv(env)) return '';
  return meta.card ? renderFigureCard(meta.key, env) : renderFigureInline(meta.key, env);
};

/** `{{key}}`: 'text' stops at `{`, so this rule sees every `{{` that is not code. */
export function parseFigure(state: StateInline, silent: boolean): boolean {
  if (state.src.charCodeAt(state.pos) !== 0x7b /* { */) return false;
  const match = FIGURE.exec(state.src.slice(state.pos, state.pos + 200));
  if (!match) return false;
  if (!silent) {
    const token = state.push('deck_figure', '', 0);
    token.meta = { key: match[1], line: 0, column: 0, card: false, offset: state.pos };
  }
  state.pos += match[0].length;
  return true;
}

/** Gives each figure its source line and column, and marks those inside callouts as cards. */
export function placeFigures(state: StateCore): void {
  const env = state.env;
  if (!isParseEnv(env)) return;
  let inCallouts = 0;
  const searchFrom = new Map<number, number>();
  for (const block of state.tokens) {
    if (block.type === 'container_callouts_open') inCallouts++;
    if (block.type === 'container_callouts_close') inCallouts--;
    if (block.type !== 'inline' || !block.map || !block.children) continue;
    // Counted on from the last figure, not from the start: a paragraph of thousands of figures
    // stays linear.
    let counted = 0;
    let newlines = 0;
    for (const token of block.children) {
      if (token.type !== 'deck_figure') continue;
      const meta = token.meta as unknown as FigureMeta & { offset: number };
      newlines += countNewlines(block.content, counted, meta.offset);
      counted = meta.offset;
      const line = block.map[0] + newlines;
      // Column from the raw line: inline content has list and quote markers stripped.
      const raw = env.lines[line] ?? '';
      const at = raw.indexOf(`{{`, searchFrom.get(line) ?? 0);
      searchFrom.set(line, at + 2);
      meta.line = line + 1;
      meta.column = at + 1;
      meta.card = inCallouts > 0;
    }
  }
}

function countNewlines(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', start); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
