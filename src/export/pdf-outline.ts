// Bookmarks for a PDF of the deck: each part of the talk, with its slides under it.
import { PDFHexString, PDFName, type PDFDict, type PDFDocument, type PDFRef } from 'pdf-lib';
import type { Slide } from '../types.js';

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
