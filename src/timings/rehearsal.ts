// A rehearsal as the speaker view saves it: `{"deck": "<title>", "date": "<ISO 8601>",
// "slides": {"<slide id>": <seconds>, ...}}`, read and checked; several are combined by median.
import { readFileSync, statSync } from 'node:fs';
import { kindOf } from '../load/load-deck.js';

export interface Rehearsal {
  file: string;
  slides: Map<string, number>;
}

/** The longest a slide may plausibly take: an hour. */
const MAX_SECONDS = 3600;

export class RehearsalError extends Error {
  override name = 'RehearsalError';
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
  return parseRehearsal(data, file);
}

/** A rehearsal's data, checked: `label` names where it came from in a message. */
export function parseRehearsal(data: unknown, file: string): Rehearsal {
  const slides = (data as { slides?: unknown } | null)?.slides;
  if (typeof slides !== 'object' || slides === null || Array.isArray(slides)) throw new RehearsalError(`${file}: no "slides" object of slide ids and seconds`);
  const times = new Map<string, number>();
  for (const [id, seconds] of Object.entries(slides)) {
    if (!Number.isInteger(seconds) || (seconds as number) < 0 || (seconds as number) > MAX_SECONDS) {
      throw new RehearsalError(`${file}: "${id}" has ${JSON.stringify(seconds)} seconds; a slide's time is whole seconds from 0 to ${MAX_SECONDS}`);
    }
    times.set(id, seconds as number);
  }
  return { file, slides: times };
}

/** Each slide's median time over the rehearsals (the middle one, or the mean of the middle two). */
export function medianTimes(rehearsals: readonly Rehearsal[]): Map<string, number> {
  const ids = new Set(rehearsals.flatMap((r) => [...r.slides.keys()]));
  const median = new Map<string, number>();
  for (const id of ids) {
    const values = rehearsals.map((r) => r.slides.get(id)).filter((v): v is number => v !== undefined).sort((a, b) => a - b);
    const middle = Math.floor(values.length / 2);
    median.set(id, values.length % 2 ? values[middle]! : (values[middle - 1]! + values[middle]!) / 2);
  }
  return median;
}
