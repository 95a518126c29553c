// Rehearsing from the speaker view: Rehearse starts the clock and records the time on each slide
// (every visit added up, fragments included; time in the overview or blacked out counted apart);
// Stop, or leaving the last slide, shows the report; Save timings shows what will change and, once
// confirmed, writes the rehearsed slides' times into the slides on the dev server, or downloads
// the rehearsal as JSON (`deck timings apply` writes it back).
import { minutesAndSeconds, plannedTimes } from './pacing.js';
import { MIN_REHEARSED_SECONDS, printRehearsal, rehearsedOnly, roundedTiming, TIMINGS_PATH } from './rehearsal-file.js';
import type { RevealDeck } from './reveal-deck.js';
import type { UiText } from './ui-text.js';

export interface RehearsalRecord {
  slides: Map<string, number>;
  /** Seconds in the overview or blacked out, not on any slide. */
  apart: number;
}

export function startRehearsal(deck: RevealDeck, onEnd: (record: RehearsalRecord) => void): { stop(): void } {
  const slides = new Map<string, number>(deck.getSlides().map((s) => [s.id, 0]));
  let apart = 0;
  let since = Date.now();
  let current = deck.getCurrentSlide()?.id ?? '';
  const away = () => deck.isOverview() || deck.isPaused();
  let wasAway = away();
  const account = () => {
    const now = Date.now();
    const seconds = (now - since) / 1000;
    if (wasAway) apart += seconds;
    else slides.set(current, (slides.get(current) ?? 0) + seconds);
    since = now;
    current = deck.getCurrentSlide()?.id ?? current;
    wasAway = away();
  };
  const events = ['slidechanged', 'overviewshown', 'overviewhidden', 'paused', 'resumed'];
  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    account();
    for (const event of events) deck.off(event, onEvent);
    onEnd({ slides: new Map([...slides].map(([id, s]) => [id, Math.round(s)])), apart: Math.round(apart) });
  };
  const onEvent = (event: Event) => {
    const last = deck.getSlides().at(-1)?.id;
    const leaving = event.type === 'slidechanged' && current === last && deck.getCurrentSlide()?.id !== last;
    account();
    if (leaving) end();
  };
  for (const event of events) deck.on(event, onEvent);
  return { stop: end };
}

/** The report: each slide's plan beside its time, the total, the slides most over and under. */
export function rehearsalReport(doc: Document, deck: RevealDeck, record: RehearsalRecord, text: UiText): HTMLElement {
  const clock = minutesAndSeconds;
  const signed = (d: number) => (Math.abs(d) < 1 ? '±0:00' : `${d > 0 ? '+' : '−'}${clock(d)}`);
  const sections = deck.getSlides();
  const total = Number(deck.getRevealElement()?.dataset['totalTime']) || 0;
  const planned = plannedTimes(sections);
  const { table, row } = reportTable(doc, 'deck-rehearsal-report');
  row([text.rehearsalSlide, text.rehearsalPlan, text.rehearsalTook, text.rehearsalDiff], true);
  const diffs = sections.map((s, i) => (record.slides.get(s.id) ?? 0) - planned[i]!);
  const most = Math.max(...diffs);
  const least = Math.min(...diffs);
  sections.forEach((s, i) => {
    const tr = row([titleOf(s), clock(planned[i]!), clock(record.slides.get(s.id) ?? 0), signed(diffs[i]!)]);
    tr.dataset['slide'] = s.id;
    // Colour and a sign: red over, green under; the most over and under in bold.
    const diff = tr.lastElementChild as HTMLElement;
    diff.style.color = diffs[i]! > 0 ? '#b02a1e' : '#1e7b34';
    if (diffs[i] === most || diffs[i] === least) diff.style.fontWeight = '700';
  });
  const took = [...record.slides.values()].reduce((a, b) => a + b, 0);
  row([text.rehearsalTotal, clock(total), clock(took), signed(took - total)]).style.fontWeight = '700';
  if (record.apart) row([text.rehearsalApart, '', clock(record.apart), '']);
  return table;
}

/** A table in the report's style, and a way to add a row to it. */
function reportTable(doc: Document, id: string): { table: HTMLTableElement; row: (cells: string[], head?: boolean) => HTMLTableRowElement } {
  const table = doc.createElement('table');
  table.id = id;
  table.style.cssText = 'border-collapse:collapse;font:15px var(--font, sans-serif);margin:4px;color:#222';
  const row = (cells: string[], head = false) => {
    const tr = table.insertRow();
    for (const cell of cells) {
      const td = doc.createElement(head ? 'th' : 'td');
      td.textContent = cell;
      td.style.cssText = 'padding:2px 8px;text-align:right';
      tr.append(td);
    }
    tr.firstElementChild?.setAttribute('style', 'padding:2px 8px;text-align:left');
    return tr;
  };
  return { table, row };
}

const titleOf = (slide: HTMLElement) => slide.querySelector('h1, h2')?.textContent?.trim() || slide.id;

/**
 * What Save timings will write, to confirm first: each rehearsed slide's plan and its new time (as
 * the dev server rounds it), and the slides not rehearsed, which keep theirs. Empty when no slide
 * was rehearsed.
 */
export function timingChanges(doc: Document, deck: RevealDeck, record: RehearsalRecord, text: UiText): HTMLElement[] {
  const sections = deck.getSlides();
  const planned = plannedTimes(sections);
  const rehearsed = rehearsedOnly(record.slides);
  if (rehearsed.size === 0) return [];
  const { table, row } = reportTable(doc, 'deck-timing-changes');
  row([text.rehearsalSlide, text.rehearsalPlan, text.rehearsalNew], true);
  sections.forEach((s, i) => {
    const seconds = rehearsed.get(s.id);
    if (seconds !== undefined) row([titleOf(s), minutesAndSeconds(planned[i]!), minutesAndSeconds(roundedTiming(seconds))]).dataset['slide'] = s.id;
  });
  const skipped = sections.filter((s) => !rehearsed.has(s.id)).map(titleOf);
  const kept = doc.createElement('p');
  kept.textContent = text.notRehearsed(skipped.join(', '), MIN_REHEARSED_SECONDS);
  return skipped.length ? [table, kept] : [table];
}

/** The dev server's key, written into its page: Save timings writes into the slides only there. */
export const onDevServer = (): boolean => document.documentElement.dataset['timingsKey'] !== undefined;

/** Writes the rehearsed slides' times into the slides, through the dev server. */
export async function saveRehearsal(record: RehearsalRecord, title: string): Promise<void> {
  const response = await fetch(TIMINGS_PATH, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'x-deck-key': document.documentElement.dataset['timingsKey'] ?? '' },
    body: printRehearsal(title, record.slides),
  });
  if (!response.ok) throw new Error(await response.text());
}

/** The rehearsal as a JSON file, for `deck timings apply`. */
export function downloadRehearsal(record: RehearsalRecord, title: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([printRehearsal(title, record.slides)], { type: 'application/json' }));
  link.download = `rehearsal-${new Date().toISOString().slice(0, 16).replace(/[:T]/g, '-')}.json`;
  document.body.append(link);
  link.click();
  link.remove();
}
