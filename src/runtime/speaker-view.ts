// The speaker view (S) loads when it is first asked for: reveal's notes plugin bundles a
// Markdown parser whose start-up would otherwise hold back the first slide.
import type { RevealPlugin } from 'reveal.js';
import { toggleKeyList } from './key-list.js';
import { languages, showNotesIn, storeNotesLanguage, uiText } from './language.js';
import { NOTES_PARAM } from './page-names.js';
import type { RevealDeck } from './reveal-deck.js';
import type { SpeakerHost } from './speaker-stage.js';
import { NOTES_SIZE_KEY, readStored, writeStored } from './storage-keys.js';
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
  onSpeakerWindow((page) => {
    // Loaded with the speaker view, not with the deck.
    const host: SpeakerHost = { text: uiText(), languages, showNotesIn, storeNotesLanguage, toggleKeyList, readStored, writeStored, langTags: LANG_TAGS, languageNames: LANGUAGE_NAMES, notesSizeKey: NOTES_SIZE_KEY };
    void import('./speaker-stage.js').then(({ stageSpeakerView }) => stageSpeakerView(deck, page, host));
  });
}

/** Calls `staged` once for each speaker window of this deck, once its page is there. */
function onSpeakerWindow(staged: (page: Document) => void): void {
  window.addEventListener('message', (event) => {
    if (typeof event.data !== 'string' || !event.data.includes('"reveal-notes"')) return;
    try {
      const speaker = event.source as Window | null;
      const controls = speaker && speaker !== window ? speaker.document.getElementById('speaker-controls') : null;
      if (controls && !('staged' in controls.dataset)) {
        controls.dataset['staged'] = '';
        staged(speaker!.document);
      }
    } catch {
      // not a window of this deck's origin: the plugin ignores it too
    }
  });
}
