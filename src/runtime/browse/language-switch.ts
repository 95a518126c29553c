// The slides' language: a menu of the deck's languages, each named in itself (English, 中文,
// Português, Русский), and the key L, which goes to the next one. Choosing loads the page again
// in that language, on the same slide. The list is a popover, drawn only once opened: a page
// fetches no face for the names of languages it does not show.
import type { Languages } from '../language.js';
import type { BrowseDeck } from './browse-deck.js';
import { attachPanel, toolbarButton } from './toolbar-panel.js';

const L = 76;
const GLOBE_ICON =
  '<svg viewBox="0 0 16 16" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="1.4"><circle cx="8" cy="8" r="6.3"/><path d="M1.7 8h12.6M8 1.7c2 2.2 2 10.4 0 12.6M8 1.7c-2 2.2-2 10.4 0 12.6"/></svg>';

export function createLanguageSwitch(languages: Languages): { button: HTMLButtonElement; panel: HTMLElement } {
  const current = languages.all.find((l) => l.code === languages.slides);
  const button = toolbarButton(GLOBE_ICON, current?.name ?? languages.slides);
  button.classList.add('browse-language');
  button.setAttribute('aria-label', `${languages.text.language}: ${current?.name ?? languages.slides}`);
  button.querySelector('span')!.lang = languages.tagOf(languages.slides);

  const panel = document.createElement('nav');
  panel.id = 'browse-languages';
  panel.className = 'browse-panel';
  panel.setAttribute('aria-label', languages.text.language);
  const list = document.createElement('ul');
  for (const language of languages.all) {
    const link = document.createElement('a');
    const address = new URL(location.href);
    address.searchParams.set('lang', language.code);
    link.href = address.href;
    link.lang = language.tag;
    link.hreflang = language.tag;
    link.dataset['lang'] = language.code;
    link.textContent = language.name;
    if (language.code === languages.slides) link.setAttribute('aria-current', 'true');
    const item = document.createElement('li');
    item.append(link);
    list.append(item);
  }
  panel.append(list);
  attachPanel(button, panel, () => panel.querySelector<HTMLElement>('[aria-current]')?.focus());
  panel.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-lang]');
    if (!link) return;
    event.preventDefault();
    languages.switchSlides(link.dataset['lang']!);
  });
  return { button, panel };
}

/** L goes to the next language, in slide and scroll view alike. */
export function bindLanguageKey(deck: BrowseDeck, languages: Languages): void {
  deck.addKeyBinding({ keyCode: L, key: 'L', description: languages.text.switchKey }, () => {
    const codes = languages.all.map((l) => l.code);
    languages.switchSlides(codes[(codes.indexOf(languages.slides) + 1) % codes.length] ?? languages.slides);
  });
}
