// The outline: the talk's parts and their slides, each a link that opens the slide.
import { partsOfTalk } from '../../shared/parts-of-talk.js';
import type { UiText } from '../../shared/ui-text.js';
import { slideTitle } from '../deck-page.js';
import type { BrowseDeck } from './browse-deck.js';
import { goToSlide } from './go-to-slide.js';
import { attachPanel, toolbarButton } from './toolbar-panel.js';

/** A slide as the outline lists it. */
interface Entry {
  id: string;
  title: string;
  layout: string;
}

/** The toolbar button and its panel; the list is read from the slides' titles and layouts. */
export function createOutlineMenu(deck: BrowseDeck, text: UiText): { button: HTMLButtonElement; panel: HTMLElement } {
  const button = toolbarButton(MENU_ICON, text.outline);

  const panel = document.createElement('nav');
  panel.id = 'browse-outline';
  panel.className = 'browse-panel';
  panel.setAttribute('aria-label', text.outline);
  const list = () => outlineList(deck.getSlides().map(entry), text);
  panel.append(list());

  attachPanel(button, panel, () => {
    const current = markCurrent(panel, deck.getCurrentSlide()?.id);
    current?.focus();
  });
  panel.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-slide]');
    if (!link) return;
    event.preventDefault();
    panel.hidePopover();
    goToSlide(deck, link.dataset['slide']!);
  });
  deck.on('slidechanged', () => markCurrent(panel, deck.getCurrentSlide()?.id));
  // A slide changed in place (an edit on the dev server) is synced: its title may have changed.
  // Read once for however many slides are synced in a row.
  let reading = false;
  deck.on('slidesync', () => {
    if (reading) return;
    reading = true;
    queueMicrotask(() => {
      reading = false;
      panel.replaceChildren(list());
      markCurrent(panel, deck.getCurrentSlide()?.id);
    });
  });
  return { button, panel };
}

/** The slide's id, title and layout (the build writes the layout as a class, `layout-section`). */
function entry(section: HTMLElement): Entry {
  const layout = [...section.classList].find((name) => name.startsWith('layout-'))?.slice('layout-'.length) ?? 'default';
  return { id: section.id, title: slideTitle(section, section.id), layout };
}

/** Slides outside any part (title, outline, closing) stand alone; a part nests its slides. The
 *  parts are the build's own (shared/parts-of-talk.ts). */
function outlineList(entries: readonly Entry[], text: UiText): HTMLOListElement {
  const { partOf } = partsOfTalk(entries);
  const list = document.createElement('ol');
  list.className = 'outline';
  let partNumber = 0;
  let partSlides: HTMLOListElement | undefined;
  for (const e of entries) {
    const link = document.createElement('a');
    link.href = `#/${e.id}`;
    link.dataset['slide'] = e.id;
    link.textContent = e.title;
    const item = document.createElement('li');
    const part = partOf.get(e.id);
    if (part?.id === e.id) {
      partNumber += 1;
      const number = document.createElement('span');
      number.className = 'outline-part-number';
      number.textContent = text.part(partNumber, 0)[0].trim();
      link.prepend(number, ' ');
      item.className = 'outline-part';
      partSlides = document.createElement('ol');
      item.append(link, partSlides);
      list.append(item);
    } else if (part && partSlides) {
      item.append(link);
      partSlides.append(item);
    } else {
      partSlides = undefined;
      item.append(link);
      list.append(item);
    }
  }
  return list;
}

/** Marks the link of the slide on screen, and returns it. */
function markCurrent(panel: HTMLElement, id: string | undefined): HTMLAnchorElement | undefined {
  let current: HTMLAnchorElement | undefined;
  for (const link of panel.querySelectorAll<HTMLAnchorElement>('a[data-slide]')) {
    const here = link.dataset['slide'] === id;
    if (here) {
      link.setAttribute('aria-current', 'page');
      current = link;
    } else {
      link.removeAttribute('aria-current');
    }
  }
  return current;
}

const MENU_ICON =
  '<svg viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M2 3.5h12M2 8h12M2 12.5h12" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round"/></svg>';
