// The page's icon from public/, put into the page as a data URL: one request fewer, and none
// again when reveal.js writes the slide into the address (the browser fetches a linked icon anew).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { ROOT } from '../project-root.js';

const PUBLIC_DIR = join(ROOT, 'public');

export function inlineIcon(): Plugin {
  return {
    name: 'deck:inline-icon',
    transformIndexHtml: {
      // Before Vite turns the public file's address into a relative one.
      order: 'pre',
      handler(html) {
        return html.replace(/(<link rel="icon" href=")\/([^"]+)(" type="([^"]+)")/, (_, open: string, file: string, close: string, type: string) => {
          const data = readFileSync(join(PUBLIC_DIR, file)).toString('base64');
          return `${open}data:${type};base64,${data}${close}`;
        });
      },
    },
  };
}
