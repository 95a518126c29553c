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

/** The size is found to within this: one fits, this much more does not. Sizes are kept to a tenth. */
const PRECISION = 0.2;
/** A slide's text grows faster than its type: lines get taller and, wrapping sooner, more
 *  numerous. Between linear and square: the first guess takes the middle, later ones measure it. */
const GROWTH = { first: 1.5, min: 0.8, max: 3 };

/** How a slide lays out at one size: whether it fits, and the height its content asks for over the
 *  height it has (under 1 with room to spare), or NaN where its width overflows. */
interface Trial {
  size: number;
  fits: boolean;
  need: number;
}

/**
 * The largest body size the slide holds, to within PRECISION, in few layouts: each costs several
 * milliseconds a slide, and the print view fits every slide before it prints. Each guess is where
 * the slide's measured need, between the largest size known to fit and the smallest known not to,
 * reaches its room (on a log scale, as text grows by a power of its size); a guess close to either
 * end goes PRECISION from it, so that it settles the answer or moves that end by as much.
 */
function fitSlide(slide: HTMLElement): void {
  const style = slide.style;
  const placed = style.cssText;
  style.cssText += OUT_OF_SIGHT;
  // The need, overflowing, is the slide's scroll height; fitting, its content's extent, scaled by
  // how the two compared when it last overflowed (they differ by a percent or two).
  let scale = 1;
  const trial = (size: number): Trial => {
    style.setProperty('--body-size', `${size}px`);
    const wide = slide.scrollWidth > slide.clientWidth + 0.5;
    const fits = !wide && slide.scrollHeight <= slide.clientHeight + 0.5;
    const extent = contentHeight(slide) / slide.clientHeight;
    if (!wide && !fits) scale = slide.scrollHeight / slide.clientHeight / extent;
    const need = wide ? NaN : fits ? Math.min(extent * scale, 0.999) : slide.scrollHeight / slide.clientHeight;
    return { size, fits, need };
  };
  const smallest = BODY.min / SMALLEST_RATIO;
  let over = trial(BODY.max);
  let fitting: Trial | undefined;
  let [sameSide, lastFitted] = [0, false];
  let previous: Trial | undefined;
  for (let tries = 0; !over.fits && over.size - (fitting?.size ?? smallest) > PRECISION + 1e-9 && tries < 12; tries++) {
    const low = fitting?.size ?? smallest;
    let next = (low + over.size) / 2;
    // Guesses that keep landing on one side (text grows in steps, line by line) halve instead.
    if (sameSide >= 2) sameSide = 0;
    else if (fitting && Number.isFinite(fitting.need) && Number.isFinite(over.need) && over.need > fitting.need) {
      const [x0, y0, x1, y1] = [Math.log(fitting.size), Math.log(fitting.need), Math.log(over.size), Math.log(over.need)];
      next = Math.exp(x0 - (y0 * (x1 - x0)) / (y1 - y0));
    } else if (!fitting && Number.isFinite(over.need)) {
      // From overflows alone: the power the need grew by between the last two, or a first guess.
      const growth = previous && Number.isFinite(previous.need) ? Math.log(previous.need / over.need) / Math.log(previous.size / over.size) : GROWTH.first;
      next = over.size * over.need ** (-1 / Math.min(Math.max(growth, GROWTH.min), GROWTH.max));
    }
    if (!(next > low && next < over.size)) next = (low + over.size) / 2;
    next = Math.max(Math.min(next, over.size - PRECISION), low + PRECISION);
    const result = trial(next);
    sameSide = result.fits === lastFitted ? sameSide + 1 : 1;
    lastFitted = result.fits;
    if (result.fits) fitting = result;
    else [previous, over] = [over, result];
  }
  const size = over.fits ? over.size : (fitting?.size ?? smallest);
  if (!over.fits && !fitting && !trial(smallest).fits) {
    console.warn(`deck: slide "${slide.id}" does not fit its slide even at the smallest type: shorten it, or split it`);
  }
  style.cssText = placed;
  style.setProperty('--body-size', `${Math.floor(size * 10) / 10}px`);
}

/** The height a slide's content takes, fitting or not: its padding and its children from the top of
 *  the first to the bottom of the last (centred content leaves room above and below it). */
function contentHeight(slide: HTMLElement): number {
  const shown = [...slide.children].filter((child) => child.getClientRects().length > 0);
  if (!shown.length) return 0;
  const top = Math.min(...shown.map((child) => child.getBoundingClientRect().top));
  const bottom = Math.max(...shown.map((child) => child.getBoundingClientRect().bottom));
  const { paddingTop, paddingBottom } = getComputedStyle(slide);
  return bottom - top + parseFloat(paddingTop) + parseFloat(paddingBottom);
}
