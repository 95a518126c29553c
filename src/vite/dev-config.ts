// The dev server of `npm start` (vite.config.ts): the runtime from source, with the deck put into
// the page on every load by the deck plugin.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { InlineConfig } from 'vite';
import { TEMPORARY_PREFIX } from '../files/atomic-write.js';
import { OUTPUT_MARK } from '../files/output-folder.js';
import { ROOT } from '../project-root.js';
import { deckPlugin } from './deck-plugin.js';
import { baseViteConfig } from './runtime-config.js';

export function deckViteConfig(options: { slidesDir: string; outDir: string }): InlineConfig {
  const config = baseViteConfig(options);
  return {
    ...config,
    plugins: [...(config.plugins ?? []), deckPlugin({ slidesDir: options.slidesDir })],
    // A build or an export run beside the dev server writes pages Vite would reload the deck for.
    server: { port: 5173, watch: { ignored: [`**/${TEMPORARY_PREFIX}*`, `**/${TEMPORARY_PREFIX}*/**`, isInBuiltFolder] } },
  };
}

/** Folders seen to be builds: while the next build swaps one, it has no mark for a moment. */
const builtFolders = new Set<string>();

/** Whether `path` is in a folder a build made (it carries the build's mark), up to the project. */
function isInBuiltFolder(path: string): boolean {
  for (let dir = dirname(path); dir.startsWith(ROOT) && dir !== ROOT; dir = dirname(dir)) {
    if (builtFolders.has(dir)) return true;
    if (existsSync(join(dir, OUTPUT_MARK))) {
      builtFolders.add(dir);
      return true;
    }
  }
  return false;
}
