// What the deck keeps in the reader's browser, by key. index.html reads the view before the first
// paint; the shell gets the key from here (vite/shared-values-plugin.ts).

/** The reader's choice of slide or scroll view. */
export const VIEW_KEY = 'deck-view';
