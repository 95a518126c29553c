// The one Vite configuration, shared by vite.config.ts (dev server) and the `deck` CLI (build).
import { resolve } from 'node:path';
import type { InlineConfig } from 'vite';
import { deckPlugin } from './deck-plugin.js';

/** The project root: index.html and src/ live here, wherever the sources are. */
export const ROOT = resolve(import.meta.dirname, '../..');

export function deckViteConfig(options: { slidesDir: string; outDir: string }): InlineConfig {
  return {
    root: ROOT,
    // Relative URLs: the built deck works from any folder, and from a USB stick.
    base: './',
    plugins: [deckPlugin({ slidesDir: options.slidesDir })],
    server: { port: 5173 },
    build: {
      outDir: options.outDir,
      emptyOutDir: true,
      reportCompressedSize: false,
      // Timing advice belongs to the benchmark (npm run bench), not to every build's output.
      rolldownOptions: { checks: { pluginTimings: false } },
    },
  };
}
