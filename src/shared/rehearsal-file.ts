// A rehearsal as the speaker view saves it and `deck timings` reads it: `{"deck": "<title>",
// "date": "<ISO 8601>", "slides": {"<slide id>": <seconds>, ...}}`, and which of its times are
// written into the slides. One module for the page, the dev server and the command line, so that
// the table the speaker confirms is what is written.

/** A slide on screen for less than this was passed through, not rehearsed: its timing is kept. */
export const MIN_REHEARSED_SECONDS = 5;

/** The longest a slide may plausibly take: an hour. */
const MAX_SECONDS = 3600;

export class RehearsalError extends Error {
  override name = 'RehearsalError';
}

/** A rehearsal file's content. Only `slides` is read back; the rest tells a person what it is. */
export interface RehearsalFile {
  /** The deck's title. */
  deck: string;
  /** When it was saved, ISO 8601. */
  date: string;
  /** Each slide's whole seconds on screen, by id. */
  slides: Record<string, number>;
}

/** The file's text: every slide's seconds, those not rehearsed too. */
export function printRehearsal(title: string, slides: ReadonlyMap<string, number>, date = new Date()): string {
  const file: RehearsalFile = { deck: title, date: date.toISOString(), slides: Object.fromEntries(slides) };
  return JSON.stringify(file);
}

/** A rehearsal's data, checked: each slide's whole seconds by id. `file` names it in a message. */
export function parseRehearsal(data: unknown, file: string): Map<string, number> {
  const slides = (data as Partial<Record<keyof RehearsalFile, unknown>> | null)?.slides;
  if (typeof slides !== 'object' || slides === null || Array.isArray(slides)) throw new RehearsalError(`${file}: no "slides" object of slide ids and seconds`);
  const times = new Map<string, number>();
  for (const [id, seconds] of Object.entries(slides)) {
    if (typeof seconds !== 'number' || !Number.isInteger(seconds) || seconds < 0 || seconds > MAX_SECONDS) {
      // The id as JSON writes it: a line feed or an escape in it is shown, not acted on.
      throw new RehearsalError(`${file}: ${JSON.stringify(id.slice(0, 80))} has ${shown(seconds)}; a slide's time is whole seconds from 0 to ${MAX_SECONDS}`);
    }
    times.set(id, seconds);
  }
  return times;
}

/** A slide's value as a message shows it: short, whatever its size or depth. */
function shown(value: unknown): string {
  if (typeof value === 'number') return `${value} seconds`;
  const what =
    typeof value === 'string'
      ? JSON.stringify(value.slice(0, 20))
      : typeof value === 'boolean'
        ? String(value)
        : Array.isArray(value)
          ? 'a list'
          : value === null
            ? 'null'
            : 'an object';
  return `${what}, not seconds`;
}

/** The slides rehearsed, with their times: those on screen for `MIN_REHEARSED_SECONDS` or more. */
export function rehearsedOnly(times: ReadonlyMap<string, number>): Map<string, number> {
  return new Map([...times].filter(([, seconds]) => seconds >= MIN_REHEARSED_SECONDS));
}

/** A time as it is written into a slide: whole seconds, rounded to 5. */
export const roundedTiming = (seconds: number): number => Math.max(5, Math.round(seconds / 5) * 5);
