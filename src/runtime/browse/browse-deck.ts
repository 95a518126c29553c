// The reveal.js calls the browsing code makes that reveal's own types leave out.
import type { RevealDeck } from '../reveal-deck.js';

export type BrowseDeck = RevealDeck & {
  /** Turns reveal.js 6's scroll view on (true) or off (false). */
  toggleScrollView(on: boolean): void;
  /** The scroll view's controller: reveal's internal API, typed where scroll-view.ts adjusts it. */
  scroll: unknown;
  /** reveal's URL controller (internal API). */
  location: { readURL(): void; writeURL(): void };
};
