// Opening a slide from the outline or a search hit, in either view, as a step back can undo.
import { slideHeading } from '../deck-page.js';
import type { BrowseDeck } from './browse-deck.js';

/**
 * Shows the slide `id` (in scroll view, scrolled to `target` inside it when given), adds a
 * history entry so back and forward return, and moves focus to the slide's heading so a screen
 * reader goes on reading there.
 */
export function goToSlide(deck: BrowseDeck, id: string, target?: Element): void {
  const slides = deck.getSlides();
  const index = slides.findIndex((s) => s.id === id);
  const slide = slides[index];
  if (!slide) return;
  const hash = `#/${id}`;
  // pushState, not location.hash: reveal is about to move there itself, and a hashchange would
  // move it a second time.
  if (location.hash !== hash) history.pushState(null, '', hash);
  // The vertical index too: the scroll view finds a slide only by both.
  deck.slide(index, 0);
  if (target && deck.isScrollView()) target.scrollIntoView({ block: 'start' });
  const heading = slideHeading(slide);
  if (heading) {
    heading.tabIndex = -1;
    heading.focus({ preventScroll: true });
  }
}
