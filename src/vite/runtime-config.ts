// The runtime's Vite build: the page shell (index.html) with its scripts, styles and icon, no deck
// in it yet, for the hosted site and for the one-file deck that opens from file://.
import type { InlineConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { ROOT } from '../project-root.js';
import { compileHint } from './compile-hint.js';
import { deferredEntry } from './deferred-entry.js';
import { inlineIcon } from './inline-icon.js';
import { sharedValues } from './shared-values-plugin.js';
import { trimRevealStylesheet } from './trim-reveal-css.js';

/** The hosted site's runtime: scripts by URL, loaded after the first paint; styles and icon in the page. */
export function runtimeViteConfig(options: { outDir: string }): InlineConfig {
  const config = baseViteConfig(options);
  return {
    ...config,
    configFile: false,
    logLevel: 'warn',
    // The styles go into the page: the first slide paints without waiting for a stylesheet.
    plugins: [
      ...(config.plugins ?? []),
      inlineIcon(),
      viteSingleFile({ useRecommendedBuildConfig: false, inlinePattern: ['**/*.css'] }),
      deferredEntry(),
      compileHint('src/runtime/start-deck.ts'),
    ],
  };
}

/** The one-file deck's runtime: the same build, everything inlined, nothing beside the page. */
export function offlineViteConfig(options: { outDir: string }): InlineConfig {
  const config = baseViteConfig(options);
  // Its own build: these settings would inline everything into the hosted site as well.
  return { ...config, configFile: false, logLevel: 'warn', publicDir: false, plugins: [...(config.plugins ?? []), inlineIcon(), viteSingleFile()] };
}

/** What the dev server and both runtime builds share. */
export function baseViteConfig(options: { outDir: string }): InlineConfig {
  return {
    root: ROOT,
    // Relative URLs: the built deck works from any folder, and from a USB stick.
    base: './',
    plugins: [sharedValues(), trimRevealStylesheet()],
    build: {
      outDir: options.outDir,
      emptyOutDir: true,
      reportCompressedSize: false,
      // The later scripts are fetched when asked for (reveal.js once the first slide is painted,
      // the speaker view on S): no preloading, and no preload helper to fetch first.
      modulePreload: false,
      // One stylesheet, inlined into the page: no later chunk asks for a stylesheet of its own,
      // which would not be there once inlined.
      cssCodeSplit: false,
      // Timing advice belongs to the benchmark (npm run bench), not to every build's output.
      rolldownOptions: { checks: { pluginTimings: false } },
    },
  };
}
