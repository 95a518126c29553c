// The one Vite configuration, shared by vite.config.ts (dev server) and the `deck` CLI (build).
import type { InlineConfig } from 'vite';
import { ROOT } from '../project-root.js';
import { deckPlugin } from './deck-plugin.js';

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
