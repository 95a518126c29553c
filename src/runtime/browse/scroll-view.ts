// Scroll view as a reading page: reveal.js 6's own scroll view, with each slide laid out at
// reading size (browse.css) and its speaker notes under it, as the narrative.
import type { BrowseDeck } from './browse-deck.js';

/** reveal's scroll view controller (`deck.scroll`, internal API): the parts adjusted here. */
interface ScrollController {
  slideTriggers: SlideTrigger[] | undefined;
  syncPages(): void;
  setTriggerRanges(): void;
  syncScrollPosition(): void;
  restoreScrollPosition(): void;
  scrollToSlide(slide: HTMLElement): void;
}

/** A slide's share of the scroll height; `active` while its slide is the one shown. */
interface SlideTrigger {
  range: [number, number];
  active?: boolean;
  page: { slideElement: HTMLElement; contentElement: HTMLElement; active?: boolean; scrollTriggers: { range: [number, number] }[] };
}

/** A range starts half a pixel early: scrollTop rounds to whole pixels, and must land inside. */
const ROUNDING = 0.45;

/** Call before reveal's first layout, so that a deck opening in scroll view is laid out this way. */
export function adaptScrollView(deck: BrowseDeck): void {
  const scroll = deck.scroll as ScrollController;
  const evenRanges = scroll.setTriggerRanges.bind(scroll);
  // reveal gives every slide an equal share of the scroll height, since its pages are each one
  // screen tall. Ours are as tall as their slide and notes, so each slide's share starts where its
  // page does; reveal finds the slide being read, and scrolls to a slide, from these.
  scroll.setTriggerRanges = () => {
    evenRanges();
    arrangePages(deck);
    measureRanges(deck, scroll);
  };
  // reveal makes its triggers anew at each layout, all off, and turns on the one in view: the
  // slide shown before was never turned off, and when the view had moved on meanwhile (a layout
  // as the pages scrolled to are drawn, before reveal has handled the scroll) both stayed shown.
  // The new triggers take over the old ones' state, so the slide left is turned off.
  const syncPages = scroll.syncPages.bind(scroll);
  const drawPages = pagesDrawnInTurn(deck);
  scroll.syncPages = () => {
    const shown = new Set(scroll.slideTriggers?.filter((trigger) => trigger.active).map((trigger) => trigger.page.slideElement));
    syncPages();
    for (const trigger of scroll.slideTriggers ?? []) if (shown.has(trigger.page.slideElement)) trigger.active = trigger.page.active = true;
    drawPages();
  };
  // The URL says which slide to open; reveal would put back this tab's last scroll position.
  scroll.restoreScrollPosition = () => undefined;
  // Every move to a slide in the scroll view comes here (reveal's `slide()`: a #/id link, the
  // outline, search, the live follower). Where a slide's page starts depends on the pages before
  // it: those are laid out first, and every page measured now, not at the last layout (a page
  // drawn since changes the scroll height the ranges are shares of), or the view would scroll to
  // where the page would be if they were all of a typical height.
  const scrollTo = scroll.scrollToSlide.bind(scroll);
  scroll.scrollToSlide = (slide) => {
    if (deck.isScrollView()) {
      layOutPagesTo(deck, slide);
      measureRanges(deck, scroll);
    }
    scrollTo(slide);
  };
  // Opening narrow, reveal switches to the scroll view before it reads the URL, and by then has
  // written the first slide's address over it: go to the slide the reader was sent to.
  const opening = location.hash;
  deck.on('ready', () => {
    if (!opening || location.hash === opening || !deck.isScrollView()) return;
    history.replaceState(history.state, '', opening);
    deck.location.readURL();
  });
  // reveal's scroll view tracks the slide being read but leaves the URL where it was. Written in a
  // task of its own: the browser's history takes a few milliseconds to write, and the first slide
  // is shown inside reveal's start-up, a phone's longest task.
  let writing: ReturnType<typeof setTimeout> | undefined;
  deck.on('slidechanged', () => {
    if (!deck.isScrollView()) return;
    clearTimeout(writing);
    writing = setTimeout(() => deck.isScrollView() && deck.location.writeURL());
  });
  // Pages change height when they are first drawn or fonts arrive: measure where each starts
  // again, and which slide is on screen. In a task of its own, not inside the frame that changed
  // them (on a phone, reveal's first frame draws the page on screen, which made that frame a task
  // too long to answer a tap in); and not a layout of reveal's, which makes every page's triggers
  // and snap points anew and restyles the deck (a window resized has reveal's own).
  let measuring: ReturnType<typeof setTimeout> | undefined;
  new ResizeObserver(() => {
    measuring ??= setTimeout(() => {
      measuring = undefined;
      if (!deck.isScrollView()) return;
      measureRanges(deck, scroll);
      scroll.syncScrollPosition();
    });
  }).observe(deck.getRevealElement()!.querySelector('.slides')!);
}

