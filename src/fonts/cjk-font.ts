// The CJK font, cut at build time to the characters the deck uses: a few KB instead of megabytes.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import subsetFont from 'subset-font';

export const CJK_FAMILY = 'Noto Sans SC';
const require = createRequire(import.meta.url);
const SOURCE = require.resolve('@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-400-normal.woff2');

let source: Promise<Buffer> | undefined;
const cache = new Map<string, Promise<string>>();

/** An @font-face rule carrying the subset as a data URL, or nothing when the deck has no CJK text. */
export function cjkFontCss(characters: string): Promise<string> {
  if (characters === '') return Promise.resolve('');
  let css = cache.get(characters);
  if (!css) {
    css = (async () => {
      source ??= readFile(SOURCE);
      const subset = await subsetFont(await source, characters, { targetFormat: 'woff2' });
      return `@font-face {
  font-family: '${CJK_FAMILY}';
  font-style: normal;
  font-weight: 400;
  font-display: block;
  src: url(data:font/woff2;base64,${subset.toString('base64')}) format('woff2');
}
`;
    })();
    cache.set(characters, css);
  }
  return css;
}
