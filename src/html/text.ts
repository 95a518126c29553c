// Text as it goes into HTML: escaped, with typographic quotes, and CJK runs marked with their language.
import { CJK_RUN } from '../cjk.js';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39' }[c]};`);
}

/** Straight double quotes to typographic ones, as markdown-it's typographer does for slides. */
export function smartQuotes(text: string): string {
  return text.replace(/"([^"]*)"/g, '\u201c$1\u201d');
}


/** Words in Latin letters inside Chinese text: a name, an address. */
const LATIN_RUN = /[A-Za-z][\w&.,:;'’()/-]*(?:\s+[\w&(][\w&.,:;'’()/-]*)*/g;

/** Escapes `text` as `escape` does and wraps each CJK run in a span with its language, for fonts
 *  and screen readers. */
export function markCjk(text: string, lang = 'zh-Hans', escape = escapeHtml): string {
  return markRuns(text, CJK_RUN, lang, escape);
}

/** In Chinese text, the same for English: each run of Latin words marked as English. */
export function markLatin(text: string, escape = escapeHtml): string {
  return markRuns(text, LATIN_RUN, 'en', escape);
}

function markRuns(text: string, runs: RegExp, lang: string, escape: (text: string) => string): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(runs)) {
    out += escape(text.slice(last, match.index)) + `<span lang="${lang}">${escape(match[0])}</span>`;
    last = match.index + match[0].length;
  }
  return out + escape(text.slice(last));
}
