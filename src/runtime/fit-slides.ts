// The fit step: each content slide in one of the deck's two body sizes (theme.css), the regular
// one where the slide holds it, else the denser one; never a zoom of its own, so the type and the
// title stay the same from slide to slide.
//
// The slide is laid out at its own 1280 × 720 whatever the window, so the choice holds in slide
// view, in print and in the speaker view's previews alike; the scroll view sets its own sizes.
// Pillars slides in a row are one table cut in two (their pillars count on, 1–2 then 3–4): they
// are fitted together, so the pillars' headings and figures keep one size across the cut. The
// title slide and the closing slide, its bookend, are fitted together too, and the closing slide's
// foot is set at the title slide's: its rule at one height on both.
import { PAGE_ATTRIBUTES, SCROLL_FIRST_CLASS } from '../shared/page-contract.js';
import { markPage } from './deck-page.js';

/** Layouts whose content the fit sizes; the section and closing slides have their own. The
 *  title slide too: a title of three lines (Portuguese and Russian run longer than English) closes
 *  up the room under it and its foot, and the closing slide with it (theme.css). */
const FITTED = ['layout-default', 'layout-pillars', 'layout-title'];

/** A slide laid out on its own at the slide's size, out of sight, whatever reveal has done with it yet. */
const OUT_OF_SIGHT = ';display:flex;position:fixed;left:-20000px;top:0;width:1280px;height:720px;visibility:hidden';

/**
 * Loads the faces the slides are set in, and only those: laid out out of sight, the slides ask
 * the browser for each face their characters need, as showing them would (each face's
 * unicode-range says which characters it holds). The English deck never fetches the Chinese faces.
 */
export async function loadSlideFonts(slides: readonly HTMLElement[]): Promise<void> {
  // A slide on screen already (the opening slide the page painted) asks for its faces as it is
  // laid out where it is: moved out of sight, it would be laid out twice more, there and back
  // (on a phone, 30 ms each for a Chinese page at a laptop's speed).
  const hidden = slides.filter((slide) => !slide.checkVisibility());
  const placed = hidden.map((slide) => slide.style.cssText);
  for (const slide of hidden) slide.style.cssText += OUT_OF_SIGHT;
  // Layout now, not at the next frame: the faces are asked for as the text is shaped.
  void slides[0]?.parentElement?.offsetHeight;
  await document.fonts.ready;
  hidden.forEach((slide, i) => (slide.style.cssText = placed[i]!));
}

/** Fits the deck's slides, each once: its size then holds in every view. */
export interface SlideFitter {
  /** The slides fitted with this one, itself among them: a run of pillars slides, or itself alone. */
  fittedWith(slide: HTMLElement): readonly HTMLElement[];
  /** Fits these slides now, those not fitted yet, each with the slides fitted with it. */
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
  /**
   * Fits the deck's slides anew, as slides: `shown` now, the others when the browser is idle. Call
   * as the slide view comes back from the scroll view, which lays each slide out as a page
   * (browse.css), and on leaving puts back slides of its own, made from the HTML the slides had as
   * it opened (reveal.js's ScrollView.deactivate): new elements, none of them fitted.
   */
  fitAsSlides(deck: readonly HTMLElement[], shown: HTMLElement | undefined): void;
}

/** `deck`: the deck's slides in their order, which tells the runs of pillars slides (the page's
 *  order does not: the scroll view puts each slide in a page of its own). */
