// Values the code and the page share, written once: the theme's colours and sizes, as the stylesheet's
// custom properties (a virtual module main.ts imports), and, in the page shell's first script
// (index.html), the runtime's own choice of language and view and the attribute it reads.
import type { Plugin } from 'vite';
import { OPENING_NAMES, openingChoice } from '../shared/languages.js';
import {
  FACES_ID,
  HELD_CALLS,
  OPENING_FACES_ID,
  OPENING_ID,
  OPENS_ELSEWHERE_CLASS,
  OPENS_ZH_CLASS,
  PAGE_ATTRIBUTES,
  PARAMS,
  SCROLL_FIRST_CLASS,
  TRANSLATION_ID,
} from '../shared/page-contract.js';
import { themeProperties } from '../theme.js';

const THEME_MODULE = 'virtual:deck-theme.css';

/** The page's first script asks what the runtime will (shared/languages.ts), before anything is
 *  painted, among the languages it has read from the page (`codes`). */
const OPENING_CHOICE = `(${openingChoice.toString()})(location.search, function (key) { try { return localStorage.getItem(key); } catch (e) { return null; } }, navigator.language, codes, ${JSON.stringify(OPENING_NAMES)})`;

/** Each `%NAME%` of the page shell and what it stands for, wherever it is written. */
const PLACEHOLDERS: Readonly<Record<string, string>> = {
  OPENING_CHOICE,
  TRANSLATED_ATTRIBUTE: PAGE_ATTRIBUTES.translated,
  ENTRY_ATTRIBUTE: PAGE_ATTRIBUTES.entry,
  FACES_ID,
  OPENING_FACES_ID,
  TRANSLATION_ID,
  OPENING_ID,
  PRINT_PARAM: PARAMS.print,
  PREVIEW_PARAM: PARAMS.speakerPreview,
  HELD_CALLS,
  SCROLL_FIRST_CLASS,
  OPENS_ELSEWHERE_CLASS,
  OPENS_ZH_CLASS,
};

/** `html` with every placeholder filled; one this table does not know is a mistake in the shell. */
export function fillPlaceholders(html: string): string {
  return html.replace(/%([A-Z_]+)%/g, (_all, name: string) => {
    const value = PLACEHOLDERS[name];
    if (value === undefined) throw new Error(`index.html: %${name}% is no value the page and the code share (src/vite/shared-values-plugin.ts lists them)`);
    return value;
  });
}

export function sharedValues(): Plugin {
  return {
    name: 'deck:shared-values',
    resolveId: (id) => (id === THEME_MODULE ? `\0${THEME_MODULE}` : undefined),
    load: (id) => (id === `\0${THEME_MODULE}` ? themeProperties() : undefined),
    transformIndexHtml: {
      // Before the inline script is hashed for the page's security policy.
      order: 'pre',
      handler: fillPlaceholders,
    },
  };
}
