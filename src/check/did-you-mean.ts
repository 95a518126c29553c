// "did you mean ...?" for a mistyped name.
import { closest, distance } from 'fastest-levenshtein';

/** The closest known name, if it is close enough to be a typo. */
export function didYouMean(name: string, known: readonly string[]): string | undefined {
  if (known.length === 0) return undefined;
  const best = closest(name, [...known]);
  return distance(name, best) <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}
