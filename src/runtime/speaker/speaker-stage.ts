// The speaker view made for the stage, loaded once reveal's notes window has connected. That
// window is laid out again: both previews and the notes always in view, the notes in a pane that
// scrolls by itself, no label over a preview; the deck's fonts and colours; the talk's clock started
// by the speaker (Start, or the first move), with pacing in words and a sign; a notes text size
// that is remembered; the deck's own keys on `?`; Rehearse and, in a bilingual deck, the notes'
// language; on a live deck, how many follow and the remote's code. The deck reloads under an open speaker window (the dev server's reload after an edit,
// or after Save timings): its new page lays the window out again, in place of what was there.
import STAGE_CSS from './speaker-stage.css?inline';
import { STORAGE_KEYS } from '../../shared/page-contract.js';
import type { UiText } from '../../shared/ui-text.js';
import { toggleKeyList } from '../key-list.js';
import type { Languages } from '../language.js';
import type { LiveStatus } from '../live/live-status.js';
import type { RevealDeck } from '../reveal-deck.js';
import { readStored, writeStored } from '../stored-choices.js';
import { minutesAndSeconds, plannedTimes, slidePace, slideWords, talkPace, talkWords, type Pace } from './pacing.js';
import { rehearsalControls } from './rehearsal-panel.js';

/** The notes' text size: the default, and the bounds of the − and + buttons, in pixels. */
const NOTES_SIZE = { initial: 22, min: 14, max: 44, step: 2 };

/** The deck's custom properties the speaker view takes over (colours and the font stack). */
const PROPERTIES = ['--font', '--ink', '--ink-soft', '--paper', '--navy', '--accent', '--rule', '--tint'];

/** What the speaker window keeps of the staging, to undo it when the deck's page is new. */
interface StagedWindow extends Window {
  deckStageKeys?: (event: KeyboardEvent) => void;
}

/** The elements the staging adds to the window, by id. */
const STAGED = ['deck-stage-style', 'deck-stage-clock', 'deck-stage-tools', 'deck-rehearsal-panel', 'deck-live'];

export function stageSpeakerView(deck: RevealDeck, page: Document, languages: Languages, liveStatus: LiveStatus | undefined): void {
  const text = languages.text;
  const view = page.defaultView as StagedWindow;
  // Staged before by the deck's previous page, whose clock and controls no longer work.
  for (const id of STAGED) page.getElementById(id)?.remove();
  if (view.deckStageKeys) view.removeEventListener('keydown', view.deckStageKeys, true);
  page.documentElement.lang = languages.tagOf(languages.slides);
  useDeckLook(page);
  page.body.classList.add('deck-stage');
  const upcoming = page.querySelector('#upcoming-slide .label');
  if (upcoming) upcoming.textContent = text.next;
  const notesHeading = page.querySelector('.speaker-controls-notes > .label');
  if (notesHeading) notesHeading.textContent = text.notesHeading;
  const controls = page.getElementById('speaker-controls')!;
  const clock = speakerClock(deck, page, languages);
  const tools = page.createElement('div');
  tools.id = 'deck-stage-tools';
  tools.append(
    rehearsalControls(deck, page, text, clock.restart),
    ...(languages.bilingual ? [notesLanguage(deck, page, languages)] : []),
    notesSize(page, text),
  );
  controls.querySelector('.speaker-controls-time')!.after(clock.element, tools);
  if (liveStatus) showLiveStatus(controls, text, liveStatus);
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
function speakerClock(deck: RevealDeck, page: Document, languages: Languages): { element: HTMLElement; restart: () => void } {
  const text = languages.text;
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
    nowBox!.textContent = new Date().toLocaleTimeString(languages.tagOf(languages.slides), { hour: '2-digit', minute: '2-digit' });
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
  const stored = Number(readStored(STORAGE_KEYS.notesSize));
  let size = stored >= NOTES_SIZE.min && stored <= NOTES_SIZE.max ? stored : NOTES_SIZE.initial;
  const apply = () => page.body.style.setProperty('--notes-size', `${size}px`);
  for (const [label, name, step] of [
    ['A−', text.smaller, -1],
    ['A+', text.larger, 1],
  ] as const) {
    const button = page.createElement('button');
    button.type = 'button';
    button.textContent = label;
    button.setAttribute('aria-label', name);
    button.addEventListener('click', () => {
      size = Math.min(NOTES_SIZE.max, Math.max(NOTES_SIZE.min, size + step * NOTES_SIZE.step));
      apply();
      writeStored(STORAGE_KEYS.notesSize, String(size));
    });
    box.append(button);
  }
  apply();
  return box;
}

/**
 * In a bilingual deck, the notes' language, apart from the slides': the notes on the deck's slides
 * are swapped, and the speaker view shown them at once.
 */
function notesLanguage(deck: RevealDeck, page: Document, languages: Languages): HTMLElement {
  const text = languages.text;
  const label = page.createElement('label');
  label.id = 'deck-notes-language';
  label.append(`${text.notesLanguage} `);
  const select = page.createElement('select');
  const options: [string, string][] = [['', text.sameAsSlides], ...languages.all.map((l): [string, string] => [l.code, l.name])];
  for (const [value, name] of options) {
    const option = new Option(name, value);
    if (value) option.lang = languages.tagOf(value);
    select.add(option);
  }
  select.value = languages.notes === languages.slides ? '' : languages.notes;
  const value = page.querySelector<HTMLElement>('.speaker-controls-notes .value');
  const mark = () => value?.setAttribute('lang', languages.tagOf(languages.notes));
  mark();
  select.addEventListener('change', () => {
    const lang = languages.all.some((l) => l.code === select.value) ? select.value : languages.slides;
    languages.storeNotesLanguage(lang);
    // Chinese notes may first be fetched (language.ts); shown once they are at hand.
    void languages.showNotesIn(lang).then(() => {
      mark();
      // The notes plugin sends the current slide's notes on reveal's events; this is one of them.
      deck.getRevealElement()!.dispatchEvent(new Event('closeoverlay'));
    });
  });
  label.append(select);
  return label;
}

/** On a live deck: how many follow, and the remote's address as a code to scan with the speaker's
 *  phone, kept as the live deck tells them until this window closes. */
function showLiveStatus(controls: HTMLElement, text: UiText, status: LiveStatus): void {
  const page = controls.ownerDocument;
  const box = page.createElement('div');
  box.id = 'deck-live';
  box.style.cssText = 'display:flex;align-items:center;gap:12px;padding:8px 10px';
  const code = page.createElement('img');
  code.id = 'deck-live-remote-qr';
  code.alt = text.remote;
  code.style.cssText = 'width:120px;height:120px;background:#fff';
  const count = page.createElement('div');
  count.id = 'deck-live-count';
  count.style.cssText = 'font:700 16px var(--font, sans-serif);color:#b02a1e';
  box.append(code, count);
  box.hidden = true;
  controls.prepend(box);
  status.watch(({ following, remoteQr }) => {
    // Closed, or staged anew by the deck's next page: nothing more to show here.
    if (page.defaultView?.closed !== false || !box.isConnected) return false;
    box.hidden = false;
    count.textContent = following;
    if (code.getAttribute('src') !== remoteQr) code.src = remoteQr;
    return true;
  });
}