/**
 * Lays out the scroll view's page of this slide (browse.css draws a page only near the screen
 * until then). The deck does it for every slide when the browser is idle, once the deck is on
 * screen; the pages then behave as any part of the page, off screen too.
 */
export function layOutPage(slide: HTMLElement): void {
  const page = slide.closest<HTMLElement>('.scroll-page');
  if (page) page.dataset['laidOut'] = '';
}

/**
 * Lets the browser draw the pages (browse.css): at once the page of the slide shown, then one more
 * a frame, from the top, each as any page once drawn, laid out when it comes near the screen. The
 * frame after reveal's start-up then draws the page on screen alone, and each later frame at most
 * one more. Call at each sync of the pages: it starts again when the view does.
 */
function pagesDrawnInTurn(deck: BrowseDeck): () => void {
  let drawing = false;
  const undrawn = () => deck.getSlidesElement()!.querySelector<HTMLElement>('.scroll-page:not([data-drawn], [data-laid-out])');
  const drawNext = () => {
    const page = undrawn();
    drawing = page !== null;
    if (!page) return;
    page.dataset['drawn'] = '';
    requestAnimationFrame(drawNext);
  };
  return () => {
    if (drawing || !undrawn()) return;
    drawing = true;
    const shown = (deck.getCurrentSlide() ?? deck.getSlidesElement()!.querySelector('section'))?.closest<HTMLElement>('.scroll-page');
    if (shown) shown.dataset['drawn'] = '';
    // From the frame after next: the next one draws the page shown.
    requestAnimationFrame(() => requestAnimationFrame(drawNext));
  };
}

/** Lays out every page up to this slide's. */
function layOutPagesTo(deck: BrowseDeck, slide: HTMLElement): void {
  const pages = [...deck.getSlidesElement()!.querySelectorAll<HTMLElement>('.scroll-page')];
  const last = pages.findIndex((page) => page.contains(slide));
  for (const page of pages.slice(0, last + 1)) page.dataset['laidOut'] = '';
}

/**
 * Each slide's notes move from inside the slide to under it on its page, read as a note, not as
 * a landmark of their own (reveal puts the slides back as they were when the view ends).
 */
function arrangePages(deck: BrowseDeck): void {
  const slides = deck.getSlidesElement()!;
  for (const page of slides.querySelectorAll('.scroll-page')) {
    const notes = page.querySelector('section > aside.notes');
    if (!notes) continue;
    notes.setAttribute('role', 'note');
    page.append(notes);
  }
}

function measureRanges(deck: BrowseDeck, scroll: ScrollController): void {
  const viewport = deck.getViewportElement()!;
  const scrollable = viewport.scrollHeight - viewport.offsetHeight;
  // No triggers before reveal's first layout of the view.
  const triggers = scroll.slideTriggers;
  if (!triggers || scrollable <= 0) return;
  // The fixed toolbar covers the top of the viewport; a slide counts as reached at its edge.
  const covered = parseFloat(getComputedStyle(viewport).scrollPaddingTop) || 0;
  const origin = viewport.getBoundingClientRect().top - viewport.scrollTop + covered;
  const starts = triggers.map((trigger) => {
    const page = trigger.page.contentElement.closest('.scroll-page') ?? trigger.page.contentElement;
    const top = Math.floor(page.getBoundingClientRect().top - origin);
    return Math.min(1, Math.max(0, (top - ROUNDING) / scrollable));
  });
  triggers.forEach((trigger, i) => {
    const [from, to] = [i === 0 ? 0 : starts[i]!, starts[i + 1] ?? 1];
    trigger.range = [from, to];
    const inner = trigger.page.scrollTriggers;
    inner.forEach((t, j) => (t.range = [from + ((to - from) * j) / inner.length, from + ((to - from) * (j + 1)) / inner.length]));
  });
}
