// `deck png`: every slide as dist/slides/NN-id.png at 1920×1080, from the same print view as the PDF.
import { join } from 'node:path';
import { replaceFolder } from '../files/atomic-write.js';
import type { Deck } from '../types.js';
import type { Printer } from './browser-session.js';
import { exportPath, withDeadline, type Exported, type ExportTarget } from './export-kinds.js';
import { openPrintView } from './print-view.js';

/** The slide is laid out at 1280×720 CSS pixels; 1.5 device pixels each make 1920×1080. */
const SCALE = 1.5;
const SHOT_TIMEOUT_MS = 30_000;

export async function exportPng(printer: Printer, deck: Deck, { outDir }: ExportTarget): Promise<Exported> {
  const page = await (await printer.driver()).browser.newPage({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: SCALE });
  const path = exportPath(outDir, 'png', deck.lang);
  let bytes = 0;
  let unfit: string[] = [];
  try {
    unfit = await openPrintView(page, printer.url, deck.slides, { fullHeight: true, lang: deck.lang });
    const pages = await page.$$('.reveal .pdf-page');
    await replaceFolder(path, async (folder) => {
      for (const [i, slide] of deck.slides.entries()) {
        const file = join(folder, `${String(i + 1).padStart(2, '0')}-${slide.id}.png`);
        const png = await withDeadline(
          pages[i]!.screenshot({ path: file, timeout: 0 }),
          SHOT_TIMEOUT_MS,
          `the browser did not take the picture of slide ${i + 1}`,
        );
        bytes += png.length;
      }
    });
  } finally {
    await page.close();
  }
  return { path, count: deck.slides.length, bytes, unfit };
}
