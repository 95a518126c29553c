// What the deck keeps in the reader's browser, by key. index.html reads these before the first
// paint; the shell gets the keys from here (vite/shared-values-plugin.ts).

/** The reader's choice of slide or scroll view. */
export const VIEW_KEY = 'deck-view';

/** The language the reader chose for the slides: `en` or `zh`. */
export const LANG_KEY = 'deck-lang';

/** The language the speaker chose for the notes, where it differs from the slides'. */
export const NOTES_KEY = 'deck-notes-lang';
