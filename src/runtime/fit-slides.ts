// The fit step: each content slide's type sized to its slide, as large as the slide holds within a
// type scale that reads from the back of a hall, 32 to 56 px on a 1920 × 1080 screen. theme.css
// sizes everything on the slide from --body-size; this finds the largest that fits.
//
// The slide is laid out at its own 1280 × 720 whatever the window, so the size found holds in
// slide view, in print and in the speaker view's previews alike; the scroll view sets its own.

/** 32 and 56 px at 1920 × 1080, where the slide is drawn 1.5 times its size. */
const BODY = { min: 64 / 3, max: 112 / 3 };
/** Sub-points are 0.9 of the body (theme.css), and must not fall under the minimum either. */
const SMALLEST_RATIO = 0.9;
/** Layouts whose content the fit sizes; the title, section and closing slides have their own. */
const FITTED = ['layout-default', 'layout-pillars'];

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

/** Slides already fitted: a slide is fitted once, its size then holds in every view. */
const fitted = new WeakSet<HTMLElement>();

export function fitSlides(slides: Iterable<HTMLElement>): void {
  for (const slide of slides) {
    if (!fitted.has(slide) && FITTED.some((layout) => slide.classList.contains(layout))) fitSlide(slide);
    fitted.add(slide);
  }
}

/** Fits a slide; if laying it out asked for a face not loaded yet, fits it again once it has come. */
function fitInItsFonts(slide: HTMLElement): void {
  fitSlides([slide]);
  if (document.fonts.status !== 'loading') return;
  void document.fonts.ready.then(() => {
    fitted.delete(slide);
    fitSlides([slide]);
  });
}

/**
 * Fits the slides not fitted yet a few at a time between frames, once the deck is on screen, and
 * any slide the reader reaches first as it is shown (before it is painted); marks the page
 * `data-fitted` when every slide is done. Fitting costs a few layouts a slide: the deck opens
 * without waiting for slides nobody is looking at yet.
 */
export function fitWhenIdle(slides: readonly HTMLElement[], onShown: (fit: (slide: HTMLElement) => void) => void): void {
  const done = () => (document.documentElement.dataset['fitted'] = '');
  onShown(fitInItsFonts);
  const pending = slides.filter((slide) => !fitted.has(slide));
  // One slide at a time, when the browser has nothing else to do: the deck answers keys meanwhile.
  const step = () => {
    const slide = pending.shift();
    if (slide) fitInItsFonts(slide);
    if (pending.length) requestIdleCallback(step, { timeout: 500 });
    else void document.fonts.ready.then(done);
  };
  requestIdleCallback(step, { timeout: 500 });
}

function fitSlide(slide: HTMLElement): void {
  const style = slide.style;
  const placed = style.cssText;
  style.cssText += OUT_OF_SIGHT;
  const fits = (size: number) => {
    style.setProperty('--body-size', `${size}px`);
    return slide.scrollHeight <= slide.clientHeight + 0.5 && slide.scrollWidth <= slide.clientWidth + 0.5;
  };
  let low = BODY.min / SMALLEST_RATIO;
  let high = BODY.max;
  let size = high;
  if (!fits(high)) {
    if (!fits(low)) {
      console.warn(`deck: slide "${slide.id}" does not fit its slide even at the smallest type: shorten it, or split it`);
      size = low;
    } else {
      // Halving the interval: a sixth of a pixel in six steps.
      for (let step = 0; step < 6; step++) {
        const middle = (low + high) / 2;
        if (fits(middle)) low = middle;
        else high = middle;
      }
      size = low;
    }
  }
  style.cssText = placed;
  style.setProperty('--body-size', `${Math.floor(size * 10) / 10}px`);
}
