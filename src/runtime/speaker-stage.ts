// The speaker view made for the stage, loaded once reveal's notes window has connected. That
// window is laid out again: both previews and the notes always in view, the notes in a pane that
// scrolls by itself, no label over a preview; the deck's fonts and colours; the talk's clock started
// by the speaker (Start, or the first move), with pacing in words and a sign; a notes text size
// that is remembered; the deck's own keys on `?`; Rehearse and, in a bilingual deck, the notes'
// language. The deck reloads under an open speaker window (the dev server's reload after an edit,
// or after Save timings): its new page lays the window out again, in place of what was there.
import STAGE_CSS from './speaker-stage.css?inline';
import { toggleKeyList } from './key-list.js';
import { languages, showNotesIn, storeNotesLanguage, uiText, type Lang } from './language.js';
import { minutesAndSeconds, plannedTimes, slidePace, slideWords, talkPace, talkWords, type Pace } from './pacing.js';
import { downloadRehearsal, onDevServer, rehearsalReport, saveRehearsal, startRehearsal, timingChanges, type RehearsalRecord } from './rehearsal.js';
import { MIN_REHEARSED_SECONDS } from './rehearsal-file.js';
import type { RevealDeck } from './reveal-deck.js';
import { NOTES_SIZE_KEY, readStored, writeStored } from './storage-keys.js';
import { LANG_TAGS, LANGUAGE_NAMES, type UiText } from './ui-text.js';

/** The notes' text size: the default, and the bounds of the − and + buttons, in pixels. */
const NOTES_SIZE = { initial: 22, min: 14, max: 44, step: 2 };

/** The deck's custom properties the speaker view takes over (colours and the font stack). */
const PROPERTIES = ['--font', '--ink', '--ink-soft', '--paper', '--navy', '--accent', '--rule', '--tint'];

/** What the speaker window keeps of the staging, to undo it when the deck's page is new. */
interface StagedWindow extends Window {
  deckStageKeys?: (event: KeyboardEvent) => void;
}

/** The elements the staging adds to the window, by id. */
const STAGED = ['deck-stage-style', 'deck-stage-clock', 'deck-stage-tools', 'deck-rehearsal-panel'];

/** Data on the window's page that outlives a reload of the deck: when timings were last saved. */
const SAVED_AT = 'deckTimingsSaved';

/** A save reloads the deck within a moment; a reload later than this is another edit's. */
const SAVE_RELOAD_MS = 30_000;

export function stageSpeakerView(deck: RevealDeck, page: Document): void {
  const text = uiText();
  const view = page.defaultView as StagedWindow;
  // Staged before by the deck's previous page, whose clock and controls no longer work.
  for (const id of STAGED) page.getElementById(id)?.remove();
  if (view.deckStageKeys) view.removeEventListener('keydown', view.deckStageKeys, true);
  page.documentElement.lang = LANG_TAGS[languages().slides];
  useDeckLook(page);
  page.body.classList.add('deck-stage');
  const upcoming = page.querySelector('#upcoming-slide .label');
  if (upcoming) upcoming.textContent = text.next;
  const notesHeading = page.querySelector('.speaker-controls-notes > .label');
  if (notesHeading) notesHeading.textContent = text.notesHeading;
  const controls = page.getElementById('speaker-controls')!;
  const clock = speakerClock(deck, page, text);
  const tools = page.createElement('div');
  tools.id = 'deck-stage-tools';
  tools.append(rehearsalControls(deck, page, text, clock.restart), ...(languages().bilingual ? [notesLanguage(deck, page, text)] : []), notesSize(page, text));
  controls.querySelector('.speaker-controls-time')!.after(clock.element, tools);
  // `?` lists the deck's keys here; reveal's window would pass it on to the current slide's preview.
  view.deckStageKeys = (event) => {
    if (event.key !== '?') return;
    event.stopPropagation();
    toggleKeyList(page, text);
  };
  view.addEventListener('keydown', view.deckStageKeys, true);
}

/** The deck's @font-face rules, colours and font stack, in the speaker window. */
function useDeckLook(page: Document): void {
  const faces: string[] = [];
  for (const sheet of document.styleSheets) {
    try {
      for (const rule of sheet.cssRules) if (rule instanceof CSSFontFaceRule) faces.push(rule.cssText);
    } catch {
      // a sheet of another origin: the deck has none
    }
  }
  const root = getComputedStyle(document.documentElement);
  const properties = PROPERTIES.map((name) => `${name}: ${root.getPropertyValue(name)};`).join(' ');
  const style = page.createElement('style');
  style.id = 'deck-stage-style';
  style.textContent = `${faces.join('\n')}\n:root { ${properties} }\n${STAGE_CSS}`;
  page.head.append(style);
}

/**
 * The talk's clock and pacing: it starts with Start or the first move after the view opens, from
 * whichever slide it is on; the talk and the current slide each against the plan, in words with a
 * sign and a colour.
 */
