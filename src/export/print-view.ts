// Opens the built deck in reveal's print view (?print-pdf) and waits until it is ready to print.
import type { Page } from 'playwright-core';
import type { Slide } from '../types.js';
import { withDeadline } from './deadline.js';
import { ExportError } from './export-errors.js';

const READY_TIMEOUT_MS = 30_000;

/** reveal reads its config from the query: every fragment shown at once, one page per slide, and
 *  no margin, so a page is the slide's own 1280×720 (16:9). */
const PRINT_QUERY = '?print-pdf&pdfSeparateFragments=false&pdfMaxPagesPerSlide=1&margin=0';

export interface PrintViewOptions {
  /** reveal makes each page 1px shorter so a printer never spills onto a blank page; a
   *  screenshot of the page wants the full height. */
  fullHeight?: boolean;
}

/** Loads the print view; resolves once reveal has laid it out and fonts and images have loaded. */
export async function openPrintView(page: Page, url: string, slides: readonly Slide[], options: PrintViewOptions = {}): Promise<void> {
  // Listen before the page's own script runs, or the event could fire before anyone hears it.
  await page.addInitScript(() => {
    document.addEventListener('pdf-ready', () => {
      document.documentElement.dataset['deckPdfReady'] = '';
    });
  });
  // A script error is the usual reason the deck never gets ready: name it in the message.
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const query = PRINT_QUERY + (options.fullHeight ? '&pdfPageHeightOffset=0' : '');
  try {
    await withDeadline(load(page, url + query), READY_TIMEOUT_MS, 'the deck did not get ready to print: no pdf-ready event from reveal.js, or fonts or images still loading');
  } catch (error) {
    if (error instanceof ExportError && errors.length > 0) error.message += `; the page reported: ${errors.join('; ')}`;
    throw error;
  }
  const ids = await page.$$eval('.reveal .pdf-page > section', (sections) => sections.map((s) => s.id));
  const expected = slides.map((s) => s.id);
  if (ids.join('\n') !== expected.join('\n')) {
    throw new ExportError(`the print view has ${ids.length} pages for ${expected.length} slides, or not in their order: if the build is from other sources, rebuild it with deck build`);
  }
}

async function load(page: Page, url: string): Promise<void> {
  // No timeouts of their own: the one deadline above covers the whole wait.
  await page.goto(url, { timeout: 0 });
  await page.waitForFunction(() => 'deckPdfReady' in document.documentElement.dataset, null, { timeout: 0 });
  await page.evaluate(async () => {
    await document.fonts.ready;
    await Promise.all(Array.from(document.images, (img) => img.decode().catch(() => undefined)));
  });
}