export function createSlideFitter(deck: readonly HTMLElement[]): SlideFitter {
  let fitted = new WeakSet<HTMLElement>();
  let runs = new Map<HTMLElement, HTMLElement[]>();
  let ends: HTMLElement[] = [];
  const group = (deck: readonly HTMLElement[]) => {
    runs = new Map();
    let run: HTMLElement[] = [];
    for (const slide of deck) {
      run = slide.classList.contains('layout-pillars') ? [...run, slide] : [];
      for (const member of run) runs.set(member, run);
    }
    // The title slide and its bookend, the closing slide, share one size of display type.
    ends = deck.filter((slide) => slide.classList.contains('layout-title') || slide.classList.contains('layout-closing'));
    if (ends.length > 1) for (const end of ends) runs.set(end, ends);
  };
  group(deck);
  const fittedWith = (slide: HTMLElement) => runs.get(slide) ?? [slide];
  const fit = (slides: Iterable<HTMLElement>) => {
    for (const slide of slides) {
      if (fitted.has(slide)) continue;
      const together = fittedWith(slide);
      // The scroll view lays each slide out as a page (browse.css, reveal's own rules; a phone's
      // first page before reveal too): measured there, a slide would be fitted as that page, and
      // a page's type is its own. Fitted once the slide view comes (fitAsSlides).
      if (document.documentElement.classList.contains(SCROLL_FIRST_CLASS) || together.some((member) => member.closest('.scroll-page'))) continue;
      if (together.some((member) => FITTED.some((layout) => member.classList.contains(layout)))) fitTogether(together);
      if (together === ends) setFeet(ends);
      for (const member of together) fitted.add(member);
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
    fittedWith,
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
    fitAsSlides(deck, shown) {
      group(deck);
      fitted = new WeakSet();
      if (shown) fitInItsFonts(shown);
      const pending = [...deck];
      const step = () => {
        const slide = pending.shift();
        if (slide && !fitted.has(slide)) fitInItsFonts(slide);
        if (pending.length) requestIdleCallback(step, { timeout: 500 });
      };
      if (pending.length) requestIdleCallback(step, { timeout: 500 });
    },
  };
}

/**
 * Sets slides fitted together in the deck's body size, or all in its second, denser one when one
 * of them does not hold the first; a slide that holds neither is named in a warning (the dev
 * server's panel and the exports pass it on): change its layout, split it, or move detail to its
 * notes. Two layouts at most.
 */
function fitTogether(slides: readonly HTMLElement[]): void {
  const placed = slides.map((slide) => slide.style.cssText);
  for (const slide of slides) slide.style.cssText += OUT_OF_SIGHT;
  // theme.css sets the body size by this attribute.
  const setFit = (fit: 'regular' | 'dense') => {
    for (const slide of slides) {
      slide.dataset['fit'] = fit;
      // A heading's lines depend on the body size.
      shareHeadingRows(slide);
    }
  };
  stackFigures(slides.filter((slide) => slide.classList.contains('layout-pillars')));
  setFit('regular');
  for (const slide of slides) slide.removeAttribute('data-spills');
  if (slides.some(spills)) {
    setFit('dense');
    for (const slide of slides.filter(spills)) {
      // Named here, and by the exports, which read the mark in the print view.
      slide.dataset['spills'] = '';
      console.warn(`deck: slide "${slide.id}" does not fit its slide even in the smaller body size: split it, or move detail to its notes`);
    }
  }
  const rows = slides.length > 1 && slides.every((slide) => slide.classList.contains('layout-pillars')) ? matchRows(slides) : new Map<HTMLElement, string>();
  slides.forEach((slide, i) => {
    slide.style.cssText = placed[i]!;
    const row = rows.get(slide);
    slide.style.removeProperty('--pillar-row');
    if (row) slide.style.setProperty('--pillar-row', row);
  });
}

/** How much wider than the next widest a pillar's number is before its run's figures stack. */
const LONG = 1.4;

/**
 * A pillar's figures share a column of numbers, as wide as the widest: a number far wider than
 * the others ("¥3 млрд+" over "1000+") would stand every other number's words across a gulf and
 * squeeze them into three lines, and set over its own words alone it stands off the table. The
 * run's figures then each stand over their words, in every pillar of it alike (theme.css,
 * `data-figures`): one table, cut in two, in one layout.
 */
function stackFigures(run: readonly HTMLElement[]): void {
  for (const slide of run) slide.removeAttribute('data-figures');
  const long = run.some((slide) =>
    [...slide.querySelectorAll<HTMLElement>(':scope > .grid > .cell > .callouts')].some((figures) => {
      // Its text's width: the number's box is as wide as the column.
      const widths = [...figures.querySelectorAll<HTMLElement>(':scope > .callout > .callout-value')].map((value) => {
        const range = document.createRange();
        range.selectNodeContents(value);
        return range.getBoundingClientRect().width;
      });
      const [widest, next] = widths.sort((a, b) => b - a);
      return next !== undefined && widest! > LONG * next;
    }),
  );
  if (long) for (const slide of run) slide.dataset['figures'] = 'stacked';
}

/**
 * A grid's heading (a pillar's, a plain cell's) is given the lines of the fullest heading in its
 * row (theme.css reads `--heading-lines`), so that what follows the headings starts level across
 * the row; no room for a second line where no heading beside it has one.
 */
function shareHeadingRows(slide: HTMLElement): void {
  const cells = [...slide.querySelectorAll<HTMLElement>(':scope > .grid > .cell')];
  for (const cell of cells) cell.style.setProperty('--heading-lines', '1');
  const lines = cells.map((cell) => {
    const heading = cell.querySelector(':scope > h3');
    if (!heading) return 1;
    const range = document.createRange();
    range.selectNodeContents(heading);
    return new Set([...range.getClientRects()].filter((box) => box.width > 1).map((box) => Math.round(box.top))).size || 1;
  });
  // A row: the cells that start at one height.
  const fullest = new Map<number, number>();
  cells.forEach((cell, i) => fullest.set(cell.offsetTop, Math.max(fullest.get(cell.offsetTop) ?? 1, lines[i]!)));
  for (const cell of cells) cell.style.setProperty('--heading-lines', String(fullest.get(cell.offsetTop)));
}

/**
 * Pillars slides in a row are one table cut in two: their rows of pillars are as tall as the
 * tallest among them (theme.css reads `--pillar-row`), so the cards end at one height as the
 * speaker goes on, where each slide holds that.
 */
function matchRows(slides: readonly HTMLElement[]): Map<HTMLElement, string> {
  for (const slide of slides) slide.style.removeProperty('--pillar-row');
  const cells = slides.flatMap((slide) => [...slide.querySelectorAll<HTMLElement>(':scope > .grid > .cell')]);
  const tallest = `${Math.max(0, ...cells.map((cell) => cell.offsetHeight))}px`;
  const rows = new Map<HTMLElement, string>();
  for (const slide of slides) {
    if (slide.dataset['spills'] !== undefined) continue;
    slide.style.setProperty('--pillar-row', tallest);
    if (spills(slide)) slide.style.removeProperty('--pillar-row');
    else rows.set(slide, tallest);
  }
  return rows;
}

/**
 * Sets the closing slides' foot where the title slide's is: theme.css draws the closing slide's
 * foot rule at `--foot-top`, the top of the title slide's foot (its list of roles), in the slide's
 * own pixels. That foot's height is its content's, which differs by language and by fit.
 */
function setFeet(ends: readonly HTMLElement[]): void {
  const title = ends.find((slide) => slide.classList.contains('layout-title'));
  const foot = title?.querySelector(':scope > ul');
  if (!title || !foot) return;
  const placed = title.style.cssText;
  title.style.cssText += OUT_OF_SIGHT;
  const box = title.getBoundingClientRect();
  const top = (foot.getBoundingClientRect().top - box.top) * (title.offsetHeight / box.height || 1);
  title.style.cssText = placed;
  for (const slide of ends) if (slide.classList.contains('layout-closing')) slide.style.setProperty('--foot-top', `${top.toFixed(2)}px`);
}

/** Whether a slide's content runs past its safe area. Past it counts too: a row of cards, stretched
 *  to the slide's foot, grows into its padding without making the slide scroll. */
function spills(slide: HTMLElement): boolean {
  // In the page's pixels: reveal scales the slides to the window, the padding is the slide's own.
  const box = slide.getBoundingClientRect();
  const bottom = box.bottom - parseFloat(getComputedStyle(slide).paddingBottom) * (box.height / slide.offsetHeight || 1);
  return (
    slide.scrollHeight > slide.clientHeight + 0.5 ||
    slide.scrollWidth > slide.clientWidth + 0.5 ||
    [...slide.children].some((child) => child.localName !== 'aside' && child.getBoundingClientRect().bottom > bottom + 0.5)
  );
}
