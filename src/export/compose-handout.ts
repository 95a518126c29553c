// Puts each slide's page onto its handout page, scaled down but still vector: the slide's PDF
// page becomes a form XObject, so its text stays text and its fonts stay embedded.
import { PDFDocument } from 'pdf-lib';
import { ExportError } from './export-errors.js';
import type { SlideFrame } from './handout-html.js';

/** `frames` has, for each slide, where it goes (undefined: a part's band stands in for it). */
export async function composeHandout(handoutPdf: Uint8Array, slides: PDFDocument, frames: readonly (SlideFrame | undefined)[], expectedPages: number): Promise<PDFDocument> {
  const handout = await PDFDocument.load(handoutPdf, { updateMetadata: false });
  const pages = handout.getPages();
  if (pages.length < expectedPages || slides.getPageCount() !== frames.length) {
    throw new ExportError(`the handout printed ${pages.length} pages where its layout has ${expectedPages}, for ${slides.getPageCount()} slides`);
  }
  const placed = frames.flatMap((frame, i) => (frame ? [{ frame, i }] : []));
  const embedded = await handout.embedPdf(slides, placed.map((p) => p.i));
  embedded.forEach((slide, k) => {
    const { frame } = placed[k]!;
    const page = pages[frame.page]!;
    // PDF measures from the bottom left; the frames from the top left.
    page.drawPage(slide, { x: frame.left, y: page.getHeight() - frame.top - frame.height, width: frame.width, height: frame.height });
  });
  return handout;
}
