// Runtime: the styles, which the page needs to show its first slide, and then the deck's code.
import 'reveal.js/reveal.css';
import 'virtual:deck-theme.css';
import './theme.css';
import './print.css';
import './browse/browse.css';
import { OFFICE_CLASS, OPENS_ELSEWHERE_CLASS } from '../shared/page-contract.js';
import { isOfficeView, isPrintView, turnOnFaces } from './deck-page.js';

/** How long the deck's code waits for the first slide to be painted, at most. */
const PAINT_WAIT_MS = 1000;

// theme.css lays the first slide out without any script: the browser paints it first, in system
// faces set to the deck's faces' metrics, and reveal.js, a few times larger than everything else
// on the page, loads after, with the deck's faces turned on (the site's page loads this script
// itself only after that paint; the one-file deck and the dev server load it at once).
// After that paint has reached the screen, not just after its frame began: on two cores, reveal's
// start-up would otherwise hold the painting of the slide's text back by a tenth of a second.
// The print view paints nothing before reveal.js has laid it out, and an export waits for it: it
// loads the deck's code at once.
const startDeck = () => {
  turnOnFaces();
  void import('./start-deck.js');
};
if (isOfficeView()) document.documentElement.classList.add(OFFICE_CLASS);
if (isPrintView()) startDeck();
else void Promise.all([document.fonts.ready, firstSlidePainted()]).then(() => requestAnimationFrame(() => setTimeout(startDeck)));

/** The first slide's text on screen (its largest contentful paint); at once where the deck opens
 *  elsewhere (nothing is painted before reveal.js then). */
function firstSlidePainted(): Promise<void> {
  if (document.documentElement.classList.contains(OPENS_ELSEWHERE_CLASS)) return Promise.resolve();
  return new Promise((done) => {
    // A browser without the entry type, or a page in the background that never paints, goes on.
    const giveUp = setTimeout(done, PAINT_WAIT_MS);
    try {
      new PerformanceObserver((_, observer) => {
        observer.disconnect();
        clearTimeout(giveUp);
        done();
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    } catch {
      done();
    }
  });
}

// The dev server's warnings, and its edits of slides made in place; Vite leaves this out of the build.
if (import.meta.hot) {
  const hot = import.meta.hot;
  void import('./dev-warnings.js').then(({ showDevWarnings }) => showDevWarnings(hot));
  void import('./dev-slide-edits.js').then(({ followSlideEdits }) => followSlideEdits(hot));
}
