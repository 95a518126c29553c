// The fit step: each content slide in one of the deck's two body sizes (theme.css), the regular
// one where the slide holds it, else the denser one; never a zoom of its own, so the type and the
// title stay the same from slide to slide.
//
// The slide is laid out at its own 1280 × 720 whatever the window, so the choice holds in slide
// view, in print and in the speaker view's previews alike; the scroll view sets its own sizes.
import { PAGE_ATTRIBUTES } from '../shared/page-contract.js';
import { markPage } from './deck-page.js';

/** Layouts whose content the fit sizes; the section and closing slides have their own. The
 *  title slide too: a title that runs to four lines (Russian runs a third longer than English)
 *  keeps its size and the lines around it close up (theme.css). */
const FITTED = ['layout-default', 'layout-pillars', 'layout-title'];

/** A slide laid out on its own at the slide's size, out of sight, whatever reveal has done with it yet. */
const OUT_OF_SIGHT = ';display:flex;position:fixed;left:-20000px;top:0;width:1280px;height:720px;visibility:hidden';

/**
 * Loads the faces the slides are set in, and only those: laid out out of sight, the slides ask
 * the browser for each face their characters need, as showing them would (each face's
 * unicode-range says which characters it holds). The English deck never fetches the Chinese faces.
 */
export async function loadSlideFonts(slides: readonly HTMLElement[]): Promise<void> {
  const placed = slides.map((slide) => slide.style.cssText);
  for (const slide of slides) slide.style.cssText += OUT_OF_SIGHT;
  // Layout now, not at the next frame: the faces are asked for as the text is shaped.
  void slides[0]?.parentElement?.offsetHeight;
  await document.fonts.ready;
  slides.forEach((slide, i) => (slide.style.cssText = placed[i]!));
}

/** Fits the deck's slides, each once: its size then holds in every view. */
export interface SlideFitter {
  /** Fits these slides now, those not fitted yet. */
  fit(slides: Iterable<HTMLElement>): void;
  /**
   * Fits the slides not fitted yet a few at a time between frames, once the deck is on screen, and
   * any slide the reader reaches first as it is shown (before it is painted); marks the page
   * fitted when every slide is done. Fitting costs a few layouts a slide: the deck opens without
   * waiting for slides nobody is looking at yet. `then` is called with each slide in the same
   * step, after its fit.
   */
  fitWhenIdle(slides: readonly HTMLElement[], onShown: (fit: (slide: HTMLElement) => void) => void, then: (slide: HTMLElement) => void): void;
  /** Fits these slides again, now: their content has changed (an edit on the dev server). */
  refit(slides: Iterable<HTMLElement>): void;
}

export function createSlideFitter(): SlideFitter {
  const fitted = new WeakSet<HTMLElement>();
  const fit = (slides: Iterable<HTMLElement>) => {
    for (const slide of slides) {
      if (!fitted.has(slide) && FITTED.some((layout) => slide.classList.contains(layout))) fitSlide(slide);
      fitted.add(slide);
    }
  };
  /** Fits a slide; if laying it out asked for a face not loaded yet, fits it again once it has come. */
  const fitInItsFonts = (slide: HTMLElement) => {
    fit([slide]);
    if (document.fonts.status !== 'loading') return;
    void document.fonts.ready.then(() => {
      fitted.delete(slide);
      fit([slide]);
    });
  };
  return {
    fit,
    fitWhenIdle(slides, onShown, then) {
      onShown(fitInItsFonts);
      const pending = [...slides];
      // One slide at a time, when the browser has nothing else to do: the deck answers keys meanwhile.
      const step = () => {
        const slide = pending.shift();
        if (slide) {
          if (!fitted.has(slide)) fitInItsFonts(slide);
          then(slide);
        }
        if (pending.length) requestIdleCallback(step, { timeout: 500 });
        else void document.fonts.ready.then(() => markPage(PAGE_ATTRIBUTES.fitted));
      };
      requestIdleCallback(step, { timeout: 500 });
    },
    refit(slides) {
      for (const slide of slides) {
        fitted.delete(slide);
        fitInItsFonts(slide);
      }
    },
  };
}

/**
 * Sets a slide in the deck's body size, or in its second, denser one when it does not hold the
 * first; a slide that holds neither is named in a warning (the dev server's panel and the exports
 * pass it on): change its layout, split it, or move detail to its notes. Two layouts at most.
 */
function fitSlide(slide: HTMLElement): void {
  const style = slide.style;
  const placed = style.cssText;
  style.cssText += OUT_OF_SIGHT;
  // Past the safe area counts too: a row of cards, stretched to the slide's foot, grows into its
  // padding without making the slide scroll.
  // In the page's pixels: reveal scales the slides to the window, the padding is the slide's own.
  const bottom = () => {
    const box = slide.getBoundingClientRect();
    return box.bottom - parseFloat(getComputedStyle(slide).paddingBottom) * (box.height / slide.offsetHeight || 1);
  };
  const spills = () =>
    slide.scrollHeight > slide.clientHeight + 0.5 ||
    slide.scrollWidth > slide.clientWidth + 0.5 ||
    [...slide.children].some((child) => child.localName !== 'aside' && child.getBoundingClientRect().bottom > bottom() + 0.5);
  // theme.css sets the body size by this attribute.
  slide.dataset['fit'] = 'regular';
  slide.removeAttribute('data-spills');
  if (spills()) {
    slide.dataset['fit'] = 'dense';
    // Named here, and by the exports, which read the mark in the print view.
    if (spills()) {
      slide.dataset['spills'] = '';
      console.warn(`deck: slide "${slide.id}" does not fit its slide even in the smaller body size: split it, or move detail to its notes`);
    }
  }
  style.cssText = placed;
}
