// The built deck in reveal's print view (?print-pdf), the wait until it is ready to print, and the
// printing: vector pages, text kept as text, fonts embedded.
import type { Page } from 'playwright-core';
import type { Lang, Slide } from '../types.js';
import { LANG_PARAM } from '../runtime/page-names.js';
import { ExportError, withDeadline } from './export-kinds.js';

const READY_TIMEOUT_MS = 30_000;
const PRINT_TIMEOUT_MS = 60_000;

export interface PrintViewOptions {
  /** reveal makes each page 1px shorter so a printer never spills onto a blank page; a
   *  screenshot of the page wants the full height. */
  fullHeight?: boolean;
  /** The deck's language (runtime/language.ts reads it from the address). */
  lang?: Lang;
}

/** reveal reads its config from the query: every fragment shown at once, one page per slide, and
 *  no margin, so a page is the slide's own 1280×720 (16:9). */
export function printViewPath(options: PrintViewOptions = {}): string {
  return `?print-pdf&pdfSeparateFragments=false&pdfMaxPagesPerSlide=1&margin=0${options.fullHeight ? '&pdfPageHeightOffset=0' : ''}&${LANG_PARAM}=${options.lang ?? 'en'}`;
}

/** Loads the print view in `page`; resolves once it is ready to print. */
export async function openPrintView(page: Page, url: string, slides: readonly Slide[], options: PrintViewOptions = {}): Promise<void> {
  await page.goto(url + printViewPath(options), { waitUntil: 'commit' });
  await waitForPrintView(page, slides);
}

/** Waits until reveal has laid out the print view (the page marks it, see runtime/main.ts) and
 *  fonts and images have loaded, then checks it shows these slides in this order. */
export async function waitForPrintView(page: Page, slides: readonly Slide[]): Promise<void> {
  // A script error is the usual reason the deck never gets ready: name it in the message.
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await withDeadline(ready(page), READY_TIMEOUT_MS, 'the deck did not get ready to print: no pdf-ready event from reveal.js, or fonts or images still loading');
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

async function ready(page: Page): Promise<void> {
  // No timeouts of their own: the one deadline above covers the whole wait.
  await page.waitForFunction(() => 'printReady' in document.documentElement.dataset, null, { timeout: 0, polling: 50 });
  await page.evaluate(async () => {
    await document.fonts.ready;
    await Promise.all(Array.from(document.images, (img) => img.decode().catch(() => undefined)));
  });
}

/** The page size comes from the page's own `@page` rule (reveal sets one per slide size). */
export function printPage(page: Page): Promise<Uint8Array> {
  return withDeadline(
    // Tagged: screen readers and reflowing viewers get the reading order and headings.
    page.pdf({ printBackground: true, preferCSSPageSize: true, tagged: true }),
    PRINT_TIMEOUT_MS,
    'the browser did not finish printing the PDF',
  );
}
