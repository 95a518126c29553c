// `deck timings apply FILE...`: one rehearsal, or the median of several, written into the
// slides' Markdown, only for the slides rehearsed; `deck timings show FILE...`: the rehearsal
// beside the plan. Ids that do not match the deck's are refused, listed, and nothing is written;
// the dev server's Save timings writes through `applyTimings` too.
import { readFileSync } from 'node:fs';
import { compileDeck } from '../compile-deck.js';
import { formatDiagnostic, hasErrors, showControls } from '../diagnostics.js';
import { writeFilesAtomic } from '../files/atomic-write.js';
import { decodeSource, loadDeck } from '../load/load-deck.js';
import { MIN_REHEARSED_SECONDS, RehearsalError, rehearsedOnly, roundedTiming } from '../shared/rehearsal-file.js';
import type { Deck } from '../types.js';
import { medianTimes, readRehearsal, type Rehearsal } from './rehearsal.js';
import { setTimings, TimingsWriteError } from './write-timings.js';

export { RehearsalError, TimingsWriteError };

/** A slide whose timing a rehearsal sets: its plan until now, and the time written. */
export interface TimingChange {
  id: string;
  file: string;
  planned: number;
  seconds: number;
}

export interface TimingChanges {
  changes: TimingChange[];
  /** Slides not rehearsed (on screen for less than `MIN_REHEARSED_SECONDS`): their timing is kept. */
  skipped: string[];
}

/** The rehearsals' slides, checked against the deck's: a slide the deck does not have is refused. */
function checkIds(deck: Deck, rehearsals: readonly Rehearsal[]): void {
  const ids = new Set(deck.slides.map((s) => s.id));
  const unknown = [...new Set(rehearsals.flatMap((r) => [...r.slides.keys()]))].filter((id) => !ids.has(id));
  if (unknown.length) {
    throw new RehearsalError(
      `the rehearsal's slides do not match the deck's (not in the deck: ${listed(unknown)})\n  hint: rehearse this deck again, or apply a rehearsal of it`,
    );
  }
}

/** Ids in a line: up to twenty, then how many more. */
const listed = (ids: readonly string[]): string => (ids.length > 20 ? `${ids.slice(0, 20).join(', ')} and ${ids.length - 20} more` : ids.join(', '));

/** The rehearsed times by slide (the median of the rehearsals), checked against the deck's ids. */
export function rehearsedTimes(deck: Deck, rehearsals: readonly Rehearsal[]): Map<string, number> {
  checkIds(deck, rehearsals);
  return medianTimes(rehearsals.map((r) => r.slides));
}

/** What the rehearsals write: each rehearsed slide's median time, rounded; the others named. */
export function timingChanges(deck: Deck, rehearsals: readonly Rehearsal[]): TimingChanges {
  checkIds(deck, rehearsals);
  const times = medianTimes(rehearsals.map((r) => rehearsedOnly(r.slides)));
  const changes = deck.slides.flatMap((s) =>
    times.has(s.id) ? [{ id: s.id, file: s.file, planned: s.planned, seconds: roundedTiming(times.get(s.id)!) }] : [],
  );
  return { changes, skipped: deck.slides.filter((s) => !times.has(s.id)).map((s) => s.id) };
}

/**
 * Writes the rehearsals' timings into the slides of `slidesDir`, read afresh, and returns what
 * changed and the files written: all of them or, when anything fails, none. The deck with the
 * timings written must pass `deck check`, or nothing is written.
 */
export function applyTimings(slidesDir: string, rehearsals: readonly Rehearsal[], options: { dryRun?: boolean } = {}): TimingChanges & { written: string[] } {
  const sources = loadDeck(slidesDir);
  const { deck, diagnostics } = compileDeck(sources);
  const firstError = (list: typeof diagnostics) => formatDiagnostic(list.find((d) => d.severity === 'error')!).split('\n')[0];
  if (hasErrors(diagnostics)) throw new TimingsWriteError(`the slides have errors (${firstError(diagnostics)}); fix them first, no timings were written`);
  const plan = timingChanges(deck, rehearsals);
  const files = new Map<string, Map<string, number>>();
  for (const change of plan.changes) files.set(change.file, (files.get(change.file) ?? new Map<string, number>()).set(change.id, change.seconds));
  const edited: { path: string; bytes: Buffer }[] = [];
  for (const [path, timings] of files) {
    const bytes = readFileSync(path);
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    const after = Buffer.from(setTimings(path, text, timings), 'utf8');
    if (!after.equals(bytes)) edited.push({ path, bytes: after });
  }
  // The deck as it will be, compiled before anything is written.
  const texts = new Map(edited.map(({ path, bytes }) => [path, decodeSource(path, bytes).file]));
  const next = compileDeck({ ...sources, slides: sources.slides.map((file) => texts.get(file.path) ?? file) });
  if (hasErrors(next.diagnostics))
    throw new TimingsWriteError(`with these timings the slides would have errors (${firstError(next.diagnostics)}); no file was changed`);
  if (!options.dryRun) {
    try {
      writeFilesAtomic(edited);
    } catch (error) {
      throw new TimingsWriteError(`cannot write the timings (${(error as Error).message}); no file was changed`, { machine: true });
    }
  }
  return { ...plan, written: edited.map((e) => e.path) };
}

