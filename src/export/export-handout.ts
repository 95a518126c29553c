// `deck pdf --handout`: A4 pages, each slide with its speaker notes, then the figures and their
// sources, in dist/deck-handout.pdf.
import type { Page } from 'playwright-core';
import { fontFacesCss } from '../fonts/font-faces.js';
import type { Deck } from '../types.js';
import { writeFileAtomic } from '../files/atomic-write.js';
import { composeHandout } from './compose-handout.js';
import { withDeadline } from './deadline.js';
import { ExportError } from './export-errors.js';
import { exportPath, type Exported, type ExportTarget } from './export-paths.js';
import type { ExportSession } from './export-session.js';
import { FIGURES_HEADING, layoutHandout } from './handout-html.js';
import { addOutline, deckBookmarks, type Bookmark } from './pdf-outline.js';
import { setPdfMetadata } from './pdf-metadata.js';
import { printPage } from './print-page.js';
import { printSlides } from './slides-pdf.js';

const READY_TIMEOUT_MS = 30_000;

export async function exportHandout(session: ExportSession, deck: Deck, { outDir, perPage }: ExportTarget): Promise<Exported> {
  const slides = await printSlides(session, deck);
  const layout = layoutHandout(deck, perPage);
  const doc = await composeHandout(await printHandoutPages(session, layout.html), slides, layout.frames, layout.figuresPage + 1);
  const { settings } = deck;
  setPdfMetadata(doc, { title: `${settings.title}: handout`, author: settings.author, subject: settings.event, lang: settings.lang });
  // Each bookmark opens the page its slide is on.
  const onPage = (b: Bookmark): Bookmark => ({ ...b, pageIndex: layout.pageOf[b.pageIndex]!, children: b.children.map(onPage) });
  addOutline(doc, [...deckBookmarks(deck.slides).map(onPage), { title: FIGURES_HEADING, pageIndex: layout.figuresPage, children: [] }]);
  const bytes = await doc.save();
  const path = exportPath(outDir, 'handout');
  writeFileAtomic(path, bytes);
  return { path, count: doc.getPageCount(), bytes: bytes.length };
}

/** The handout's own pages, with an empty frame where each slide goes. */
async function printHandoutPages(session: ExportSession, html: string): Promise<Uint8Array> {
  const page = await session.browser.newPage();
  try {
    const ready = (async () => {
      await page.setContent(html, { timeout: 0 });
      // The deck's own fonts, cut to the handout's text: every glyph embedded, none from the system.
      await page.addStyleTag({ content: await fontFacesCss(html) });
      await page.evaluate(() => document.fonts.ready);
    })();
    await withDeadline(ready, READY_TIMEOUT_MS, 'the handout page did not load its fonts');
    await fitNotes(page);
    return await printPage(page);
  } finally {
    await page.close();
  }
}

/** Long notes get a smaller type, down to 7.5 pt, rather than a cut or a second page. */
async function fitNotes(page: Page): Promise<void> {
  const unfit = await page.evaluate(() => {
    const titles: string[] = [];
    for (const text of document.querySelectorAll<HTMLElement>('.row .text, .band')) {
      const notes = text.querySelector<HTMLElement>('.notes')!;
      for (let size = parseFloat(getComputedStyle(notes).fontSize) * 0.75; text.scrollHeight > text.clientHeight && size >= 7.5; size -= 0.5) notes.style.fontSize = `${size}pt`;
      if (text.scrollHeight > text.clientHeight) titles.push(text.querySelector('h2, h3')?.textContent ?? '');
    }
    return titles;
  });
  if (unfit.length > 0) throw new ExportError(`the speaker notes of ${unfit.map((t) => `"${t}"`).join(', ')} do not fit beside their slide on the handout: shorten them, or use --per-page 1`);
}
