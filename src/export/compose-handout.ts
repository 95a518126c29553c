// Puts each slide's page onto its handout page, scaled down but still vector: the slide's PDF
// page becomes a form XObject, so its text stays text and its fonts stay embedded.
import { PDFDocument } from 'pdf-lib';
import { ExportError } from './export-errors.js';
import { SLIDE_BOX } from './handout-html.js';

export async function composeHandout(handoutPdf: Uint8Array, slides: PDFDocument): Promise<PDFDocument> {
  const handout = await PDFDocument.load(handoutPdf, { updateMetadata: false });
  const count = slides.getPageCount();
  const pages = handout.getPages();
  // Each slide has a page, then the figures follow on at least one more.
  if (pages.length <= count) {
    throw new ExportError(`the handout printed ${pages.length} pages for ${count} slides and the figures`);
  }
  const embedded = await handout.embedPdf(slides, [...Array(count).keys()]);
  embedded.forEach((slide, i) => {
    const page = pages[i]!;
    // PDF measures from the bottom left; SLIDE_BOX from the top left.
    page.drawPage(slide, { x: SLIDE_BOX.left, y: page.getHeight() - SLIDE_BOX.top - SLIDE_BOX.height, width: SLIDE_BOX.width, height: SLIDE_BOX.height });
  });
  return handout;
}
