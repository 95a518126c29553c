// Runtime: the styles, which the page needs to show its first slide, and then the deck's code.
import 'reveal.js/reveal.css';
import 'virtual:deck-colours.css';
import './theme.css';
import './print.css';
import './browse.css';

// theme.css lays the first slide out without any script: the browser paints it first, in its
// own fonts, and reveal.js, a few times larger than everything else on the page, loads after.
void document.fonts.ready.then(() => requestAnimationFrame(() => setTimeout(() => void import('./start-deck.js'))));

// The dev server's warnings; Vite leaves this out of the build.
if (import.meta.hot) {
  const hot = import.meta.hot;
  void import('./dev-warnings.js').then(({ showDevWarnings }) => showDevWarnings(hot));
}
