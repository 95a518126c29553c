// Words a line keeps together: as a language's typography asks (language.yaml), Russian never ends
// a line with a one-letter preposition or conjunction ("работают в / Китае", `keep_with_next`), and
// a name is not cut ("Cinturão e / Rota", `keep_whole`, its spaces made no-break); a hyphenated
// compound stays on one line in every language, and a quoted term's short last word with the word
// before it in every language but Chinese (which has html/line-breaks.ts).

import { inText } from './text.js';

/** `html` with each of `names` (Cinturão e Rota) on one line: its spaces no-break, in its text only. */
export function keepNamesWhole(html: string, names: readonly string[]): string {
  if (!names.length) return html;
  const alternatives = names.map((n) => literal(n).replace(/ /g, '\\s+')).join('|');
  const name = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'giu');
  return inText(html, (text) => text.replace(name, (found) => found.replace(/\s+/g, '\u00a0')));
}

/** `html` with each of `words` (any case) kept on a line with the word after it, in its text, not
 *  in its tags: the run in a span that does not wrap, so the text keeps the author's spaces (a
 *  search, a copy, a screen reader read it as written). Before a tag, a no-break space. */
export function keepWithNext(html: string, words: readonly string[]): string {
  if (!words.length) return html;
  const alternatives = words.map(literal).join('|');
  // Words on their own: at the text's start or after a space or an opening mark (so "и в" binds
  // both), before a space; then the word after them, or the end of the text (an element follows).
  const run = new RegExp(`(?<=^|[\\s(«„“"'])(?:(?:${alternatives}) +)+(?:[^\\s<]+|$)`, 'giu');
  return inText(html, (text) => text.replace(run, (found) => (/ $/.test(found) ? found.replace(/ +/g, '\u00a0') : `<span class="with-next">${found}</span>`)));
}

/** Each hyphenated compound (21st-Century, high-quality) on one line: a line broken at its
 *  hyphen reads as two words. */
export function keepCompounds(html: string): string {
  return inText(html, (text) => text.replace(/[\p{L}\p{N}]+(?:[-–][\p{L}\p{N}]+)+/gu, (word) => `<span class="nobr">${word}</span>`));
}

/** A quoted term (“digital silk road”, «цифровой Шёлковый путь») never leaves its short last word
 *  alone on a line ("… Шёлковый / путь»"): a name cut there reads as two things. Only where the two
 *  words together are short enough for any line (a long pair would break inside a word). Chinese
 *  has its own rule (html/line-breaks.ts). */
export function keepQuotes(html: string): string {
  // Each quoted term, then its last space: a search forward, in time linear in the text.
  const bind = (term: string) => term.replace(/(^|\s|[“«])(\S{1,13}) (\S{1,6}[”»])$/u, '$1$2\u00a0$3');
  return inText(html, (text) => text.replace(/[“«][^“”«»<]*[”»]/g, bind));
}

/** `text` as a regular expression that matches it alone. */
const literal = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
