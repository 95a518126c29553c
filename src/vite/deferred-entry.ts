// The hosted site's script, loaded once the first slide is painted: Vite's `<script type="module">`
// taken out of the page and its address left on `<html>` for the page's first script (index.html),
// which adds it after that paint. Named in the page, the script would be fetched while the page is
// read, and on a slow network the first slide waited behind it.
import type { Plugin } from 'vite';
import { PAGE_ATTRIBUTES } from '../shared/page-contract.js';
import { setPageAttributes } from '../html/page-attributes.js';

const ENTRY_SCRIPT = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/;

export function deferredEntry(): Plugin {
  return {
    name: 'deck:deferred-entry',
    apply: 'build',
    transformIndexHtml: {
      // After Vite has written the script's built address.
      order: 'post',
      handler(html) {
        const src = ENTRY_SCRIPT.exec(html)?.[1];
        if (!src) throw new Error('deck: the page shell has no module script to defer');
        return setPageAttributes(html.replace(ENTRY_SCRIPT, ''), { [PAGE_ATTRIBUTES.entry]: src });
      },
    },
  };
}
