// The offline runtime: the same build, in one HTML file that opens from file:// with no network.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { InlineConfig, Plugin } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { ROOT } from '../project-root.js';
import { runtimeViteConfig } from './vite-config.js';

const PUBLIC_DIR = join(ROOT, 'public');

export function offlineViteConfig(options: { outDir: string }): InlineConfig {
  return {
    ...runtimeViteConfig(options),
    // Files in public/ would be copied beside the page, not into it: the icon is inlined instead.
    publicDir: false,
    // singlefile inlines every script and style into the page.
    plugins: [inlineIcon(), viteSingleFile()],
  };
}

/** Puts the page's icon from public/ into the page as a data URL. */
function inlineIcon(): Plugin {
  return {
    name: 'deck:inline-icon',
    transformIndexHtml(html) {
      return html.replace(/(<link rel="icon" href=")\/([^"]+)(" type="([^"]+)")/, (_, open: string, file: string, close: string, type: string) => {
        const data = readFileSync(join(PUBLIC_DIR, file)).toString('base64');
        return `${open}data:${type};base64,${data}${close}`;
      });
    },
  };
}
