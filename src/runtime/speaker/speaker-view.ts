// The speaker view (S) loads when it is first asked for: reveal's notes plugin bundles a
// Markdown parser whose start-up would otherwise hold back the first slide.
import type { RevealPlugin } from 'reveal.js';
import { PARAMS } from '../../shared/page-contract.js';
import type { Languages } from '../language.js';
import type { LiveStatus } from '../live/live-status.js';
import type { RevealDeck } from '../reveal-deck.js';

const S = 83;

/** S opens the speaker view; `liveStatus`, on a live deck, is what the speaker view shows of it. */
export function offerSpeakerView(deck: RevealDeck, languages: Languages, liveStatus: LiveStatus | undefined): void {
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
  if (new URLSearchParams(location.search).get(PARAMS.notes) === '') void load();
  onSpeakerWindow((page) => {
    // Loaded with the speaker view, not with the deck.
    void import('./speaker-stage.js').then(({ stageSpeakerView }) => stageSpeakerView(deck, page, languages, liveStatus));
  });
}

/** The deck's changes of state: a slide, a fragment, the overview, a blackout. */
const MOVES = ['slidechanged', 'fragmentshown', 'fragmenthidden', 'overviewshown', 'overviewhidden', 'paused', 'resumed'];

/**
 * Reveal's speaker window sends its preview's state to the deck half a second after the preview
 * moves, so that a key pressed or a click made in the speaker window moves the deck. The preview
 * also moves when the deck tells it to, and on a loaded laptop it can report a state the deck has
 * since left (two quick presses of → in the hall): sent back, that echo undid the move. No time
 * window tells the two apart (a late echo comes after any); their cause does. A state from the
 * speaker window is applied only when the speaker has pressed a key in that window, or clicked
 * or pressed one in its previews, since the deck last moved by other means; any other is an echo.
 * Called before reveal starts: its listener must come before reveal's own handler of the message,
 * which it can then stop (at the window, listeners run in the order they were added).
 */
export function keepOnlySpeakerMoves(deck: RevealDeck): void {
  const speakers = new WeakSet<Window>();
  let lastInput = -Infinity;
  let lastOwnMove = performance.now();
  let applying = false;
  for (const type of MOVES) {
    deck.on(type, () => {
      if (!applying) lastOwnMove = performance.now();
    });
  }
  window.addEventListener('message', (event) => {
    if (!speakers.has(event.source as Window) || typeof event.data !== 'string' || !event.data.includes('"setState"')) return;
    if (lastInput < lastOwnMove) {
      event.stopImmediatePropagation();
      return;
    }
    // Reveal applies it right after this, in the same dispatch: its moves are the speaker's.
    applying = true;
    setTimeout(() => (applying = false));
  });

  const input = () => (lastInput = performance.now());
  const watch = (target: Window | null | undefined, events: string[]) => {
    for (const type of events) target?.addEventListener(type, input, true);
  };
  onSpeakerWindow((page) => {
    const speaker = page.defaultView;
    if (!speaker) return;
    speakers.add(speaker);
    // Keys pressed in the speaker window go to its preview; its buttons are the speaker stage's own.
    watch(speaker, ['keydown']);
    // A preview is a page of its own, anew at each load.
    const watchPreview = (frame: EventTarget | null) => {
      if (!(frame instanceof speaker.HTMLIFrameElement)) return;
      try {
        watch(frame.contentWindow, ['keydown', 'pointerdown']);
      } catch {
        // Out of reach where each file is an origin of its own (offline.html): there the speaker's
        // moves are the keys pressed in the speaker window.
      }
    };
    page.querySelectorAll('iframe').forEach(watchPreview);
    page.addEventListener('load', (event) => watchPreview(event.target), true);
  });
}

/** Calls `staged` once for each speaker window of this deck, once its page is there. */
function onSpeakerWindow(staged: (page: Document) => void): void {
  const seen = new WeakSet<Document>();
  window.addEventListener('message', (event) => {
    if (typeof event.data !== 'string' || !event.data.includes('"reveal-notes"')) return;
    try {
      const speaker = event.source as Window | null;
      const page = speaker && speaker !== window ? speaker.document : null;
      if (page?.getElementById('speaker-controls') && !seen.has(page)) {
        seen.add(page);
        staged(page);
      }
    } catch {
      // not a window of this deck's origin: the plugin ignores it too
    }
  });
}
