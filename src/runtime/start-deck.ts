// Starts reveal.js on the compiled slides (loaded by main.ts once the first slide is on screen):
// the page's languages and the fit step made here, once, and handed to every part that needs them.
import Reveal, { type RevealConfig } from 'reveal.js';
import { PAGE_ATTRIBUTES, DECK_ATTRIBUTES, SCROLL_FIRST_CLASS } from '../shared/page-contract.js';
import { createBrowse } from './browse/browse-plugin.js';
import { layOutPage } from './browse/scroll-view.js';
import { viewConfig } from './browse/view-switch.js';
import { startCountUp } from './count-up.js';
import { isPrintView, isSpeakerPreview, markPage, pageAttribute, replayHeldCalls, retireOpeningFaces } from './deck-page.js';
import { createSlideFitter, loadSlideFonts } from './fit-slides.js';
import { toggleKeyList } from './key-list.js';
import { applyLanguages, type Languages } from './language.js';
import { createLiveStatus } from './live/live-status.js';
import type { RevealDeck } from './reveal-deck.js';
import { keepOnlySpeakerMoves, offerSpeakerView } from './speaker/speaker-view.js';

const QUESTION_MARK = 191;
const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
const root = document.querySelector<HTMLElement>('.reveal');
if (!root) throw new Error('reveal.js: the page has no .reveal element');

/** reveal's settings for this page. totalTime drives the speaker view's pacing; reveal reads it
 *  but its types omit it. */
function revealConfig(root: HTMLElement, languages: Languages): RevealConfig & { totalTime?: number } {
  return {
    width: 1280,
    height: 720,
    // No margin round the slide: it keeps a safe area of its own (theme.css).
    margin: 0,
    hash: true,
    // Slide numbers in the speaker's view and in print, as "current / total".
    slideNumber: 'c/t',
    showSlideNumber: 'all',
    progress: true,
    center: false,
    display: 'flex',
    // Reduced motion: no slide transitions and every fragment shown at once.
    transition: still ? 'none' : 'slide',
    fragments: !still,
    totalTime: Number(root.getAttribute(DECK_ATTRIBUTES.totalTime)) || undefined,
    plugins: [createBrowse(languages)],
    // Slide or scroll view, as the reader chose or the screen suits.
    ...viewConfig(),
    // The speaker view's previews show the slide alone: no arrows, number or progress bar over it.
    ...(isSpeakerPreview() ? { controls: false, slideNumber: false, progress: false } : {}),
  };
}

// The print view is laid out after the page has loaded; the exports wait for this mark, which
// unlike the event is still there for a driver that attaches late.
document.addEventListener('pdf-ready', () => {
  // reveal leaves every slide but the first `hidden` and `aria-hidden`, shown on paper all the same:
  // the PDF's tags, its structure for screen readers, are made from what is not hidden.
  for (const slide of document.querySelectorAll('.reveal .pdf-page > section')) {
    slide.removeAttribute('hidden');
    slide.removeAttribute('aria-hidden');
  }
  markPage(PAGE_ATTRIBUTES.printReady);
});

// No top-level await: it would turn the bundler's chunk merging off, and every module the
// speaker view shares with the deck would become a chunk of its own, one more request.
void start(root);

