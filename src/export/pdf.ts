// `deck pdf`: the slides as a 16:9 PDF, one page per slide as Chromium prints reveal's print view,
// with the document's metadata and bookmarks for each part of the talk, in dist/deck.pdf.
import { PDFDocument, PDFHexString, PDFName, type PDFDict, type PDFRef } from 'pdf-lib';
import { writeFileAtomic } from '../files/atomic-write.js';
import type { Deck, Slide } from '../types.js';
import type { Printer } from './browser-session.js';
import { ExportError, exportPath, type Exported, type ExportTarget } from './export-kinds.js';
import { printPage, waitForPrintView } from './print-view.js';

export async function exportPdf(printer: Printer, deck: Deck, { outDir }: ExportTarget): Promise<Exported> {
  const { doc, unfit } = await printSlides(printer, deck);
  printer.release();
  const { settings } = deck;
  setPdfMetadata(doc, { title: settings.title, author: settings.author, subject: settings.event, lang: settings.lang });
  addOutline(doc, deckBookmarks(deck.slides));
  const bytes = await doc.save();
  const path = exportPath(outDir, 'pdf', deck.lang);
  writeFileAtomic(path, bytes);
  return { path, count: doc.getPageCount(), bytes: bytes.length, unfit };
}

/** The slides as Chromium prints reveal's print view: one 1280×720 page per slide. */
export async function printSlides(printer: Printer, deck: Deck): Promise<{ doc: PDFDocument; unfit: string[] }> {
  // The browser opened the print view as it started (run-export.ts).
  const unfit = await waitForPrintView(printer.tab, deck.slides);
  const bytes = await printPage(printer.tab);
  // Chromium's own metadata (its user agent as Creator) is replaced by the caller, not kept.
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  if (doc.getPageCount() !== deck.slides.length) {
    throw new ExportError(`the PDF has ${doc.getPageCount()} pages for ${deck.slides.length} slides: a slide's content spills past its page`);
  }
  return { doc, unfit };
}

export interface PdfMetadata {
  title: string;
  author: string;
  subject: string;
  /** BCP 47, as in deck.yaml's `lang`: screen readers pick their voice from it. */
  lang: string;
}

export function setPdfMetadata(doc: PDFDocument, metadata: PdfMetadata): void {
  // Viewers then show the title, not the file name, in their window.
  doc.setTitle(metadata.title, { showInWindowTitleBar: true });
  doc.setAuthor(metadata.author);
  doc.setSubject(metadata.subject);
  doc.setLanguage(metadata.lang);
  doc.setCreator('deck (reveal.js, printed by Chromium)');
}

export interface Bookmark {
  title: string;
  pageIndex: number;
  children: Bookmark[];
}

/** A section slide opens its part and holds the part's slides; the others (title, outline,
 *  closing) stand on their own, in slide order. */
export function deckBookmarks(slides: readonly Slide[]): Bookmark[] {
  const top: Bookmark[] = [];
  let part: Bookmark | undefined;
  slides.forEach((slide, pageIndex) => {
    const bookmark: Bookmark = { title: slide.title, pageIndex, children: [] };
    if (slide.layout === 'section') {
      part = bookmark;
      top.push(bookmark);
    } else if (part && slide.part === part.title) {
      part.children.push(bookmark);
    } else {
      top.push(bookmark);
    }
  });
  return top;
}

/** Writes the bookmarks as the document's outline (PDF 1.7, 12.3.3), opened with the document. */
export function addOutline(doc: PDFDocument, bookmarks: readonly Bookmark[]): void {
  const root = doc.context.nextRef();
  const items = writeItems(doc, bookmarks, root);
  const outlines = doc.context.obj({ Type: 'Outlines' });
  if (items) {
    outlines.set(PDFName.of('First'), items.first);
    outlines.set(PDFName.of('Last'), items.last);
    outlines.set(PDFName.of('Count'), doc.context.obj(items.count));
  }
  doc.context.assign(root, outlines);
  doc.catalog.set(PDFName.of('Outlines'), root);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}

/** One level of siblings, linked Prev/Next; returns its ends and how many items it shows. */
function writeItems(doc: PDFDocument, bookmarks: readonly Bookmark[], parent: PDFRef): { first: PDFRef; last: PDFRef; count: number } | undefined {
  if (bookmarks.length === 0) return undefined;
  const pages = doc.getPages();
  const refs = bookmarks.map(() => doc.context.nextRef());
  let count = bookmarks.length;
  bookmarks.forEach((bookmark, i) => {
    const page = pages[bookmark.pageIndex];
    if (!page) throw new Error(`deck: bookmark "${bookmark.title}" points past the last page`);
    const item: PDFDict = doc.context.obj({
      Title: PDFHexString.fromText(bookmark.title),
      Parent: parent,
      Dest: [page.ref, 'Fit'],
    });
    const link = (key: string, ref: PDFRef | undefined) => ref && item.set(PDFName.of(key), ref);
    link('Prev', refs[i - 1]);
    link('Next', refs[i + 1]);
    const children = writeItems(doc, bookmark.children, refs[i]!);
    if (children) {
      link('First', children.first);
      link('Last', children.last);
      // A positive count leaves the part open, its slides in view.
      item.set(PDFName.of('Count'), doc.context.obj(children.count));
      count += children.count;
    }
    doc.context.assign(refs[i]!, item);
  });
  return { first: refs[0]!, last: refs.at(-1)!, count };
}
