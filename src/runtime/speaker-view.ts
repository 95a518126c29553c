// The speaker view (S) loads when it is first asked for: reveal's notes plugin bundles a
// Markdown parser whose start-up would otherwise hold back the first slide.
import type { RevealPlugin } from 'reveal.js';
import { NOTES_PARAM } from './page-names.js';
import type { RevealDeck } from './reveal-deck.js';

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
  onSpeakerWindow((page) => {
    // Loaded with the speaker view, not with the deck.
    void import('./speaker-stage.js').then(({ stageSpeakerView }) => stageSpeakerView(deck, page));
  });
}

/** How long a state the deck has left can come back from the speaker window as an echo. */
const ECHO_MS = 1500;

/**
 * The speaker window sends its preview's state back to the deck, after half a second of quiet, so
 * that a move made in the speaker view moves the deck. On a loaded laptop that message can carry
 * the state of a move or two ago, and would take the deck back (a key pressed while the previews
 * were still loading, or B twice in quick succession). The deck ignores a state from another
 * window that it left within the last moments; any other state, a move of the speaker's, applies.
 * Called before reveal starts.
 */
export function ignoreStaleEchoes(deck: RevealDeck): void {
  let current = '';
  deck.on('ready', () => (current = stateKey(deck.getState())));
  let left: { key: string; at: number }[] = [];
  const moved = () => {
    const now = stateKey(deck.getState());
    if (now === current) return;
    left = [...left.filter((state) => state.at > performance.now() - ECHO_MS), { key: current, at: performance.now() }];
    current = now;
  };
  for (const type of ['slidechanged', 'fragmentshown', 'fragmenthidden', 'overviewshown', 'overviewhidden', 'paused', 'resumed']) deck.on(type, moved);
  // Added before reveal starts, so it runs before reveal's own handler, which it can then stop.
  window.addEventListener('message', (event) => {
    if (event.source === window || typeof event.data !== 'string' || !event.data.includes('"setState"')) return;
    let key: string;
    try {
      const message = JSON.parse(event.data) as { method?: string; args?: [Partial<RevealState>] };
      if (message.method !== 'setState' || !message.args?.[0]) return;
      key = stateKey(message.args[0]);
    } catch {
      return;
    }
    if (key !== current && left.some((state) => state.key === key && state.at > performance.now() - ECHO_MS)) event.stopImmediatePropagation();
  });
}

type RevealState = ReturnType<RevealDeck['getState']>;

/** A state as the deck and its speaker window both write it (a missing field is its default). */
const stateKey = (state: Partial<RevealState>): string => JSON.stringify([state.indexh ?? 0, state.indexv ?? 0, state.indexf ?? null, Boolean(state.paused), Boolean(state.overview)]);

/** Calls `staged` once for each speaker window of this deck, once its page is there. (live.ts
 *  finds the window the same way: importing this from there splits a small chunk off the deck's.) */
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
