// Rehearsing from the speaker view: Rehearse starts the clock and records the time on each slide
// (every visit added up, fragments included; time in the overview or blacked out counted apart);
// Stop, or leaving the last slide, shows the report; Save timings writes them into the slides on
// the dev server, or downloads the rehearsal as JSON (`deck timings apply` writes it back).
import { minutesAndSeconds } from './pacing.js';
import type { RevealDeck } from './reveal-deck.js';
import type { UiText } from './ui-text.js';

/** The dev server's endpoint (vite/deck-plugin.ts) and the key it wrote into the page. */
const TIMINGS_PATH = '/__deck/timings';

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
  // The build writes every slide's planned time (its timing, or its share of the talk).
  const planned = sections.map((s) => Number(s.dataset['timing']) || 0);
  const table = doc.createElement('table');
  table.id = 'deck-rehearsal-report';
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
  row([text.rehearsalSlide, text.rehearsalPlan, text.rehearsalTook, text.rehearsalDiff], true);
  const diffs = sections.map((s, i) => (record.slides.get(s.id) ?? 0) - planned[i]!);
  const most = Math.max(...diffs);
  const least = Math.min(...diffs);
  sections.forEach((s, i) => {
    const tr = row([s.querySelector('h1, h2')?.textContent?.trim() || s.id, clock(planned[i]!), clock(record.slides.get(s.id) ?? 0), signed(diffs[i]!)]);
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

/** Saves the record: into the slides on the dev server, else as a downloaded JSON file. */
export async function saveRehearsal(record: RehearsalRecord, title: string): Promise<'saved' | 'downloaded'> {
  const body = JSON.stringify({ deck: title, date: new Date().toISOString(), slides: Object.fromEntries(record.slides) });
  const key = document.documentElement.dataset['timingsKey'];
  if (key) {
    const response = await fetch(TIMINGS_PATH, { method: 'POST', headers: { 'Content-Type': 'application/json', 'x-deck-key': key }, body });
    if (!response.ok) throw new Error(await response.text());
    return 'saved';
  }
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([body], { type: 'application/json' }));
  link.download = `rehearsal-${new Date().toISOString().slice(0, 16).replace(/[:T]/g, '-')}.json`;
  document.body.append(link);
  link.click();
  link.remove();
  return 'downloaded';
}
