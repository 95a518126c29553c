// Rehearsal files read for `deck timings` (their format: shared/rehearsal-file.ts), and several
// combined by median.
import { readFileSync, statSync } from 'node:fs';
import { kindOf } from '../load/load-deck.js';
import { parseRehearsal, RehearsalError } from '../shared/rehearsal-file.js';

export interface Rehearsal {
  file: string;
  slides: Map<string, number>;
}

export function readRehearsal(file: string): Rehearsal {
  let data: unknown;
  try {
    // Only a regular file, as the sources are read: a named pipe or a device would never end.
    const stat = statSync(file);
    if (!stat.isFile()) throw new Error(`it is ${kindOf(stat)}`);
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new RehearsalError(`${file}: not a rehearsal (${(error as Error).message})`);
  }
  return { file, slides: parseRehearsal(data, file) };
}

/** Each slide's median time over the rehearsals that have it (the middle one, or the mean of the middle two). */
export function medianTimes(rehearsals: readonly ReadonlyMap<string, number>[]): Map<string, number> {
  const ids = new Set(rehearsals.flatMap((r) => [...r.keys()]));
  const median = new Map<string, number>();
  for (const id of ids) {
    const values = rehearsals
      .map((r) => r.get(id))
      .filter((v): v is number => v !== undefined)
      .sort((a, b) => a - b);
    const middle = Math.floor(values.length / 2);
    median.set(id, values.length % 2 ? values[middle]! : (values[middle - 1]! + values[middle]!) / 2);
  }
  return median;
}
