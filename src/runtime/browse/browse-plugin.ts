// Browsing without a speaker: the toolbar (outline, search, view and language switches), the scroll view's
// reading layout, and a deck a screen reader can read.
import type { Languages } from '../language.js';
import { isPrintView, isSpeakerPreview } from '../deck-page.js';
import type { RevealDeck } from '../reveal-deck.js';
import { announceSlides } from './announcements.js';
import type { BrowseDeck } from './browse-deck.js';
import { fadeWhenIdle } from './idle-toolbar.js';
import { bindLanguageKey, createLanguageSwitch } from './language-switch.js';
import { createOutlineMenu } from './outline-menu.js';
import { adaptScrollView } from './scroll-view.js';
import { createSearch } from './search.js';
import { createViewSwitch } from './view-switch.js';

/**
 * A reveal.js plugin: reveal starts plugins before its first layout, which may be the scroll
 * view, and hands them its internal API, which scroll-view.ts needs.
 */
export function createBrowse(languages: Languages): { id: string; init(reveal: RevealDeck): void } {
  return {
    id: 'browse',
    init(reveal) {
      const deck = reveal as BrowseDeck;
      adaptScrollView(deck);
      deck.on('ready', () => addControls(deck, languages));
    },
  };
}

function addControls(deck: BrowseDeck, languages: Languages): void {
  const text = languages.text;
  // reveal marks the deck role="application", which stops screen readers from reading it as a
  // page; <main class="reveal"> is the landmark instead.
  deck.getRevealElement()!.removeAttribute('role');
  announceSlides(deck, text);
  // Not on paper: reveal may start the print view only once the page has loaded.
  if (isPrintView() || isSpeakerPreview()) return;

  const outline = createOutlineMenu(deck, text);
  const search = createSearch(deck, text);
  const toolbar = document.createElement('nav');
  toolbar.className = 'browse';
  toolbar.setAttribute('aria-label', text.browse);
  const buttons = document.createElement('div');
  buttons.className = 'browse-bar';
  buttons.append(outline.button, search.button, createViewSwitch(deck, text));
  const language = languages.bilingual ? createLanguageSwitch(languages) : undefined;
  if (language) {
    buttons.append(language.button);
    bindLanguageKey(deck, languages);
  }
  toolbar.append(buttons, outline.panel, search.panel, ...(language ? [language.panel] : []));
  // Space and Enter press a toolbar button; reveal would also take them as "next slide".
  buttons.addEventListener('keydown', (event) => {
    if (event.key === ' ' || event.key === 'Enter') event.stopPropagation();
  });
  document.body.prepend(toolbar);
  // reveal marks the deck on a dark slide; the toolbar's pressed buttons change colour there.
  const onDark = () => toolbar.classList.toggle('on-dark', deck.getRevealElement()!.classList.contains('has-dark-background'));
  deck.on('slidechanged', onDark);
  deck.on('ready', onDark);
  onDark();
  fadeWhenIdle(toolbar);
}
