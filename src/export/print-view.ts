// The built deck in reveal's print view (?print-pdf), the wait until it is ready to print, and the
// printing: vector pages, text kept as text, fonts embedded.
import type { Page } from 'playwright-core';
import type { LangCode } from '../shared/languages.js';
import { PARAMS } from '../shared/page-contract.js';
import type { Slide } from '../types.js';
import { ExportError, withDeadline } from './export-kinds.js';

const READY_TIMEOUT_MS = 30_000;
const PRINT_TIMEOUT_MS = 60_000;

export interface PrintViewOptions {
  /** reveal makes each page 1px shorter so a printer never spills onto a blank page; a
   *  screenshot of the page wants the full height. */
  fullHeight?: boolean;
  /** The deck's language (runtime/language.ts reads it from the address). */
  lang?: LangCode;
  /** Laid out for the PowerPoint file (PARAMS.office). */
  office?: boolean;
}

/** reveal reads its config from the query: every fragment shown at once, one page per slide, and
 *  no margin, so a page is the slide's own 1280×720 (16:9). */
export function printViewPath(options: PrintViewOptions = {}): string {
  return `?print-pdf&pdfSeparateFragments=false&pdfMaxPagesPerSlide=1&margin=0${options.fullHeight ? '&pdfPageHeightOffset=0' : ''}&${PARAMS.lang}=${options.lang ?? 'en'}${options.office ? `&${PARAMS.office}` : ''}`;
}

/** The tab holding the print view: what printing the slides needs of it, over the browser's own
 *  pipe (devtools-pipe.ts) or through the driver's page (`pageTab`). */
export interface PrintTab {
  /** Evaluates an expression in the page (awaiting a promise) and returns its JSON value. */
  evaluate<T>(expression: string): Promise<T>;
  /** Vector pages, text kept as text, fonts embedded; tagged, so screen readers and reflowing
   *  viewers get the reading order and headings. The page size comes from the page's own `@page`
   *  rule (reveal sets one per slide size). */
  printToPdf(): Promise<Uint8Array>;
  /** The page's uncaught errors so far, to name when it never gets ready. */
  errors: readonly string[];
}

/** A driver's page as a PrintTab. */
export function pageTab(page: Page): PrintTab {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return {
    errors,
    evaluate: (expression) => page.evaluate(expression),
    printToPdf: () => page.pdf({ printBackground: true, preferCSSPageSize: true, tagged: true }),
  };
}

/** Loads the print view in `page`; resolves once it is ready to print, with the slides too full for it. */
export async function openPrintView(page: Page, url: string, slides: readonly Slide[], options: PrintViewOptions = {}): Promise<string[]> {
  const tab = pageTab(page);
  await page.goto(url + printViewPath(options), { waitUntil: 'commit' });
  return waitForPrintView(tab, slides);
}

/** In the page: once reveal has laid out the print view (the page marks it, see
 *  runtime/start-deck.ts) and fonts and images have loaded, the ids of its pages; null while the
 *  tab still shows another page (the browser opened it on the print view's address, but may not
 *  have got there yet). */
const READY = `(async () => {
  if (!/[?&]print-pdf/.test(location.search)) return null;
  await new Promise((done) => { const check = () => document.documentElement && 'printReady' in document.documentElement.dataset ? done() : setTimeout(check, 20); check(); });
  await document.fonts.ready;
  await Promise.all(Array.from(document.images, (img) => img.decode().catch(() => undefined)));
  const sections = Array.from(document.querySelectorAll('.reveal .pdf-page > section'));
  return { ids: sections.map((s) => s.id), unfit: sections.filter((s) => s.hasAttribute('data-spills')).map((s) => s.id) };
})()`;

/**
 * Waits until the print view is ready to print, then checks it shows these slides in this order;
 * returns the ids of the slides the fit step found too full for the slide (runtime/fit-slides.ts).
 */
export async function waitForPrintView(tab: PrintTab, slides: readonly Slide[]): Promise<string[]> {
  const ready = async () => {
    for (;;) {
      const pages = await tab.evaluate<{ ids: string[]; unfit: string[] } | null>(READY);
      if (pages) return pages;
      await new Promise((done) => setTimeout(done, 20));
    }
  };
  let ids: string[];
  let unfit: string[];
  try {
    ({ ids, unfit } = await withDeadline(
      ready(),
      READY_TIMEOUT_MS,
      'the deck did not get ready to print: no pdf-ready event from reveal.js, or fonts or images still loading',
    ));
  } catch (error) {
    // A script error is the usual reason the deck never gets ready: name it in the message.
    if (error instanceof ExportError && tab.errors.length > 0) error.message += `; the page reported: ${tab.errors.join('; ')}`;
    throw error;
  }
  const expected = slides.map((s) => s.id);
  if (ids.join('\n') !== expected.join('\n')) {
    throw new ExportError(
      `the print view has ${ids.length} pages for ${expected.length} slides, or not in their order: if the build is from other sources, rebuild it with deck build`,
    );
  }
  return unfit;
}

export function printPage(tab: PrintTab): Promise<Uint8Array> {
  return withDeadline(tab.printToPdf(), PRINT_TIMEOUT_MS, 'the browser did not finish printing the PDF');
}
