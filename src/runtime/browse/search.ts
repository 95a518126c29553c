// Search: words in the slides and their notes, a list of the slides that have them all, and a
// way to each hit.
import type { BrowseDeck } from './browse-deck.js';
import { attachPanel, toolbarButton } from './toolbar-panel.js';
import { goToSlide } from './go-to-slide.js';
import { findInSlide, type Hit } from './find-text.js';
import type { UiText } from '../../shared/ui-text.js';

/** The toolbar button and its panel: a search field and the slides it finds. */
export function createSearch(deck: BrowseDeck, text: UiText): { button: HTMLButtonElement; panel: HTMLElement } {
  const button = toolbarButton(SEARCH_ICON, text.search);

  const panel = document.createElement('div');
  panel.id = 'browse-search';
  panel.className = 'browse-panel';
  panel.setAttribute('role', 'search');
  panel.innerHTML = `<label class="search-label" for="browse-search-field"></label>
<input id="browse-search-field" class="search-field" type="search" autocomplete="off" spellcheck="false">
<p class="search-status" role="status"></p>
<ol class="search-results"></ol>`;
  panel.querySelector('label')!.textContent = text.searchLabel;
  const field = panel.querySelector('input')!;
  const status = panel.querySelector('.search-status')!;
  const results = panel.querySelector('ol')!;
  let hits: Hit[] = [];

  attachPanel(button, panel, () => field.select());

  const show = () => {
    const words = field.value.trim().split(/\s+/).filter(Boolean);
    hits = words.length ? deck.getSlides().flatMap((s) => findInSlide(s, words) ?? []) : [];
    results.replaceChildren(...hits.map((hit, i) => resultItem(hit, i, text)));
    status.textContent = !words.length ? '' : hits.length ? text.found(hits.length) : text.notFound(field.value.trim());
    highlight(hits.flatMap((h) => h.ranges));
  };
  const goToHit = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    panel.hidePopover();
    goToSlide(deck, hit.id, hit.ranges[0]?.startContainer.parentElement ?? undefined);
  };

  field.addEventListener('input', show);
  field.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') goToHit(0);
  });
  results.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-hit]');
    if (!link) return;
    event.preventDefault();
    goToHit(Number(link.dataset['hit']));
  });
  return { button, panel };
}

function resultItem(hit: Hit, index: number, text: UiText): HTMLLIElement {
  const link = document.createElement('a');
  link.href = `#/${hit.id}`;
  link.dataset['hit'] = String(index);
  const title = document.createElement('span');
  title.className = 'search-title';
  title.textContent = hit.title;
  const snippet = document.createElement('span');
  snippet.className = 'search-snippet';
  snippet.append(hit.inNotes ? text.notesMark : '', ...hit.snippet.map((part, i) => (i % 2 ? markText(part) : part)));
  link.append(title, snippet);
  const item = document.createElement('li');
  item.append(link);
  return item;
}

function markText(text: string): HTMLElement {
  const mark = document.createElement('mark');
  mark.textContent = text;
  return mark;
}

/** Paints every hit on the slides themselves, without touching their markup. */
function highlight(ranges: readonly Range[]): void {
  if (!('highlights' in CSS)) return;
  if (ranges.length) CSS.highlights.set('deck-search', new Highlight(...ranges));
  else CSS.highlights.delete('deck-search');
}

const SEARCH_ICON =
  '<svg viewBox="0 0 16 16" aria-hidden="true" focusable="false"><circle cx="6.8" cy="6.8" r="4.6" fill="none" stroke="currentColor" stroke-width="1.8"/><path d="m10.3 10.3 3.7 3.7" stroke="currentColor" stroke-width="1.8" stroke-linecap="round"/></svg>';
