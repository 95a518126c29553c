// Values the code and the page share, written once: the theme's colours, as the stylesheet's
// custom properties (a virtual module main.ts imports), and the storage keys the page shell's
// inline script reads (%VIEW_KEY%, %LANG_KEY% and %NOTES_KEY% in index.html).
import type { Plugin } from 'vite';
import { LANG_KEY, NOTES_KEY, VIEW_KEY } from '../runtime/storage-keys.js';
import { colourProperties } from '../theme.js';

const COLOURS_MODULE = 'virtual:deck-colours.css';

export function sharedValues(): Plugin {
  return {
    name: 'deck:shared-values',
    resolveId: (id) => (id === COLOURS_MODULE ? `\0${COLOURS_MODULE}` : undefined),
    load: (id) => (id === `\0${COLOURS_MODULE}` ? colourProperties() : undefined),
    transformIndexHtml: {
      // Before the inline script is hashed for the page's security policy.
      order: 'pre',
      handler: (html) => html.replaceAll('%VIEW_KEY%', VIEW_KEY).replaceAll('%LANG_KEY%', LANG_KEY).replaceAll('%NOTES_KEY%', NOTES_KEY),
    },
  };
}
