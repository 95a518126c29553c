// The slides' language: two toggle buttons, EN and 中文, each named in its own language, and the
// key L. Switching loads the page again in the other language, on the same slide.
import { LANG_CODES, LANG_TAGS } from '../../shared/languages.js';
import { LANGUAGE_NAMES, UI_TEXT } from '../../shared/ui-text.js';
import type { Languages } from '../language.js';
import type { BrowseDeck } from './browse-deck.js';

const L = 76;

export function createLanguageSwitch(languages: Languages): HTMLElement {
  const group = document.createElement('div');
  group.className = 'browse-switch browse-language';
  group.setAttribute('role', 'group');
  group.setAttribute('aria-label', languages.text.language);
  for (const lang of LANG_CODES) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'browse-button';
    button.lang = LANG_TAGS[lang];
    button.textContent = LANGUAGE_NAMES[lang];
    button.title = UI_TEXT[lang].showIn;
    const shown = lang === languages.slides;
    button.setAttribute('aria-pressed', String(shown));
    if (!shown) button.addEventListener('click', () => languages.switchSlides(lang));
    group.append(button);
  }
  return group;
}

/** L switches to the other language, in slide and scroll view alike. */
export function bindLanguageKey(deck: BrowseDeck, languages: Languages): void {
  deck.addKeyBinding({ keyCode: L, key: 'L', description: languages.text.switchKey }, () => {
    languages.switchSlides(LANG_CODES.find((lang) => lang !== languages.slides) ?? languages.slides);
  });
}