async function start(root: HTMLElement): Promise<void> {
  // The slides in the reader's language, before anything measures them.
  const slides = root.querySelector<HTMLElement>('.slides')!;
  const languages = await applyLanguages(slides);
  // The steps below each a task of its own (nextTask): a frame drawn between them shows the
  // opening slide as the page painted it, or as reveal shows it.
  await nextTask();
  // The Chinese opening slide the page painted first (index.html) has given way to the Chinese
  // slides; where their file could not be loaded, to the English ones. Its faces give way to the
  // deck's before any slide is measured.
  const painted = slides.querySelector(':scope > section[data-opening]');
  await retireOpeningFaces();
  painted?.remove();

  // Each slide's type is fitted before it is shown, in the deck's own fonts, which load first (a deck
  // opening on a later slide has shown no text yet, so none would have been asked for). The slide
  // the deck opens on is fitted before reveal starts, the others once it has (fit-slides.ts); the
  // print view lays every page out at once, so it fits them all first.
  const sections = [...slides.querySelectorAll<HTMLElement>(':scope > section')];
  const fitter = createSlideFitter(sections);
  const first = isPrintView() ? sections : fitter.fittedWith(openingSlide(sections));
  await loadSlideFonts(first);
  fitter.fit(first);
  await nextTask();

  const deck = new Reveal(root, revealConfig(root, languages)) as RevealDeck;
  // reveal tells of a new scale with a `resize` event of its own, which bubbles up to the window,
  // where reveal takes it for the window's and lays the deck out again, nested in the layout that
  // sent it: on a phone a second layout of every page as reveal starts. Its listeners on the
  // deck (`deck.on('resize')`) still hear it.
  root.addEventListener('resize', (event) => event.stopPropagation());
  // Reveal listens for calls from the moment it is ready; those made before, a preview kept.
  const held = replayHeldCalls(() => deck.isReady());
  keepOnlySpeakerMoves(deck);
  // Served by `deck present`: lead or follow (loaded only there; the static deck never goes live).
  const live = pageAttribute(PAGE_ATTRIBUTES.live) !== null && !isPrintView() && !isSpeakerPreview();
  // What the live deck tells the speaker view (the count of followers, the remote's code).
  const liveStatus = live ? createLiveStatus() : undefined;
  void deck.initialize().then(() => {
    held.replay();
    // The page's first layout of a narrow window's first page (index.html, browse.css) gives way to
    // reveal's scroll view, whose classes are on <body> now.
    document.documentElement.classList.remove(SCROLL_FIRST_CLASS, 'reveal-scroll');
    // Each scroll view page is laid out in the same idle steps (scroll-view.ts).
    fitter.fitWhenIdle(sections, (fit) => deck.on('slidechanged', () => fit(deck.getCurrentSlide())), layOutPage);
    // Back from the scroll view (the switch, or a window grown wide), before the slide is drawn.
    let scrolling = deck.isScrollView();
    new MutationObserver(() => {
      if (scrolling && !deck.isScrollView()) fitter.fitAsSlides([...slides.querySelectorAll<HTMLElement>(':scope > section')], deck.getCurrentSlide());
      scrolling = deck.isScrollView();
    }).observe(deck.getViewportElement()!, { attributeFilter: ['class'] });
    offerSpeakerView(deck, languages, liveStatus);
    // `?` lists the deck's own keys, not reveal's stock list.
    deck.addKeyBinding({ keyCode: QUESTION_MARK, key: '?', description: 'List of keys' }, () => toggleKeyList(document, languages.text));
    if (liveStatus) void import('./live/live.js').then(({ startLive }) => startLive(deck, languages.text, liveStatus));
    if (!still) startCountUp(deck);
    // On the dev server, an edit of slides is made here in place; Vite leaves this out of the build.
    if (import.meta.hot) void import('./dev-slide-edits.js').then(({ takeSlideEdits }) => takeSlideEdits({ deck, fitter, languages }));
  });
}

/** The slide the address names (`#/slide-id`, or reveal's `#/3`), else the first. */
function openingSlide(sections: readonly HTMLElement[]): HTMLElement {
  const [name = ''] = decodeURIComponent(location.hash.replace(/^#\/?/, '')).split('/');
  return sections.find((s) => s.id === name) ?? sections[/^\d+$/.test(name) ? Number(name) : 0] ?? sections[0]!;
}

/**
 * Goes on in a task of its own, so that a phone answers a tap in between: the deck's script, the
 * fit of its opening slide and reveal's start-up made one task, blocking for 200 ms at a phone's
 * speed. `scheduler.yield` resumes ahead of other waiting tasks (not of input); where there is
 * none, a timer.
 */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resume) => setTimeout(resume));
}
