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
