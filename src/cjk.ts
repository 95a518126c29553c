// Chinese, Japanese and Korean text: where it is in a string, which characters it uses, and how
// it counts against words. The HTML marks it, the fonts are cut to it, the check counts it.

/** Han, kana, CJK punctuation and full-width forms. */
export const CJK_RUN = /[\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]+/g;

/** Every distinct CJK character in `text`, for subsetting the CJK font. */
export function cjkCharacters(text: string): string {
  return [...new Set(text.match(CJK_RUN)?.join('') ?? '')].sort().join('');
}

/** Words as a speaker says them: Latin words, and each Chinese character as half a word. */
export function countWords(text: string): number {
  const han = text.match(/[\u3400-\u9fff\uf900-\ufaff]/g)?.length ?? 0;
  const latin = text
    .replace(CJK_RUN, ' ')
    .split(/\s+/)
    .filter((w) => /\p{L}|\p{N}/u.test(w)).length;
  return latin + Math.round(han / 2);
}
