// Callout numbers count up once, the first time their slide appears. The page already holds
// the final value, so print, scroll view, reduced motion (main.ts does not start this) and no
// script all show it at once.
import type Reveal from 'reveal.js';

/** reveal.js has these views at run time; its types do not list them yet. */
export type Deck = InstanceType<typeof Reveal> & { isPrintView(): boolean; isScrollView(): boolean };

const DURATION_MS = 900;
const format = new Intl.NumberFormat('en-US');

export function startCountUp(deck: Deck): void {
  if (deck.isPrintView() || deck.isScrollView()) return;
  const run = () => {
    const slide = deck.getCurrentSlide();
    slide?.querySelectorAll<HTMLElement>('[data-count-to]:not([data-counted])').forEach(countUp);
  };
  deck.on('slidechanged', run);
  run();
}

function countUp(el: HTMLElement): void {
  el.dataset['counted'] = '';
  const target = Number(el.dataset['countTo']);
  const start = performance.now();
  const step = (now: number) => {
    const t = Math.min(1, (now - start) / DURATION_MS);
    // Ease out: fast at first, settling on the value.
    el.textContent = format.format(Math.round(target * (1 - (1 - t) ** 3)));
    if (t < 1) requestAnimationFrame(step);
  };
  requestAnimationFrame(step);
}
