// `deck pdf`: the slides as a 16:9 PDF with bookmarks and metadata, in dist/deck.pdf.
import type { Deck } from '../types.js';
import { writeFileAtomic } from '../files/atomic-write.js';
import { exportPath, type Exported, type ExportTarget } from './export-paths.js';
import type { ExportSession } from './export-session.js';
import { addOutline, deckBookmarks } from './pdf-outline.js';
import { setPdfMetadata } from './pdf-metadata.js';
import { printSlides } from './slides-pdf.js';

export async function exportPdf(session: ExportSession, deck: Deck, { outDir }: ExportTarget): Promise<Exported> {
  const doc = await printSlides(session, deck);
  const { settings } = deck;
  setPdfMetadata(doc, { title: settings.title, author: settings.author, subject: settings.event, lang: settings.lang });
  addOutline(doc, deckBookmarks(deck.slides));
  const bytes = await doc.save();
  const path = exportPath(outDir, 'pdf');
  writeFileAtomic(path, bytes);
  return { path, count: doc.getPageCount(), bytes: bytes.length };
}
