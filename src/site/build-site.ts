// Build: the compiled deck put into the runtime's shells, as the hosted site (index.html beside
// the runtime's files) and the one-file deck (offline.html). Written into a fresh folder, then
// swapped in: a failed build leaves the old one.
import { createHash } from 'node:crypto';
import { cp, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { replaceFolder } from '../files/atomic-write.js';
import { OUTPUT_MARK, OUTPUT_MARK_TEXT } from '../files/output-folder.js';
import { fallbackFacesCss } from '../fonts/fallback-faces.js';
import { deckFaces, faceRule, inlineSource, pageText, type CutFace } from '../fonts/font-faces.js';
import { renderPage, translationHtml } from '../render/render-page.js';
import { withContentSecurityPolicy } from '../security/content-security-policy.js';
import type { Deck } from '../types.js';
import { buildRuntime } from './build-runtime.js';
import { precompress } from './precompress.js';
import { deckImages } from './deck-images.js';

export async function buildSite(options: { deck: Deck; zh?: Deck; outDir: string }): Promise<void> {
  const { deck, zh } = options;
  const [runtime, faces] = await Promise.all([buildRuntime(), deckFaces(pageText(deck), zh && pageText(zh), zh?.slides[0]?.html)]);
  // The page is painted first in system faces adjusted to the deck's (fallback-faces.ts); the
  // deck's faces come after that paint and swap in. The site's faces are files, the Chinese deck's
  // fetched only when Chinese is shown; the one-file deck must hold everything: its faces are inline.
  const fileOf = (face: CutFace) => `assets/${face.fileName}`;
  const all = [...faces.inline, ...faces.chinese];
  const fallbacks = await fallbackFacesCss(all);
  const siteFonts = { fallbacks, faces: all.map((face) => faceRule(face, fileOf(face), 'swap')).join('') };
  const offlineFonts = { fallbacks, faces: all.map((face) => faceRule(face, inlineSource(face), 'swap')).join('') };
  // Written with the asynchronous calls: Ctrl+C is heard between them, and the half-built folder
  // removed (files/on-interrupt.ts).
  await replaceFolder(resolve(options.outDir), async (staging) => {
    await cp(runtime.siteDir, staging, { recursive: true, filter: (path) => path !== join(runtime.siteDir, 'index.html') });
    for (const face of [...faces.inline, ...faces.chinese]) await writeFile(join(staging, fileOf(face)), face.bytes);
    const images = deckImages(deck, zh);
    // The Chinese slides, a file of the site the page fetches only for Chinese.
    const translation = zh && images.copyInto(staging, translationHtml(zh));
    const src = translation && `assets/deck-zh-${createHash('sha256').update(translation).digest('hex').slice(0, 8)}.html`;
    if (translation && src) {
      await writeFile(join(staging, src), translation);
      await precompress(staging, (path) => path === join(staging, src));
    }
    const site = images.copyInto(staging, renderPage(runtime.shell, deck, siteFonts, zh, src ? { inline: false, src } : undefined));
    // The policy goes in last, so it can allow by hash exactly the scripts the pages ended up with.
    await writeFile(join(staging, 'index.html'), withContentSecurityPolicy(site));
    await writeFile(join(staging, 'offline.html'), withContentSecurityPolicy(images.inline(renderPage(runtime.offlineShell, deck, offlineFonts, zh))));
    // The next build knows the folder as its own, and may replace it.
    await writeFile(join(staging, OUTPUT_MARK), OUTPUT_MARK_TEXT);
  });
}
