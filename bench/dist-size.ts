// Sizes of a built deck: everything on disk, and what a visitor downloads compressed.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface DistSize {
  totalKiB: number;
  /** HTML, JS, CSS and fonts of the hosted deck, gzipped: the download of a first visit. */
  shippedGzipKiB: number;
  offlineKiB: number;
  fontsKiB: number;
}

export function measureDist(dir: string): DistSize {
  let total = 0;
  let gzip = 0;
  let fonts = 0;
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'slides') walk(path);
        continue;
      }
      const bytes = readFileSync(path);
      total += bytes.length;
      if (/\.(woff2?|ttf)$/.test(name)) fonts += bytes.length;
      // offline.html is the same deck again in one file; a visitor downloads one or the other.
      if (/\.(html|js|css|woff2)$/.test(name) && name !== 'offline.html') gzip += gzipSync(bytes).length;
    }
  };
  walk(dir);
  const offline = statSync(join(dir, 'offline.html'), { throwIfNoEntry: false })?.size ?? 0;
  return { totalKiB: total / 1024, shippedGzipKiB: gzip / 1024, offlineKiB: offline / 1024, fontsKiB: fonts / 1024 };
}
