// The slides as Chromium prints reveal's print view: one 1280×720 page per slide.
import { PDFDocument } from 'pdf-lib';
import type { Deck } from '../types.js';
import { ExportError } from './export-errors.js';
import type { ExportSession } from './export-session.js';
import { printPage } from './print-page.js';
import { openPrintView } from './print-view.js';

export async function printSlides(session: ExportSession, deck: Deck): Promise<PDFDocument> {
  // The viewport is the slide's size: reveal lays the print view out for the window it has.
  const page = await session.browser.newPage({ viewport: { width: 1280, height: 720 } });
  let bytes: Uint8Array;
  try {
    await openPrintView(page, session.url, deck.slides);
    bytes = await printPage(page);
  } finally {
    await page.close();
  }
  // Chromium's own metadata (its user agent as Creator) is replaced by the caller, not kept.
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  if (doc.getPageCount() !== deck.slides.length) {
    throw new ExportError(`the PDF has ${doc.getPageCount()} pages for ${deck.slides.length} slides: a slide's content spills past its page`);
  }
  return doc;
}
