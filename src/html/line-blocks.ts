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
