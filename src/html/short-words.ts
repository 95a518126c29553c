// Words a line keeps together, as a language's typography asks (language.yaml): Russian never ends
// a line with a one-letter preposition or conjunction ("работают в / Китае", `keep_with_next`), and
// a name is not cut ("Cinturão e / Rota", `keep_whole`). The spaces become no-break spaces.

import { inText } from './text.js';

/** `html` with each of `names` (Cinturão e Rota) on one line: its spaces no-break, in its text only. */
export function keepNamesWhole(html: string, names: readonly string[]): string {
  if (!names.length) return html;
  const alternatives = names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');
  const name = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'giu');
  return inText(html, (text) => text.replace(name, (found) => found.replace(/\s+/g, '\u00a0')));
}

/** `html` with a no-break space after each of `words` (any case) in its text, not in its tags. */
export function keepWithNext(html: string, words: readonly string[]): string {
  if (!words.length) return html;
  const alternatives = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  // A word on its own: at the text's start or after a space or an opening mark (so "и в" binds
  // both), before a space.
  const short = new RegExp(`(?<=^|[\\s(«„“"'])(${alternatives}) +`, 'giu');
  return inText(html, (text) => text.replace(short, '$1\u00a0'));
}
