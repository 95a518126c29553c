// The slides as Chromium prints reveal's print view: one 1280×720 page per slide.
import { PDFDocument } from 'pdf-lib';
import type { Deck } from '../types.js';
import { ExportError } from './export-errors.js';
import type { ExportSession } from './export-session.js';
import { printPage } from './print-page.js';
import { waitForPrintView } from './print-view.js';

export async function printSlides(session: ExportSession, deck: Deck): Promise<PDFDocument> {
  // The browser opened the print view at start (see export-deck.ts).
  await waitForPrintView(session.startPage, deck.slides);
  const bytes = await printPage(session.startPage);
  // Chromium's own metadata (its user agent as Creator) is replaced by the caller, not kept.
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  if (doc.getPageCount() !== deck.slides.length) {
    throw new ExportError(`the PDF has ${doc.getPageCount()} pages for ${deck.slides.length} slides: a slide's content spills past its page`);
  }
  return doc;
}
