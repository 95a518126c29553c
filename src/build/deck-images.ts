// The slides' own images in the built pages: copied beside the site's page under a name that
// changes with the content, and put into the one-file deck as data URLs.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import type { Deck } from '../types.js';

const TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.svg': 'image/svg+xml',
};

export interface DeckImages {
  /** Copies the images into `folder`/media and points `html` at the copies. */
  copyInto(folder: string, html: string): string;
  /** Puts the images into `html` itself. */
  inline(html: string): string;
}

/** The images the slides and their notes show, by the `src` the compiler wrote: a path from `cwd` (see links-plugin.ts). */
export function deckImages(deck: Deck, cwd = process.cwd()): DeckImages {
  const sources = new Set<string>();
  for (const slide of deck.slides) {
    for (const [, src] of (slide.html + slide.notesHtml).matchAll(/<img src="([^"]+)"/g)) {
      // The checks allow only files of the deck and data: URLs.
      if (!src!.startsWith('data:')) sources.add(src!);
    }
  }
  const file = (src: string) => resolve(cwd, decodeURI(src.replaceAll('&amp;', '&')));
  const replace = (html: string, to: (src: string) => string) => {
    for (const src of sources) html = html.replaceAll(`<img src="${src}"`, `<img src="${to(src)}"`);
    return html;
  };
  return {
    copyInto(folder, html) {
      return replace(html, (src) => {
        const bytes = readFileSync(file(src));
        const name = `${createHash('sha256').update(bytes).digest('hex').slice(0, 8)}-${basename(file(src))}`;
        mkdirSync(join(folder, 'media'), { recursive: true });
        writeFileSync(join(folder, 'media', name), bytes);
        return `media/${encodeURIComponent(name)}`;
      });
    },
    inline(html) {
      return replace(html, (src) => {
        const type = TYPES[extname(file(src)).toLowerCase()] ?? 'application/octet-stream';
        return `data:${type};base64,${readFileSync(file(src)).toString('base64')}`;
      });
    },
  };
}
