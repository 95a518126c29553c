// Build: the compiled deck put into the runtime's shells, as the hosted site (index.html beside
// the runtime's files) and the one-file deck (offline.html). Written into a fresh folder, then
// swapped in: a failed build leaves the old one.
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { replaceFolder } from '../files/atomic-write.js';
import { OUTPUT_MARK, OUTPUT_MARK_TEXT } from '../files/output-folder.js';
import { fallbackFacesCss } from '../fonts/fallback-faces.js';
import { deckFaces, faceRule, inlineSource, type CutFace } from '../fonts/font-faces.js';
import { renderPage, translationHtml } from '../render/render-page.js';
import { withContentSecurityPolicy } from '../security/content-security-policy.js';
import type { Deck } from '../types.js';
import { buildRuntime } from './build-runtime.js';
import { precompress } from './precompress.js';
import { deckImages } from './deck-images.js';

export async function buildSite(options: { deck: Deck; translations: readonly Deck[]; outDir: string }): Promise<void> {
  const { deck, translations } = options;
  const [runtime, faces] = await Promise.all([buildRuntime(), deckFaces(deck, translations)]);
  // The page is painted first in system faces adjusted to the deck's (fallback-faces.ts); the
  // deck's faces come after that paint and swap in. The site's faces are files, the Chinese deck's
  // and Inter's other scripts (Cyrillic) fetched only when text in them is shown; the one-file deck
  // must hold everything: its faces are inline.
  const fileOf = (face: CutFace) => `assets/${face.fileName}`;
  const fallbacks = await fallbackFacesCss(faces.all);
  // A page opening in Chinese is first painted in its opening slide's faces alone, asked for at
  // once (index.html); the one-file deck has every face in itself already.
  const opening = faces.opening.length
    ? { faces: faces.opening.map((face) => faceRule(face, fileOf(face), 'swap')).join(''), files: faces.opening.map(fileOf) }
    : undefined;
  const siteFonts = { fallbacks, faces: faces.all.map((face) => faceRule(face, fileOf(face), 'swap')).join(''), opening };
  const offlineFonts = { fallbacks, faces: faces.all.map((face) => faceRule(face, inlineSource(face), 'swap')).join('') };
  // Written with the asynchronous calls: Ctrl+C is heard between them, and the half-built folder
  // removed (files/on-interrupt.ts).
  await replaceFolder(resolve(options.outDir), async (staging) => {
    await copyRuntime(runtime.siteDir, staging);
    for (const face of new Set([...faces.all, ...faces.opening])) await writeFile(join(staging, fileOf(face)), face.bytes);
    const images = deckImages(deck, translations);
    // Each translation's slides, a file of the site the page fetches only for that language.
    const places = new Map<string, string>();
    for (const translated of translations) {
      const html = images.copyInto(staging, translationHtml(translated));
      const src = `assets/deck-${translated.lang}-${createHash('sha256').update(html).digest('hex').slice(0, 8)}.html`;
      await writeFile(join(staging, src), html);
      places.set(translated.lang, src);
    }
    const sources = new Set([...places.values()].map((src) => join(staging, src)));
    await precompress(staging, (path) => sources.has(path));
    const site = images.copyInto(staging, renderPage(runtime.shell, deck, siteFonts, translations, places));
    // The policy goes in last, so it can allow by hash exactly the scripts the pages ended up with.
    await writeFile(join(staging, 'index.html'), withContentSecurityPolicy(site));
    await writeFile(
      join(staging, 'offline.html'),
      withContentSecurityPolicy(images.inline(renderPage(runtime.offlineShell, deck, offlineFonts, translations))),
    );
    // The next build knows the folder as its own, and may replace it.
    await writeFile(join(staging, OUTPUT_MARK), OUTPUT_MARK_TEXT);
  });
}

/** The runtime's files but its shell, which the deck fills: a plain copy of a folder made by the
 *  build (fs.cp's checks for links and overlaps took longer than the copying). */
async function copyRuntime(siteDir: string, staging: string): Promise<void> {
  for (const entry of await readdir(siteDir, { recursive: true, withFileTypes: true })) {
    const to = join(staging, relative(siteDir, join(entry.parentPath, entry.name)));
    if (!entry.isFile() || to === join(staging, 'index.html')) continue;
    await mkdir(dirname(to), { recursive: true });
    await copyFile(join(entry.parentPath, entry.name), to);
  }
}
