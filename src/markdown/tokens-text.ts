// The plain text of parsed Markdown, as a title, a search or a word count reads it.
import type { Token } from 'markdown-it';

/** Words for a `{{figure}}`; without one, figures are left out. */
export type FigureWords = (key: string) => string;

/** The text of one inline token: a heading's or a paragraph's. */
export function inlineText(token: Token | undefined, figureWords: FigureWords = () => ''): string {
  return (token?.children ?? [])
    .map((c) => {
      if (c.type === 'text' || c.type === 'code_inline') return c.content;
      if (c.type === 'softbreak' || c.type === 'hardbreak') return ' ';
      if (c.type === 'deck_figure') return figureWords((c.meta as { key: string }).key);
      return '';
    })
    .join('')
    .trim();
}

/** The text of block tokens, one space between blocks. */
export function tokensText(tokens: readonly Token[], figureWords?: FigureWords): string {
  return tokens
    .filter((t) => t.type === 'inline')
    .map((t) => inlineText(t, figureWords))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}
