// `deck pdf --handout`: A4 pages, each slide with its speaker notes, then the figures and their
// sources, in dist/deck-handout.pdf.
import type { Page } from 'playwright-core';
import { fontFacesCss } from '../fonts/font-faces.js';
import type { Deck } from '../types.js';
import { writeFileAtomic } from '../files/atomic-write.js';
import { composeHandout } from './compose-handout.js';
import { withDeadline } from './deadline.js';
import { ExportError } from './export-errors.js';
import { exportPath, type Exported } from './export-paths.js';
import type { ExportSession } from './export-session.js';
import { FIGURES_HEADING, renderHandout } from './handout-html.js';
import { addOutline, deckBookmarks } from './pdf-outline.js';
import { setPdfMetadata } from './pdf-metadata.js';
import { printPage } from './print-page.js';
import { printSlides } from './slides-pdf.js';

const READY_TIMEOUT_MS = 30_000;

export async function exportHandout(session: ExportSession, deck: Deck, outDir: string): Promise<Exported> {
  const slides = await printSlides(session, deck);
  const doc = await composeHandout(await printHandoutPages(session, renderHandout(deck)), slides);
  const { settings } = deck;
  setPdfMetadata(doc, { title: `${settings.title}: handout`, author: settings.author, subject: settings.event, lang: settings.lang });
  addOutline(doc, [...deckBookmarks(deck.slides), { title: FIGURES_HEADING, pageIndex: deck.slides.length, children: [] }]);
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

/** Long notes get a smaller type, down to 8 pt, rather than a cut or a second page. */
async function fitNotes(page: Page): Promise<void> {
  const unfit = await page.evaluate(() => {
    const titles: string[] = [];
    for (const text of document.querySelectorAll<HTMLElement>('.page .text')) {
      const notes = text.querySelector<HTMLElement>('.notes')!;
      for (let size = 10.5; text.scrollHeight > text.clientHeight && size >= 8; size -= 0.5) notes.style.fontSize = `${size}pt`;
      if (text.scrollHeight > text.clientHeight) titles.push(text.querySelector('h2')?.textContent ?? '');
    }
    return titles;
  });
  if (unfit.length > 0) throw new ExportError(`the speaker notes of ${unfit.map((t) => `"${t}"`).join(', ')} do not fit on one handout page: shorten them`);
}
