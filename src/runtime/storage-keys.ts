// What the deck keeps in the reader's browser, by key. index.html reads these before the first
// paint; the shell gets the keys from here (vite/shared-values-plugin.ts).

/** The reader's choice of slide or scroll view. */
export const VIEW_KEY = 'deck-view';

/** The language the reader chose for the slides: `en` or `zh`. */
export const LANG_KEY = 'deck-lang';

/** The language the speaker chose for the notes, where it differs from the slides'. */
export const NOTES_KEY = 'deck-notes-lang';

/** The speaker view's notes text size, in CSS pixels. */
export const NOTES_SIZE_KEY = 'deck-notes-size';

/** The stored value, or null where there is none or storage is blocked. */
export function readStored(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null; // storage blocked: the address or the default decides
  }
}

/** Stores a value (null removes it); where storage is blocked the choice lasts as long as the page. */
export function writeStored(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // storage blocked
  }
}
