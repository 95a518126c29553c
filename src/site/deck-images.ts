// The slides' own images in the built pages: copied beside the site's page under a name that
// changes with the content, and put into the one-file deck as data URLs. The files are the ones
// the check passed (load/image-files.ts decides what file an address names, for both).
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { encodePath, IMAGE_TYPES } from '../load/image-files.js';
import type { Deck } from '../types.js';

export interface DeckImages {
  /** Copies the images into `folder`/media and points `html` at the copies. */
  copyInto(folder: string, html: string): string;
  /** Puts the images into `html` itself. */
  inline(html: string): string;
}

/** The images the slides and their notes show, as paths from `cwd`. */
export function deckImages(deck: Deck, translations: readonly Deck[] = [], cwd = process.cwd()): DeckImages {
  const paths = [...new Set([deck, ...translations].flatMap((d) => d.slides).flatMap((s) => s.images))];
  const bytes = new Map(paths.map((path) => [path, readFileSync(resolve(cwd, path))]));
  // A function, not a replacement string: `$` in a file name must stay a `$`.
  const replace = (html: string, to: (path: string, content: Buffer) => string) =>
    paths.reduce((page, path) => page.replaceAll(`<img src="${encodePath(path)}"`, () => `<img src="${to(path, bytes.get(path)!)}"`), html);
  return {
    copyInto(folder, html) {
      return replace(html, (path, content) => {
        const name = `${createHash('sha256').update(content).digest('hex').slice(0, 8)}-${basename(path)}`;
        mkdirSync(join(folder, 'media'), { recursive: true });
        writeFileSync(join(folder, 'media', name), content);
        return `media/${encodePath(name)}`;
      });
    },
    inline(html) {
      return replace(html, (path, content) => `data:${IMAGE_TYPES[extname(path).toLowerCase()]};base64,${content.toString('base64')}`);
    },
  };
}
