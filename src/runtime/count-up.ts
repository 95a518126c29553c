// Callout numbers count up once, the first time their slide appears. The page already holds
// the final value, so print, scroll view, reduced motion (where start-deck.ts does not start the
// count) and no script all show it at once.
import { isPrintView } from './deck-page.js';
import type { RevealDeck } from './reveal-deck.js';

const DURATION_MS = 900;
/** The number in a card's text, with its grouping and its decimals: "200,000", "2.5", "1.5万". */
const NUMBER = /\d[\d,]*(\.\d+)?/;

export function startCountUp(deck: RevealDeck): void {
  if (isPrintView() || deck.isScrollView()) return;
  const run = () => {
    const slide = deck.getCurrentSlide();
    slide?.querySelectorAll<HTMLElement>('[data-count-to]:not([data-counted])').forEach(countUp);
  };
  deck.on('slidechanged', run);
  run();
}

/** Counts from zero to the number the card shows, written as the card writes it. */
function countUp(el: HTMLElement): void {
  el.dataset['counted'] = '';
  const final = el.textContent ?? '';
  const match = NUMBER.exec(final);
  if (!match) return;
  const target = Number(match[0].replaceAll(',', ''));
  const decimals = match[1] ? match[1].length - 1 : 0;
  const format = new Intl.NumberFormat('en-US', { useGrouping: match[0].includes(','), minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  const [before, after] = [final.slice(0, match.index), final.slice(match.index + match[0].length)];
  // The digits counting, in figures of one width (theme.css), between the words around them,
  // drawn over the final number kept in place unseen: the number keeps its width while it counts
  // (narrower, it would draw a column of numbers in, a pillar's, and the words beside it would
  // slide across as it rises), its digits against its unit ("915多项", not "915多  项").
  const digits = document.createElement('span');
  digits.dataset['counting'] = '';
  const counting = document.createElement('span');
  counting.dataset['counting'] = '';
  counting.style.cssText = 'position:absolute;right:0;top:0;white-space:nowrap';
  const start = performance.now();
  const step = (now: number) => {
    // A frame's time can be a little before `start`, which was read after the frame began.
    const t = Math.min(1, Math.max(0, (now - start) / DURATION_MS));
    // Ease out: fast at first, settling on the value, which the last frame writes as it was: the
    // number then reads its final value only at rest.
    const shown = format.format(target * (1 - (1 - t) ** 3));
    if (t < 1 && shown !== match[0]) {
      digits.textContent = shown;
      if (counting.parentNode !== el) {
        counting.replaceChildren(before, digits, after);
        counting.style.color = getComputedStyle(el).color;
        el.style.position = 'relative';
        el.style.color = 'transparent';
        el.append(counting);
      }
      requestAnimationFrame(step);
    } else {
      el.textContent = final;
      el.style.removeProperty('position');
      el.style.removeProperty('color');
    }
  };
  requestAnimationFrame(step);
}
