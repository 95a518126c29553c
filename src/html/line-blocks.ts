// A paragraph of several written lines (a name over its translation, joined by the source's hard
// breaks) as one block a line: each wraps on its own, balanced, rather than the browser balancing
// only the text before the first break and leaving "(UNESCO)" alone on the last line.
import type { Token } from 'markdown-it';

export const LINE_CLASS = 'line';

/** Each inline token whose text has hard breaks: its lines wrapped in blocks of their own. */
export function splitLines(tokens: readonly Token[]): void {
  for (const token of tokens) {
    const children = token.children;
    if (token.type !== 'inline' || !children?.some((c) => c.type === 'hardbreak')) continue;
    // markdown-it's own Token class, as its parser would make one.
    const TokenClass = token.constructor as new (type: string, tag: string, nesting: 0) => Token;
    const html = (content: string): Token => Object.assign(new TokenClass('html_inline', '', 0), { content });
    const open = `<span class="${LINE_CLASS}">`;
    const lines: Token[] = [html(open)];
    for (const child of children) {
      if (child.type === 'hardbreak') lines.push(html('</span>'), html(open));
      else lines.push(child);
    }
    lines.push(html('</span>'));
    token.children = lines;
  }
}

export const TITLE_PART_CLASS = 'title-part';

/**
 * A title slide's title in its two parts, before and after its colon ("…STI Cooperation: current
 * situation and prospective"), each wrapping on its own: a line breaks at the colon before it
 * breaks inside the phrase after it ("situação / atual"). Only a colon outside emphasis and links,
 * followed by a space; a Chinese one (：) ends the title's first line. A title without one is left
 * as it is.
 */
export function splitTitleAtColon(tokens: readonly Token[]): void {
  const at = tokens.findIndex((t) => t.type === 'heading_open' && t.tag === 'h1');
  const inline = tokens[at + 1];
  const children = inline?.type === 'inline' ? inline.children : null;
  if (!inline || !children) return;
  let depth = 0;
  for (const [i, child] of children.entries()) {
    depth += child.nesting;
    const found = child.type === 'text' && depth === 0 ? /: |：/.exec(child.content) : null;
    if (!found) continue;
    const colon = found.index;
    // The space after a Latin colon goes between the parts; a Chinese colon has none.
    const next = colon + found[0].length;
    const TokenClass = inline.constructor as new (type: string, tag: string, nesting: 0) => Token;
    const make = (type: string, content: string): Token => Object.assign(new TokenClass(type, '', 0), { content });
    const open = make('html_inline', `<span class="${TITLE_PART_CLASS}">`);
    const close = make('html_inline', '</span>');
    const before = make('text', child.content.slice(0, colon + 1));
    const after = make('text', child.content.slice(next));
    // A Chinese title breaks there always: on one line it fills the slide's width, and an office
    // program, which sets its opening quote a full em, breaks it inside its last word (现状与展 / 望).
    // A break, not two blocks: a quote opening a block's span is not trimmed to half an em.
    if (found[0] === '：') inline.children = [...children.slice(0, i), before, make('html_inline', '<br>'), after, ...children.slice(i + 1)];
    else inline.children = [open, ...children.slice(0, i), before, close, make('text', ' '), open, after, ...children.slice(i + 1), close];
    return;
  }
}
