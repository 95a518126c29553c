// What a screen reader hears when the slide changes. reveal reads the whole new slide into its
// live region as one block of text, every time; a listener wants where they are ("Outline, slide 2
// of 14") and then reads the slide itself, which is the page's content. The slide number in the
// corner says the same and is hidden from screen readers, and is no link.
import type { UiText } from '../../shared/ui-text.js';
import { slideHeading } from '../deck-page.js';
import type { BrowseDeck } from './browse-deck.js';

export function announceSlides(deck: BrowseDeck, text: UiText): void {
  const root = deck.getRevealElement()!;
  const status = root.querySelector('.aria-status');
  if (status) {
    // reveal writes the slide's text in an animation frame after the change: that text is
    // replaced as it arrives, so the region changes once as far as a screen reader can tell. A
    // fragment's own announcement (the item just shown) is left as reveal writes it.
    let changed = false;
    deck.on('slidechanged', () => (changed = true));
    new MutationObserver(() => {
      if (!changed) return;
      changed = false;
      status.replaceChildren(...where(deck, text));
    }).observe(status, { childList: true, characterData: true, subtree: true });
    // The first slide's text, written as the deck started.
    if (status.textContent) status.replaceChildren(...where(deck, text));
    else changed = true;
  }
  const number = root.querySelector<HTMLElement>('.slide-number');
  if (number) {
    number.setAttribute('aria-hidden', 'true');
    const unlink = () => {
      const link = number.querySelector('a');
      if (link) link.replaceWith(...link.childNodes);
    };
    new MutationObserver(unlink).observe(number, { childList: true });
    unlink();
  }
}

/** "Title, slide N of M.", the title in its own language. */
function where(deck: BrowseDeck, text: UiText): (string | Node)[] {
  const slide = deck.getCurrentSlide();
  const heading = slideHeading(slide);
  if (!slide || !heading) return [];
  const title = heading.cloneNode(true) as HTMLElement;
  const span = document.createElement('span');
  span.append(...title.childNodes);
  const number = deck.getSlides().indexOf(slide) + 1;
  // The words around the title, in the slides' language: "Title, slide 2 of 14." or "标题，第2张，共14张。"
  const [, after] = text.where('', number, deck.getTotalSlides());
  return [span, after];
}
