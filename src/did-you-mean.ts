// "did you mean ...?" for a mistyped name, with the work bounded: a comparison costs about the
// product of the two lengths, and a hostile file (200 broken links to 6,000-character ids among as
// many slides) took a minute of `deck check`, again on every save in the dev server.
import { distance } from 'fastest-levenshtein';

/** What the suggestions of one check may cost in all, in fastest-levenshtein's steps (a 32-bit
 *  word of one name against a character of the other, plus a call's overhead): about half a
 *  second at most; a deck of 500 slides with 200 broken links needs a tenth of it. */
const STEPS = 10_000_000;
const CALL_STEPS = 32;

/** The work left to one check's suggestions, shared by its lists of names. */
export interface SuggestionBudget {
  steps: number;
}

export const suggestionBudget = (): SuggestionBudget => ({ steps: STEPS });

/** A name this far from every known one is no typo of it. */
const typoDistance = (name: string) => Math.max(2, Math.floor(name.length / 3));

/**
 * The closest of `known` to a name, if it is close enough to be a typo: names whose lengths
 * differ by more than that are not compared, each name is worked out once, and once the budget
 * is spent there are no more suggestions.
 */
export function didYouMean(known: readonly string[], budget: SuggestionBudget = suggestionBudget()): (name: string) => string | undefined {
  const answers = new Map<string, string | undefined>();
  return (name) => {
    if (answers.has(name)) return answers.get(name);
    const allowed = typoDistance(name);
    let best: string | undefined;
    let bestDistance = allowed + 1;
    for (const candidate of known) {
      if (Math.abs(candidate.length - name.length) >= bestDistance) continue;
      const [shorter, longer] = candidate.length < name.length ? [candidate, name] : [name, candidate];
      budget.steps -= Math.ceil(shorter.length / 32) * longer.length + CALL_STEPS;
      if (budget.steps < 0) break;
      const d = distance(name, candidate);
      if (d < bestDistance) [best, bestDistance] = [candidate, d];
    }
    answers.set(name, best);
    return best;
  };
}
