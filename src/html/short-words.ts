// Short words kept with the word after them: Russian typography never ends a line with a
// one-letter preposition or conjunction ("работают в / Китае"). Which words is the language's
// (language.yaml's `keep_with_next`); the space after each becomes a no-break space.

/** `html` with a no-break space after each of `words` (any case) in its text, not in its tags. */
export function keepWithNext(html: string, words: readonly string[]): string {
  if (!words.length) return html;
  const alternatives = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  // A word on its own: at the text's start or after a space or an opening mark (so "и в" binds
  // both), before a space.
  const short = new RegExp(`(?<=^|[\\s(«„“"'])(${alternatives}) +`, 'giu');
  // Text only, between tags; attributes are escaped and never hold `>`.
  return html.replace(/>([^<]+)</g, (_all, text: string) => `>${text.replace(short, '$1\u00a0')}<`);
}
