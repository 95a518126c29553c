// Rehearsing, in the speaker view: Rehearse starts the clock and the recording; Stop, or leaving
// the last slide, shows the report in the notes' place; Save timings shows what will change and,
// once confirmed, writes the rehearsed slides' times into the slides on the dev server, or
// downloads the rehearsal as JSON (`deck timings apply` writes it back).
import { DECK_ATTRIBUTES, KEY_HEADER, PAGE_ATTRIBUTES, ROUTES } from '../../shared/page-contract.js';
import { MIN_REHEARSED_SECONDS, printRehearsal, rehearsedOnly, roundedTiming } from '../../shared/rehearsal-file.js';
import type { UiText } from '../../shared/ui-text.js';
import { pageAttribute, slideTitle } from '../deck-page.js';
import type { RevealDeck } from '../reveal-deck.js';
import { minutesAndSeconds, plannedTimes } from './pacing.js';
import { startRehearsal, type RehearsalRecord } from './record-rehearsal.js';

/** Data on the window's page that outlives a reload of the deck: when timings were last saved. */
const SAVED_AT = 'deckTimingsSaved';

/** A save reloads the deck within a moment; a reload later than this is another edit's. */
const SAVE_RELOAD_MS = 30_000;

/**
 * Rehearse / Stop, then the report over the notes and Save timings: on the dev server, what will
 * change is shown to confirm first; anywhere else the rehearsal is downloaded.
 */
export function rehearsalControls(deck: RevealDeck, page: Document, text: UiText, restartClock: () => void): HTMLElement {
  const box = page.createElement('div');
  box.id = 'deck-rehearsal';
  const button = (label: string) => {
    const b = page.createElement('button');
    b.type = 'button';
    b.textContent = label;
    return b;
  };
  const rehearse = button(text.rehearse);
  const save = button(text.saveTimings);
  save.hidden = true;
  const status = page.createElement('span');
  status.setAttribute('role', 'status');
  // A save reloads the deck, and this view with it: it says the save went through.
  if (Date.now() - Number(page.body.dataset[SAVED_AT]) < SAVE_RELOAD_MS) status.textContent = text.timingsSaved;
  delete page.body.dataset[SAVED_AT];
  box.append(rehearse, save, status);
  // The report takes the notes' place until it is closed; the notes stay where they were.
  const panel = page.createElement('div');
  panel.id = 'deck-rehearsal-panel';
  panel.hidden = true;
  const close = button(text.close);
  close.addEventListener('click', () => (panel.hidden = true));
  let running: { stop(): void } | undefined;
  let last: RehearsalRecord | undefined;
  const show = (...content: Node[]) => {
    panel.replaceChildren(close, ...content);
    panel.hidden = false;
    page.querySelector('.speaker-controls-notes')?.before(panel);
  };
  const ended = (record: RehearsalRecord) => {
    running = undefined;
    last = record;
    rehearse.textContent = text.rehearse;
    save.hidden = false;
    show(rehearsalReport(page, deck, record, text));
  };
  rehearse.addEventListener('click', () => {
    if (running) return running.stop();
    panel.hidden = true;
    save.hidden = true;
    status.textContent = '';
    rehearse.textContent = text.stopRehearsal;
    restartClock();
    running = startRehearsal(deck, ended);
  });
  save.addEventListener('click', () => {
    if (!last) return;
    if (!onDevServer()) {
      downloadRehearsal(last, document.title);
      status.textContent = text.timingsDownloaded;
      return;
    }
    const record = last;
    const changes = timingChanges(page, deck, record, text);
    if (changes.length === 0) {
      const nothing = page.createElement('p');
      nothing.textContent = text.nothingRehearsed(MIN_REHEARSED_SECONDS);
      return show(nothing);
    }
    const heading = page.createElement('p');
    heading.textContent = text.timingsToWrite;
    const confirm = button(text.confirm);
    const cancel = button(text.cancel);
    cancel.addEventListener('click', () => show(rehearsalReport(page, deck, record, text)));
    confirm.addEventListener('click', () => {
      // One save at a time: a second click waits for the first to answer.
      for (const b of [save, confirm, cancel]) b.disabled = true;
      status.textContent = text.saving;
      saveRehearsal(record, document.title)
        .then(
          () => {
            status.textContent = text.timingsSaved;
            page.body.dataset[SAVED_AT] = String(Date.now());
            show(rehearsalReport(page, deck, record, text));
          },
          (error: unknown) => {
            status.textContent = error instanceof Error ? error.message : String(error);
            for (const b of [confirm, cancel]) b.disabled = false;
          },
        )
        .finally(() => (save.disabled = false));
    });
    const actions = page.createElement('p');
    actions.append(confirm, ' ', cancel);
    show(heading, ...changes, actions);
  });
  return box;
}

/** The report: each slide's plan beside its time, the total, the slides most over and under. */
function rehearsalReport(doc: Document, deck: RevealDeck, record: RehearsalRecord, text: UiText): HTMLElement {
  const clock = minutesAndSeconds;
  const signed = (d: number) => (Math.abs(d) < 1 ? '±0:00' : `${d > 0 ? '+' : '−'}${clock(d)}`);
  const sections = deck.getSlides();
  const total = Number(deck.getRevealElement()?.getAttribute(DECK_ATTRIBUTES.totalTime)) || 0;
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

const titleOf = (slide: HTMLElement) => slideTitle(slide, slide.id);

/**
 * What Save timings will write, to confirm first: each rehearsed slide's plan and its new time (as
 * the dev server rounds it), and the slides not rehearsed, which keep theirs. Empty when no slide
 * was rehearsed.
 */
function timingChanges(doc: Document, deck: RevealDeck, record: RehearsalRecord, text: UiText): HTMLElement[] {
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
const onDevServer = (): boolean => pageAttribute(PAGE_ATTRIBUTES.timingsKey) !== null;

/** Writes the rehearsed slides' times into the slides, through the dev server. */
async function saveRehearsal(record: RehearsalRecord, title: string): Promise<void> {
  const response = await fetch(ROUTES.timings, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', [KEY_HEADER]: pageAttribute(PAGE_ATTRIBUTES.timingsKey) ?? '' },
    body: printRehearsal(title, record.slides),
  });
  if (!response.ok) throw new Error(await response.text());
}

/** The rehearsal as a JSON file, for `deck timings apply`. */
function downloadRehearsal(record: RehearsalRecord, title: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([printRehearsal(title, record.slides)], { type: 'application/json' }));
  link.download = `rehearsal-${new Date().toISOString().slice(0, 16).replace(/[:T]/g, '-')}.json`;
  document.body.append(link);
  link.click();
  link.remove();
}
