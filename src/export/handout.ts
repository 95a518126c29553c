// `deck pdf --handout`: A4 pages of one, two or three slides with their speaker notes beside or
// under them, each part opened by a band rather than a slide of its own, then every figure with its
// source, in dist/deck-handout.pdf. The layout is HTML the browser prints; the slides, printed as
// for the PDF, are then drawn into the frames the layout left for them.
import { PDFDocument } from 'pdf-lib';
import type { Page } from 'playwright-core';
import { writeFileAtomic } from '../files/atomic-write.js';
import { fontFacesCss } from '../fonts/font-faces.js';
import type { Deck } from '../types.js';
import type { Printer } from './browser-session.js';
import { ExportError, exportPath, withDeadline, type Exported, type ExportTarget } from './export-kinds.js';
import { addOutline, deckBookmarks, printSlides, setPdfMetadata, type Bookmark } from './pdf.js';
import { layoutHandout, type SlideFrame } from './handout-layout.js';
import { pageTab, printPage } from './print-view.js';

const READY_TIMEOUT_MS = 30_000;

export async function exportHandout(printer: Printer, deck: Deck, { outDir, perPage }: ExportTarget): Promise<Exported> {
  const { doc: slides, unfit } = await printSlides(printer, deck);
  const layout = layoutHandout(deck, perPage);
  const pages = await printHandoutPages(printer, layout.html);
  printer.release();
  const doc = await composeHandout(pages, slides, layout.frames, layout.figuresPage + 1);
  const { settings } = deck;
  const { text } = deck;
  setPdfMetadata(doc, {
    title: deck.lang === 'zh' ? `${settings.title}（${text.handout}）` : `${settings.title}: ${text.handout}`,
    author: settings.author,
    subject: settings.event,
    lang: settings.lang,
  });
  // Each bookmark opens the page its slide is on.
  const onPage = (b: Bookmark): Bookmark => ({ ...b, pageIndex: layout.pageOf[b.pageIndex]!, children: b.children.map(onPage) });
  addOutline(doc, [...deckBookmarks(deck.slides).map(onPage), { title: text.figuresHeading, pageIndex: layout.figuresPage, children: [] }]);
  const bytes = await doc.save();
  const path = exportPath(outDir, 'handout', deck.lang);
  writeFileAtomic(path, bytes);
  return { path, count: doc.getPageCount(), bytes: bytes.length, unfit };
}

/** The handout's own pages, with an empty frame where each slide goes. */
async function printHandoutPages(printer: Printer, html: string): Promise<Uint8Array> {
  const page = await (await printer.driver()).browser.newPage();
  try {
    const ready = (async () => {
      await page.setContent(html, { timeout: 0 });
      // The deck's own fonts, cut to the handout's text: every glyph embedded, none from the system.
      await page.addStyleTag({ content: await fontFacesCss(html) });
      await page.evaluate(() => document.fonts.ready);
    })();
    await withDeadline(ready, READY_TIMEOUT_MS, 'the handout page did not load its fonts');
    await fitNotes(page);
    return await printPage(pageTab(page));
  } finally {
    await page.close();
  }
}

/**
 * Long notes get a smaller type, down to 7.5 pt, rather than a cut or a second page. Notes that
 * would run on under their slide by a line or two stay in their column beside it instead: a line
 * alone under the slide reads as a stray.
 */
export async function fitNotes(page: Page): Promise<void> {
  const unfit = await page.evaluate(() => {
    const titles: string[] = [];
    /** The lines of `notes` that start below `bottom`. */
    const linesUnder = (notes: HTMLElement, bottom: number) => {
      const tops = new Set<number>();
      const walker = document.createTreeWalker(notes, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const r of range.getClientRects()) if (r.height > 0 && r.top >= bottom - 0.5) tops.add(Math.round(r.top));
      }
      return tops.size;
    };
    const overflows = (text: HTMLElement) => text.scrollHeight > text.clientHeight;
    /** Sets the notes a half point smaller at a time until their box holds them, down to 7.5 pt. */
    const shrink = (text: HTMLElement, notes: HTMLElement) => {
      for (let size = parseFloat(getComputedStyle(notes).fontSize) * 0.75; overflows(text) && size >= 7.5; size -= 0.5) notes.style.fontSize = `${size}pt`;
    };
    for (const text of document.querySelectorAll<HTMLElement>('.row .text, .band')) {
      const notes = text.querySelector<HTMLElement>('.notes')!;
      shrink(text, notes);
      const slide = text.querySelector('.beside-slide');
      if (slide && [1, 2].includes(linesUnder(notes, slide.getBoundingClientRect().bottom))) {
        // A block of its own keeps clear of the slide beside it, if the column holds it, at worst
        // in the smaller type long notes get.
        const size = notes.style.fontSize;
        notes.style.display = 'flow-root';
        shrink(text, notes);
        if (overflows(text)) {
          notes.style.display = '';
          notes.style.fontSize = size;
        }
      }
      if (overflows(text)) titles.push(text.querySelector('h2, h3')?.textContent ?? '');
    }
    return titles;
  });
  if (unfit.length > 0)
    throw new ExportError(
      `the speaker notes of ${unfit.map((t) => `"${t}"`).join(', ')} do not fit beside their slide on the handout: shorten them, or use --per-page 1`,
    );
}

/**
 * Puts each slide's page onto its handout page, scaled down but still vector: the slide's PDF page
 * becomes a form XObject, so its text stays text and its fonts stay embedded. `frames` has, for
 * each slide, where it goes (undefined: a part's band stands in for it).
 */
async function composeHandout(
  handoutPdf: Uint8Array,
  slides: PDFDocument,
  frames: readonly (SlideFrame | undefined)[],
  expectedPages: number,
): Promise<PDFDocument> {
  const handout = await PDFDocument.load(handoutPdf, { updateMetadata: false });
  const pages = handout.getPages();
  if (pages.length < expectedPages || slides.getPageCount() !== frames.length) {
    throw new ExportError(`the handout printed ${pages.length} pages where its layout has ${expectedPages}, for ${slides.getPageCount()} slides`);
  }
  const placed = frames.flatMap((frame, i) => (frame ? [{ frame, i }] : []));
  const embedded = await handout.embedPdf(
    slides,
    placed.map((p) => p.i),
  );
  embedded.forEach((slide, k) => {
    const { frame } = placed[k]!;
    const page = pages[frame.page]!;
    // PDF measures from the bottom left; the frames from the top left.
    page.drawPage(slide, { x: frame.left, y: page.getHeight() - frame.top - frame.height, width: frame.width, height: frame.height });
  });
  return handout;
}
