// On the dev server only: the slides an edit changed put in place of the old ones on the page as
// it stands, fitted again, the reader kept on their slide and fragment or their place in the scroll
// view, the speaker view's notes sent again. The server reloads the page for any other edit
// (vite/slide-edits.ts). Gone from the built deck with import.meta.hot.
import { DEV_SLIDES_EVENT, type EditedSlides } from '../shared/page-contract.js';
import { isPrintView, slideNotes } from './deck-page.js';
import type { SlideFitter } from './fit-slides.js';
import type { Languages } from './language.js';
import type { RevealDeck } from './reveal-deck.js';

type ViteHotContext = NonNullable<ImportMeta['hot']>;

/** The started deck and what start-deck.ts made for it. */
export interface EditableDeck {
  deck: RevealDeck;
  fitter: SlideFitter;
  languages: Languages;
}

let started: EditableDeck | undefined;

/** Listens from the page's first script on: an edit that comes before the deck has started, or
 *  to the print view, which is laid out in pages once, loads the page again. */
export function followSlideEdits(hot: ViteHotContext): void {
  hot.on(DEV_SLIDES_EVENT, (edited: EditedSlides) => {
    // The mistake it showed is gone, as a reload would have shown.
    for (const overlay of document.querySelectorAll('vite-error-overlay')) overlay.remove();
    if (started && !isPrintView()) editSlides(started, edited);
    else location.reload();
  });
}

/** The deck the edits are made to, once reveal.js has started it. */
export function takeSlideEdits(deck: EditableDeck): void {
  started = deck;
}

function editSlides({ deck, fitter, languages }: EditableDeck, edited: EditedSlides): void {
  // Markup from the compiler, which escapes the author's text; parsed inert in a template.
  const fresh = new Map(Object.entries(edited).map(([lang, slides]) => [lang, slides.flatMap(({ html }) => parseSection(html) ?? [])]));
  const onPage = new Map(deck.getSlides().map((s) => [s.id, s]));
  const { h, v, f } = deck.getIndices();
  // In the scroll view, where the reader is: the top of the page being read stays where it is.
  const viewport = deck.getViewportElement()!;
  const reading = deck.getCurrentSlide();
  const readingPage = reading?.closest('.scroll-page') ?? reading;
  const readingTop = readingPage?.getBoundingClientRect().top ?? 0;

  // Each slide keeps its element, and with it what reveal.js and the fit step set on it.
  const changed = (fresh.get(languages.slides) ?? []).flatMap((section) => {
    const slide = onPage.get(section.id);
    if (!slide) return [];
    // The scroll view moves the notes under the slide, onto its page; the new ones go there at its next layout.
    const notes = slideNotes(slide);
    if (notes && !slide.contains(notes)) notes.remove();
    slide.replaceChildren(...document.importNode(section, true).childNodes);
    return [slide];
  });
  languages.takeEdits(fresh);
  // Reduced motion shows every fragment (reveal's fragments turned off).
  if (!deck.getConfig().fragments) for (const slide of changed) slide.querySelectorAll('.fragment').forEach((el) => el.classList.add('visible'));
  fitter.refit(changed);
  // Each slide's fragments numbered again (the outline reads the titles again on this, outline-menu.ts).
  for (const slide of changed) deck.syncSlide(slide);
  if (deck.isScrollView()) {
    deck.layout();
    if (readingPage) viewport.scrollTop += readingPage.getBoundingClientRect().top - readingTop;
  } else {
    // The same slide, its fragments shown as far as they were, those of the slides before it all.
    deck.slide(h, v, f);
  }
  // reveal's notes plugin sends the current slide's notes to the speaker view on this event, among others.
  deck.getRevealElement()!.dispatchEvent(new Event('closeoverlay'));
}

function parseSection(html: string): HTMLElement | undefined {
  const template = document.createElement('template');
  template.innerHTML = html;
  const section = template.content.firstElementChild;
  return section instanceof HTMLElement && section.localName === 'section' ? section : undefined;
}