function speakerClock(deck: RevealDeck, page: Document, text: UiText): { element: HTMLElement; restart: () => void } {
  const element = page.createElement('div');
  element.id = 'deck-stage-clock';
  element.innerHTML = `<div class="deck-stage-times"><span class="deck-stage-elapsed">0:00</span><span class="deck-stage-now"></span><button type="button"></button></div>
<p class="deck-stage-pace" data-pace="talk"><span></span> <strong></strong></p><p class="deck-stage-pace" data-pace="slide"><span></span> <strong></strong></p>`;
  const [elapsedBox, nowBox] = element.querySelectorAll('span');
  const button = element.querySelector('button')!;
  const [talkBox, slideBox] = element.querySelectorAll<HTMLElement>('.deck-stage-pace');
  talkBox!.firstElementChild!.textContent = `${text.talkPace}:`;
  slideBox!.firstElementChild!.textContent = `${text.slidePace}:`;
  const sections = deck.getSlides();
  const planned = plannedTimes(sections);
  const index = () => Math.max(0, sections.indexOf(deck.getCurrentSlide()));
  let started: number | undefined;
  let from = 0;
  let arrived = Date.now();
  const show = (box: HTMLElement, words: string, pace?: Pace) => {
    box.dataset['state'] = pace?.state ?? '';
    box.lastElementChild!.textContent = words;
  };
  const update = () => {
    nowBox!.textContent = new Date().toLocaleTimeString(LANG_TAGS[languages().slides], { hour: '2-digit', minute: '2-digit' });
    button.textContent = started === undefined ? text.start : text.restart;
    if (started === undefined) {
      elapsedBox!.textContent = minutesAndSeconds(0);
      show(talkBox!, text.notStarted);
      show(slideBox!, minutesAndSeconds(planned[index()] ?? 0));
      return;
    }
    const elapsed = (Date.now() - started) / 1000;
    elapsedBox!.textContent = minutesAndSeconds(elapsed);
    const talk = talkPace(planned, from, index(), elapsed);
    show(talkBox!, talkWords(talk, text), talk);
    const slide = slidePace(planned[index()] ?? 0, (Date.now() - arrived) / 1000);
    show(slideBox!, slideWords(slide, text), slide);
  };
  const restart = () => {
    started = Date.now();
    arrived = started;
    from = index();
    update();
  };
  button.addEventListener('click', restart);
  const moved = (event: Event) => {
    if (event.type === 'slidechanged') arrived = Date.now();
    if (started === undefined) restart();
    else update();
  };
  const events = ['slidechanged', 'fragmentshown', 'fragmenthidden'];
  for (const event of events) deck.on(event, moved);
  const timer = setInterval(() => {
    // Closed with its window: nothing is left ticking in the deck.
    if (page.defaultView?.closed !== false) {
      clearInterval(timer);
      for (const event of events) deck.off(event, moved);
      return;
    }
    update();
  }, 1000);
  update();
  return { element, restart };
}

/** A − and + for the notes' text size, remembered in this browser. */
function notesSize(page: Document, text: UiText): HTMLElement {
  const box = page.createElement('div');
  box.className = 'deck-stage-size';
  box.setAttribute('role', 'group');
  box.setAttribute('aria-label', text.notesSize);
  const stored = Number(readStored(NOTES_SIZE_KEY));
  let size = stored >= NOTES_SIZE.min && stored <= NOTES_SIZE.max ? stored : NOTES_SIZE.initial;
  const apply = () => page.body.style.setProperty('--notes-size', `${size}px`);
  for (const [label, name, step] of [['A−', text.smaller, -1], ['A+', text.larger, 1]] as const) {
    const button = page.createElement('button');
    button.type = 'button';
    button.textContent = label;
    button.setAttribute('aria-label', name);
    button.addEventListener('click', () => {
      size = Math.min(NOTES_SIZE.max, Math.max(NOTES_SIZE.min, size + step * NOTES_SIZE.step));
      apply();
      writeStored(NOTES_SIZE_KEY, String(size));
    });
    box.append(button);
  }
  apply();
  return box;
}

/**
 * Rehearse / Stop, then the report over the notes and Save timings: on the dev server, what will
 * change is shown to confirm first; anywhere else the rehearsal is downloaded.
 */
function rehearsalControls(deck: RevealDeck, page: Document, text: UiText, restartClock: () => void): HTMLElement {
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
      saveRehearsal(record, document.title).then(
        () => {
          status.textContent = text.timingsSaved;
          page.body.dataset[SAVED_AT] = String(Date.now());
          show(rehearsalReport(page, deck, record, text));
        },
        (error: unknown) => {
          status.textContent = error instanceof Error ? error.message : String(error);
          for (const b of [confirm, cancel]) b.disabled = false;
        },
      ).finally(() => (save.disabled = false));
    });
    const actions = page.createElement('p');
    actions.append(confirm, ' ', cancel);
    show(heading, ...changes, actions);
  });
  return box;
}

/**
 * In a bilingual deck, the notes' language, apart from the slides': the notes on the deck's slides
 * are swapped, and the speaker view shown them at once.
 */
function notesLanguage(deck: RevealDeck, page: Document, text: UiText): HTMLElement {
  const label = page.createElement('label');
  label.id = 'deck-notes-language';
  label.append(`${text.notesLanguage} `);
  const select = page.createElement('select');
  const options: [string, string][] = [['', text.sameAsSlides], ['en', LANGUAGE_NAMES.en], ['zh', LANGUAGE_NAMES.zh]];
  for (const [value, name] of options) select.add(new Option(name, value));
  const { notes, slides } = languages();
  select.value = notes === slides ? '' : notes;
  const value = page.querySelector<HTMLElement>('.speaker-controls-notes .value');
  const mark = () => value?.setAttribute('lang', LANG_TAGS[languages().notes]);
  mark();
  select.addEventListener('change', () => {
    const lang: Lang = select.value === 'en' || select.value === 'zh' ? select.value : languages().slides;
    storeNotesLanguage(lang);
    // Chinese notes may first be fetched (language.ts); shown once they are at hand.
    void showNotesIn(lang, deck.getSlidesElement()!).then(() => {
      mark();
      // The notes plugin sends the current slide's notes on reveal's events; this is one of them.
      deck.getRevealElement()!.dispatchEvent(new Event('closeoverlay'));
    });
  });
  label.append(select);
  return label;
}
