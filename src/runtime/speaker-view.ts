// The speaker view (S) loads when it is first asked for: reveal's notes plugin bundles a
// Markdown parser whose start-up would otherwise hold back the first slide.
import type { RevealPlugin } from 'reveal.js';
import { languages, showNotesIn, storeNotesLanguage, uiText, type Lang } from './language.js';
import { NOTES_PARAM } from './page-names.js';
import type { RevealDeck } from './reveal-deck.js';
import type { RehearsalRecord } from './rehearsal.js';
import { LANG_TAGS, LANGUAGE_NAMES } from './ui-text.js';

const S = 83;

export function offerSpeakerView(deck: RevealDeck): void {
  let loading: Promise<RevealPlugin & { open(): void }> | undefined;
  const load = () =>
    (loading ??= import('reveal.js/plugin/notes').then(({ default: Notes }) => {
      const plugin = Notes() as RevealPlugin & { open(): void };
      // Registered after start-up, reveal initialises it at once; it then binds S itself.
      deck.registerPlugin(plugin);
      return plugin;
    }));
  deck.addKeyBinding({ keyCode: S, key: 'S', description: 'Speaker notes view' }, () => {
    void load().then((plugin) => plugin.open());
  });
  // A speaker window left open while the deck reloads keeps calling; the plugin, once loaded,
  // answers its next call and reconnects.
  const onMessage = (event: MessageEvent) => {
    if (typeof event.data === 'string' && event.data.includes('"reveal-notes"') && event.data.includes('"heartbeat"')) {
      window.removeEventListener('message', onMessage);
      void load();
    }
  };
  window.addEventListener('message', onMessage);
  // A bare ?notes opens the speaker view straight away, as the notes plugin would; ?notes=zh only
  // chooses the notes' language (language.ts).
  if (new URLSearchParams(location.search).get(NOTES_PARAM) === '') void load();
  offerNotesLanguage(deck);
  offerRehearsal(deck);
}

/** The speaker view gets Rehearse / Stop and, after a rehearsal, its report and Save timings. */
function offerRehearsal(deck: RevealDeck): void {
  window.addEventListener('message', (event) => {
    if (typeof event.data !== 'string' || !event.data.includes('"reveal-notes"')) return;
    try {
      const speaker = event.source as Window | null;
      const controls = speaker && speaker !== window ? speaker.document.getElementById('speaker-controls') : null;
      if (controls && !('rehearsal' in controls.dataset)) {
        controls.dataset['rehearsal'] = '';
        // Loaded with the speaker view, not with the deck.
        void import('./rehearsal.js').then((rehearsal) => addRehearsalControls(deck, speaker!.document, controls, rehearsal));
      }
    } catch {
      // not a window of this deck's origin
    }
  });
}

function addRehearsalControls(deck: RevealDeck, page: Document, controls: HTMLElement, { rehearsalReport, saveRehearsal, startRehearsal }: typeof import('./rehearsal.js')): void {
  const text = uiText();
  const box = page.createElement('div');
  box.id = REHEARSAL_ID;
  box.style.cssText = 'padding:8px 10px;font:14px sans-serif;color:#333';
  const button = (label: string) => {
    const b = page.createElement('button');
    b.type = 'button';
    b.textContent = label;
    b.style.cssText = 'font:700 14px sans-serif;padding:6px 12px;margin-right:8px';
    return b;
  };
  const rehearse = button(text.rehearse);
  const save = button(text.saveTimings);
  save.hidden = true;
  const status = page.createElement('span');
  status.setAttribute('role', 'status');
  box.append(rehearse, save, status);
  controls.prepend(box);
  let running: { stop(): void } | undefined;
  let last: RehearsalRecord | undefined;
  const ended = (record: RehearsalRecord) => {
    running = undefined;
    last = record;
    rehearse.textContent = text.rehearse;
    save.hidden = false;
    page.getElementById('deck-rehearsal-report')?.remove();
    box.after(rehearsalReport(page, deck, record, text));
  };
  rehearse.addEventListener('click', () => {
    if (running) return running.stop();
    page.getElementById('deck-rehearsal-report')?.remove();
    save.hidden = true;
    status.textContent = '';
    rehearse.textContent = text.stopRehearsal;
    running = startRehearsal(deck, ended);
  });
  save.addEventListener('click', () => {
    if (!last) return;
    saveRehearsal(last, document.title).then(
      (how) => (status.textContent = how === 'saved' ? text.timingsSaved : text.timingsDownloaded),
      (error: unknown) => (status.textContent = String(error)),
    );
  });
}

const REHEARSAL_ID = 'deck-rehearsal';

/**
 * In a bilingual deck, the speaker view gets a choice of the notes' language, apart from the
 * slides': the notes on the deck's slides are swapped, and the speaker view shown them at once.
 */
function offerNotesLanguage(deck: RevealDeck): void {
  if (!languages().bilingual) return;
  window.addEventListener('message', (event) => {
    if (typeof event.data !== 'string' || !event.data.includes('"reveal-notes"')) return;
    const speaker = event.source as Window | null;
    try {
      if (speaker && speaker !== window && speaker.document.getElementById('speaker-controls')) addNotesControl(deck, speaker.document);
    } catch {
      // not a window of this deck's origin: the plugin ignores it too
    }
  });
}

function addNotesControl(deck: RevealDeck, page: Document): void {
  if (page.getElementById(NOTES_CONTROL_ID)) return;
  const text = uiText();
  const label = page.createElement('label');
  label.id = NOTES_CONTROL_ID;
  label.style.cssText = 'display:flex;gap:8px;align-items:center;padding:8px 10px;font:14px sans-serif;color:#333';
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
  page.getElementById('speaker-controls')!.prepend(label);
}

const NOTES_CONTROL_ID = 'deck-notes-language';

