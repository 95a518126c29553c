// The Vite settings: the dev server of `npm start` (vite.config.ts), and the build of the
// runtime, the page shell with its scripts and styles that every deck shares.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { InlineConfig } from 'vite';
import { TEMPORARY_PREFIX } from '../files/atomic-write.js';
import { OUTPUT_MARK } from '../files/output-folder.js';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { ROOT } from '../project-root.js';
import { deckPlugin } from './deck-plugin.js';
import { inlineIcon } from './inline-icon.js';

/** The runtime build: index.html with its scripts, styles and icon, and no deck in it yet. */
export function runtimeViteConfig(options: { outDir: string }): InlineConfig {
  return {
    ...sharedConfig(options),
    configFile: false,
    logLevel: 'warn',
    // The styles go into the page: the first slide paints without waiting for a stylesheet.
    plugins: [inlineIcon(), viteSingleFile({ useRecommendedBuildConfig: false, inlinePattern: ['**/*.css'] })],
  };
}

/** The dev server: the runtime from source, with the deck put into the page on every load. */
export function deckViteConfig(options: { slidesDir: string; outDir: string }): InlineConfig {
  return {
    ...sharedConfig(options),
    plugins: [deckPlugin({ slidesDir: options.slidesDir })],
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

function sharedConfig(options: { outDir: string }): InlineConfig {
  return {
    root: ROOT,
    // Relative URLs: the built deck works from any folder, and from a USB stick.
    base: './',
    build: {
      outDir: options.outDir,
      emptyOutDir: true,
      reportCompressedSize: false,
      // Timing advice belongs to the benchmark (npm run bench), not to every build's output.
      rolldownOptions: { checks: { pluginTimings: false } },
    },
  };
}
