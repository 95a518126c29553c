// The offline runtime: the same build, in one HTML file that opens from file:// with no network.
import type { InlineConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { runtimeViteConfig } from './vite-config.js';

export function offlineViteConfig(options: { outDir: string }): InlineConfig {
  const config = runtimeViteConfig(options);
  return {
    ...config,
    // Nothing beside the page: the icon is in it already.
    publicDir: false,
    // singlefile inlines every script and style into the page.
    plugins: [...(config.plugins ?? []), viteSingleFile()],
  };
}
