// Plain-text helpers for HTML and SVG output.

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39' }[c]};`);
}

/** Straight double quotes to typographic ones, as markdown-it's typographer does for slides. */
export function smartQuotes(text: string): string {
  return text.replace(/"([^"]*)"/g, '\u201c$1\u201d');
}

// Han, kana and CJK punctuation: text in these scripts is marked with the deck's CJK language.
const CJK_RUN = /[\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]+/g;

/** Escapes `text` as `escape` does and wraps each CJK run in a span with its language, for fonts
 *  and screen readers. */
export function markCjk(text: string, lang = 'zh-Hans', escape = escapeHtml): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(CJK_RUN)) {
    out += escape(text.slice(last, match.index)) + `<span lang="${lang}">${escape(match[0])}</span>`;
    last = match.index + match[0].length;
  }
  return out + escape(text.slice(last));
}

/** Every distinct CJK character in `text`, for subsetting the CJK font. */
export function cjkCharacters(text: string): string {
  return [...new Set(text.match(CJK_RUN)?.join('') ?? '')].sort().join('');
}
