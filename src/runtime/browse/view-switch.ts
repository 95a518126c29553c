// Slide view or scroll view: the reader's choice, kept across reloads, and the switch that makes it.
import type { RevealConfig } from 'reveal.js';
import { PARAMS, STORAGE_KEYS } from '../../shared/page-contract.js';
import type { UiText } from '../../shared/ui-text.js';
import { isSpeakerPreview } from '../deck-page.js';
import { readStored, writeStored } from '../stored-choices.js';
import type { BrowseDeck } from './browse-deck.js';

type View = 'slides' | 'scroll';

/** Narrower than this (CSS px), the deck opens as one page to scroll, unless the reader chose. */
const SCROLL_BELOW_WIDTH = 600;

/** reveal.js settings for the view to open in. A `?view=scroll` in the URL still wins: reveal reads its query last. */
export function viewConfig(): RevealConfig {
  const chosen = isSpeakerPreview() ? undefined : storedView();
  return {
    view: chosen === 'scroll' ? 'scroll' : null,
    scrollActivationWidth: chosen ? undefined : SCROLL_BELOW_WIDTH,
    // Pages are as tall as their slide and notes: snapping would jump past text being read.
    scrollSnap: false,
    // The browser's own scroll bar, which readers know how to drag.
    scrollProgress: false,
  };
}

/** Two toggle buttons, Slides and Scroll, showing the view on screen and switching to the other. */
export function createViewSwitch(deck: BrowseDeck, text: UiText): HTMLElement {
  const group = document.createElement('div');
  group.className = 'browse-switch';
  group.setAttribute('role', 'group');
  group.setAttribute('aria-label', text.view);
  const buttons = (['slides', 'scroll'] as const).map((view) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'browse-button';
    button.textContent = view === 'slides' ? text.slides : text.scroll;
    button.title = view === 'slides' ? text.slidesTitle : text.scrollTitle;
    button.addEventListener('click', () => switchTo(deck, view));
    group.append(button);
    return button;
  });

  const viewport = deck.getViewportElement()!;
  const status = deck.getRevealElement()!.querySelector('.aria-status');
  const update = () => {
    const scroll = deck.isScrollView();
    buttons[0]!.setAttribute('aria-pressed', String(!scroll));
    buttons[1]!.setAttribute('aria-pressed', String(scroll));
    // reveal reads each new slide aloud; on a page the reader moves through, that talks over them.
    status?.setAttribute('aria-live', scroll ? 'off' : 'polite');
  };
  // reveal also switches by itself when the window crosses SCROLL_BELOW_WIDTH.
  new MutationObserver(update).observe(viewport, { attributeFilter: ['class'] });
  update();
  return group;
}

function switchTo(deck: BrowseDeck, view: View): void {
  writeStored(STORAGE_KEYS.view, view);
  // The URL's ?view= would override the choice on the next load.
  const url = new URL(location.href);
  if (url.searchParams.has(PARAMS.view)) {
    url.searchParams.delete(PARAMS.view);
    history.replaceState(history.state, '', url);
  }
  // configure() in scroll view loses the current slide (it counts slides where slide view keeps
  // them), so the state is taken first and put back last.
  const state = deck.getState();
  // An explicit choice: reveal no longer switches by window width.
  deck.configure({ view: view === 'scroll' ? 'scroll' : null, scrollActivationWidth: undefined });
  if ((view === 'scroll') !== deck.isScrollView()) deck.toggleScrollView(view === 'scroll');
  // Slide view does not scroll; a page scrolled in scroll view would leave the slides offset.
  if (view === 'slides') deck.getViewportElement()!.scrollTop = 0;
  deck.setState(state);
}

function storedView(): View | undefined {
  const value = readStored(STORAGE_KEYS.view);
  return value === 'slides' || value === 'scroll' ? value : undefined;
}
