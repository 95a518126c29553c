// The PDF's document information: what a reader's Properties dialog and a search index show.
import type { PDFDocument } from 'pdf-lib';

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
