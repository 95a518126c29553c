// Block containers: `::: callouts` (figure cards), `::: grid` (cells cut at `###`),
// `::: timeline` (the timeline drawn from the data file), `::: fragments` (a list revealed item by
// item) and `::: agenda` (the parts of the talk and their slides, drawn from the deck).
import type { StateCore, Token } from 'markdown-it';
import { didYouMean } from '../did-you-mean.js';
import { isRenderEnv } from '../html/render-env.js';
import { renderAgenda } from '../html/parts-html.js';
import { renderTimeline } from '../html/timeline-html.js';
import { isParseEnv } from './parse-env.js';

/** How each container opens and closes in HTML (markdown-it-container's render option). */
export const CONTAINERS: Record<string, (tokens: Token[], idx: number, options: unknown, env: unknown) => string> = {
  callouts: (tokens, idx) => (tokens[idx]!.nesting === 1 ? '<div class="callouts">\n' : '</div>\n'),
  grid: (tokens, idx, _options, env) => {
    const token = tokens[idx]!;
    if (token.nesting !== 1) return '</div>\n';
    const before = isRenderEnv(env) ? (env.pillarsBefore ?? 0) : 0;
    return `<div class="grid grid-${Number(token.meta?.cells ?? 1)}"${before ? ` style="counter-reset: pillar ${before}"` : ''}>\n`;
  },
  timeline: (tokens, idx, _options, env) => (tokens[idx]!.nesting === 1 && isRenderEnv(env) ? renderTimeline(env.data.timeline, env) : ''),
  fragments: (tokens, idx) => (tokens[idx]!.nesting === 1 ? '<div class="fragments">\n' : '</div>\n'),
  agenda: (tokens, idx, _options, env) => (tokens[idx]!.nesting === 1 && isRenderEnv(env) ? renderAgenda(env.parts, env.lang) : ''),
};

/** A line that opens a container, `::: name`, as markdown-it-container reads it. */
const CONTAINER_LINE = /^(\s*):{3,}\s*([^\s:]+)/;

/** `::: callout` for `::: callouts` is no container: markdown-it shows it as text on the slide. */
export function reportUnknownContainers(state: StateCore): void {
  const env = state.env;
  if (!isParseEnv(env)) return;
  const names = Object.keys(CONTAINERS);
  const named = didYouMean(names);
  for (const slide of env.slides) {
    for (const token of [...slide.body, ...slide.notes]) {
      if (token.type !== 'inline' || !token.map) continue;
      token.content.split('\n').forEach((text, i) => {
        const name = CONTAINER_LINE.exec(text)?.[2];
        if (!name || names.includes(name)) return;
        const line = token.map![0] + i;
        const guess = named(name.toLowerCase());
        env.diagnostics.push({
          severity: 'error',
          file: env.file,
          line: line + 1,
          column: (env.lines[line] ?? '').indexOf(':') + 1,
          message: `unknown container "${name}"${guess ? ` (did you mean "${guess}"?)` : ''}; it would show as text`,
          hint: `use one of: ${names.map((n) => `::: ${n}`).join(', ')}`,
        });
      });
    }
  }
}

/** The grid's cells, which cutCells makes. */
export const renderCellOpen = () => '<div class="cell">\n';
export const renderCellClose = () => '</div>\n';

/** Wraps each `###`-headed run inside a grid in a cell, and counts the cells. */
export function cutCells(state: StateCore): void {
  const out: Token[] = [];
  const grids: { open: Token; cells: number; inCell: boolean }[] = [];
  for (const token of state.tokens) {
    const grid = grids.at(-1);
    if (token.type === 'container_grid_close' && grid) {
      if (grid.inCell) out.push(new state.Token('deck_cell_close', 'div', -1));
      grid.open.meta = { cells: grid.cells };
      grids.pop();
    }
    if (grid && token.type === 'heading_open' && token.tag === 'h3' && token.level === grid.open.level + 1) {
      if (grid.inCell) out.push(new state.Token('deck_cell_close', 'div', -1));
      out.push(new state.Token('deck_cell_open', 'div', 1));
      grid.cells++;
      grid.inCell = true;
    }
    out.push(token);
    if (token.type === 'container_grid_open') grids.push({ open: token, cells: 0, inCell: false });
  }
  state.tokens = out;
}

/** Cards are blocks of their own, so the paragraph around `{{a}} {{b}}` is not rendered. */
export function hideCalloutParagraphs(state: StateCore): void {
  let depth = 0;
  for (const token of state.tokens) {
    if (token.type === 'container_callouts_open') depth++;
    else if (token.type === 'container_callouts_close') depth--;
    else if (depth > 0 && (token.type === 'paragraph_open' || token.type === 'paragraph_close')) token.hidden = true;
  }
}

/** reveal.js shows elements of class `fragment` one step at a time: here, a list's own items. */
export function markFragments(state: StateCore): void {
  const open: number[] = [];
  for (const token of state.tokens) {
    if (token.type === 'container_fragments_open') open.push(token.level);
    else if (token.type === 'container_fragments_close') open.pop();
    else if (token.type === 'list_item_open' && open.length > 0 && token.level === open.at(-1)! + 2) token.attrJoin('class', 'fragment');
  }
}
