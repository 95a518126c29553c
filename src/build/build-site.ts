// Build: the compiled deck put into the runtime's shells, as the hosted site (index.html beside
// the runtime's files) and the one-file deck (offline.html). Written into a fresh folder, then
// swapped in: a failed build leaves the old one.
import { cp, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { replaceFolder } from '../files/atomic-write.js';
import { OUTPUT_MARK, OUTPUT_MARK_TEXT } from '../files/output-folder.js';
import { fontFacesCss, pageText } from '../fonts/font-faces.js';
import { renderPage } from '../render/render-page.js';
import { withContentSecurityPolicy } from '../security/content-security-policy.js';
import type { Deck } from '../types.js';
import { buildRuntime } from './build-runtime.js';
import { deckImages } from './deck-images.js';

export async function buildSite(options: { deck: Deck; outDir: string }): Promise<void> {
  const { deck } = options;
  const [runtime, fonts] = await Promise.all([buildRuntime(), fontFacesCss(pageText(deck))]);
  // Written with the asynchronous calls: Ctrl+C is heard between them, and the half-built folder
  // removed (files/on-interrupt.ts).
  await replaceFolder(resolve(options.outDir), async (staging) => {
    await cp(runtime.siteDir, staging, { recursive: true, filter: (path) => path !== join(runtime.siteDir, 'index.html') });
    const images = deckImages(deck);
    const site = images.copyInto(staging, renderPage(runtime.shell, deck, fonts));
    // The policy goes in last, so it can allow by hash exactly the scripts the pages ended up with.
    await writeFile(join(staging, 'index.html'), withContentSecurityPolicy(site));
    await writeFile(join(staging, 'offline.html'), withContentSecurityPolicy(images.inline(renderPage(runtime.offlineShell, deck, fonts))));
    // The next build knows the folder as its own, and may replace it.
    await writeFile(join(staging, OUTPUT_MARK), OUTPUT_MARK_TEXT);
  });
}
