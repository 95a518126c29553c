// `deck timings apply FILE...`: one rehearsal, or the median of several, written into the
// slides' Markdown; `deck timings show FILE...`: the same as a table. Ids that do not match the
// deck's are refused, listed, and nothing is written.
import { readFileSync } from 'node:fs';
import { writeFileAtomic } from '../files/atomic-write.js';
import { planTimings } from '../plan-timings.js';
import type { Deck } from '../types.js';
import { medianTimes, readRehearsal, RehearsalError, type Rehearsal } from './rehearsal.js';
import { roundedTiming, setTimings } from './write-timings.js';

export { RehearsalError };

/** The rehearsed times by slide, checked against the deck's ids. */
export function rehearsedTimes(deck: Deck, rehearsals: readonly (string | Rehearsal)[]): Map<string, number> {
  const times = medianTimes(rehearsals.map((r) => (typeof r === 'string' ? readRehearsal(r) : r)));
  const ids = new Set(deck.slides.map((s) => s.id));
  const unknown = [...times.keys()].filter((id) => !ids.has(id));
  const missing = [...ids].filter((id) => !times.has(id));
  if (unknown.length || missing.length) {
    const said = [unknown.length ? `not in the deck: ${unknown.join(', ')}` : '', missing.length ? `missing: ${missing.join(', ')}` : ''].filter(Boolean).join('; ');
    throw new RehearsalError(`the rehearsal's slides do not match the deck's (${said})\n  hint: rehearse this deck again, or apply a rehearsal of it`);
  }
  return times;
}

/** Writes each slide's rounded time into its file; returns the files written. */
export function applyTimings(deck: Deck, times: Map<string, number>): string[] {
  const byFile = new Map<string, { line: number; seconds: number }[]>();
  for (const slide of deck.slides) {
    const edits = byFile.get(slide.file) ?? [];
    edits.push({ line: slide.line, seconds: roundedTiming(times.get(slide.id)!) });
    byFile.set(slide.file, edits);
  }
  const written: string[] = [];
  for (const [file, edits] of byFile) {
    const before = readFileSync(file, 'utf8');
    const after = setTimings(before, edits);
    if (after === before) continue;
    writeFileAtomic(file, Buffer.from(after, 'utf8'));
    written.push(file);
  }
  return written;
}

/** The table `deck timings show` prints: each slide's plan beside its rehearsed time. */
export function timingsTable(deck: Deck, times: Map<string, number>): string {
  const plan = planTimings(deck.slides.map((s) => s.timing), deck.settings.minutes * 60);
  const clock = (s: number) => `${Math.floor(Math.abs(s) / 60)}:${String(Math.round(Math.abs(s)) % 60).padStart(2, '0')}`;
  const sign = (d: number) => (Math.abs(d) < 1 ? ' 0:00' : `${d > 0 ? '+' : '−'}${clock(d)}`);
  const width = Math.max(...deck.slides.map((s) => s.id.length), 5);
  const rows = deck.slides.map((s, i) => {
    const planned = plan.seconds[i] ?? 0;
    const took = times.get(s.id) ?? 0;
    return `${s.id.padEnd(width)}  ${clock(planned).padStart(6)}  ${clock(took).padStart(6)}  ${sign(took - planned).padStart(6)}`;
  });
  const total = [...times.values()].reduce((a, b) => a + b, 0);
  return [`${'slide'.padEnd(width)}  ${'plan'.padStart(6)}  ${'took'.padStart(6)}  ${'diff'.padStart(6)}`, ...rows, `${'total'.padEnd(width)}  ${clock(deck.settings.minutes * 60).padStart(6)}  ${clock(total).padStart(6)}  ${sign(total - deck.settings.minutes * 60).padStart(6)}`].join('\n');
}
