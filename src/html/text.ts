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

/**
 * Chinese text as HTML: each run of Latin words marked as English, and each number kept on one
 * line with the character that counts it (152个, 18日, 21世纪), which Chinese line breaking would
 * otherwise part.
 */
export function markLatin(text: string, escape = escapeHtml): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(CHINESE_RUNS)) {
    const run = escape(match[0]);
    out += escape(text.slice(last, match.index)) + (match[1] ? `<span lang="en">${run}</span>` : `<span class="nobr">${run}</span>`);
    last = match.index + match[0].length;
  }
  return out + escape(text.slice(last));
}

/** A run of Latin words (group 1), or a number and the Chinese character after it. */
const CHINESE_RUNS = new RegExp(`(${LATIN_RUN.source})|\\d[\\d.,]*%?[\\u4e00-\\u9fff]`, 'g');

function markRuns(text: string, runs: RegExp, lang: string, escape: (text: string) => string): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(runs)) {
    out += escape(text.slice(last, match.index)) + `<span lang="${lang}">${escape(match[0])}</span>`;
    last = match.index + match[0].length;
  }
  return out + escape(text.slice(last));
}