const clock = (s: number) => `${Math.floor(Math.abs(s) / 60)}:${String(Math.round(Math.abs(s)) % 60).padStart(2, '0')}`;

/** What `deck timings apply` prints before it writes: each rehearsed slide's plan and new time, and the slides kept. */
export function changesTable({ changes, skipped }: TimingChanges): string {
  const width = Math.max(...changes.map((c) => c.id.length), 5);
  const rows = changes.map((c) => `${c.id.padEnd(width)}  ${clock(c.planned).padStart(7)}  ${clock(c.seconds).padStart(6)}`);
  const kept = skipped.length ? [`not rehearsed (on screen under ${MIN_REHEARSED_SECONDS} s), kept as they are: ${listed(skipped)}`] : [];
  return [...(changes.length ? [`${'slide'.padEnd(width)}  ${'planned'.padStart(7)}  ${'new'.padStart(6)}`, ...rows] : []), ...kept].join('\n');
}

/** The table `deck timings show` prints: each slide's plan beside its rehearsed time. */
export function timingsTable(deck: Deck, times: Map<string, number>): string {
  const sign = (d: number) => (Math.abs(d) < 1 ? ' 0:00' : `${d > 0 ? '+' : '−'}${clock(d)}`);
  const width = Math.max(...deck.slides.map((s) => s.id.length), 5);
  const rows = deck.slides.map((s) => {
    const took = times.get(s.id);
    return `${s.id.padEnd(width)}  ${clock(s.planned).padStart(6)}  ${(took === undefined ? '–' : clock(took)).padStart(6)}  ${(took === undefined ? '' : sign(took - s.planned)).padStart(6)}`;
  });
  const total = [...times.values()].reduce((a, b) => a + b, 0);
  return [
    `${'slide'.padEnd(width)}  ${'plan'.padStart(6)}  ${'took'.padStart(6)}  ${'diff'.padStart(6)}`,
    ...rows,
    `${'total'.padEnd(width)}  ${clock(deck.settings.minutes * 60).padStart(6)}  ${clock(total).padStart(6)}  ${sign(total - deck.settings.minutes * 60).padStart(6)}`,
  ].join('\n');
}

/**
 * `deck timings apply|show FILE... [--dry-run]`: exit 1 when a rehearsal does not fit the deck or
 * the slides have errors, 2 when a file cannot be written; nothing is written then.
 */
export function timingsCommand(action: 'apply' | 'show', files: readonly string[], slidesDir: string, options: { dryRun?: boolean } = {}): number {
  try {
    const rehearsals = files.map(readRehearsal);
    if (action === 'show') {
      const { deck, diagnostics } = compileDeck(loadDeck(slidesDir));
      if (hasErrors(diagnostics)) throw new TimingsWriteError('the slides have errors; run deck check');
      console.log(timingsTable(deck, rehearsedTimes(deck, rehearsals)));
      return 0;
    }
    const result = applyTimings(slidesDir, rehearsals, options);
    const table = changesTable(result);
    if (table) console.log(table);
    const from = files.length > 1 ? `the median of ${files.length} rehearsals` : 'one rehearsal';
    const slides = `${result.changes.length} slide${result.changes.length === 1 ? '' : 's'}`;
    if (result.changes.length === 0) console.log(`deck: no slide was rehearsed for ${MIN_REHEARSED_SECONDS} s or more; nothing to write`);
    else if (options.dryRun)
      console.log(
        `deck: --dry-run: the timings of ${slides} (${from}, rounded to 5 s) would go into ${result.written.length} file${result.written.length === 1 ? '' : 's'}; nothing written`,
      );
    else
      console.log(`deck: wrote the timings of ${slides} (${from}, rounded to 5 s) into ${result.written.length} file${result.written.length === 1 ? '' : 's'}`);
    return 0;
  } catch (error) {
    if (!(error instanceof RehearsalError || error instanceof TimingsWriteError)) throw error;
    // The message quotes the rehearsal's ids, which anyone may have written: each line escaped.
    console.error(`deck: ${error.message.split('\n').map(showControls).join('\n')}`);
    return error instanceof TimingsWriteError && error.machine ? 2 : 1;
  }
}
