// The exports there are, where each is written, what each reports, and how one fails: what every
// export file shares.
import { basename, join } from 'node:path';
import type { LangCode } from '../shared/languages.js';

export const EXPORT_NAMES = { pdf: 'deck.pdf', handout: 'deck-handout.pdf', png: 'slides', pptx: 'deck.pptx' } as const;

export type ExportKind = keyof typeof EXPORT_NAMES;

/** Where an export of `kind` is written inside the output folder (dist/ by default); a
 *  translation's beside it, its code before the extension: deck-zh.pdf, slides-ru/, deck-pt-BR.pptx. */
export function exportPath(outDir: string, kind: ExportKind, lang: LangCode = 'en'): string {
  const name = EXPORT_NAMES[kind];
  return join(outDir, lang === 'en' ? name : name.replace(/(\.pdf|\.pptx)?$/, `-${lang}$1`));
}

/** Every file and folder the exports write in the output folder, in each of the deck's
 *  languages: what a build an export (or `deck present`) runs by itself carries over. */
export function exportNames(langs: readonly LangCode[]): string[] {
  return langs.flatMap((lang) => (Object.keys(EXPORT_NAMES) as ExportKind[]).map((kind) => basename(exportPath('', kind, lang))));
}

/** Where an export writes, and how: the language, the handout's slides a page. */
export interface ExportTarget {
  outDir: string;
  lang?: LangCode;
  perPage?: 1 | 2 | 3;
}

/** What an export wrote, for the command's one-line report. */
export interface Exported {
  path: string;
  /** Pages of a PDF, or images of `deck png`. */
  count: number;
  bytes: number;
  /** Slides too full for their slide even in the denser body size, as the print view found them. */
  unfit: string[];
}

/** No Chrome or Chromium to print with; the message says how to get one. Exit 2. */
export class BrowserNotFoundError extends Error {
  override name = 'BrowserNotFoundError';
}

/** An export in a language the deck has no translation into. Exit 1. */
export class NoTranslationError extends Error {
  override name = 'NoTranslationError';
}

/** The browser could not produce the export (a timeout, a crash, pages that do not match the
 *  slides). Exit 1, the previous file left as it was. */
export class ExportError extends Error {
  override name = 'ExportError';
}

/** A time limit on one step of an export, so a stuck browser fails with a message instead of hanging. */
export async function withDeadline<T>(work: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ExportError(`${message} (gave up after ${ms / 1000} s)`)), ms);
  });
  try {
    return await Promise.race([work, expired]);
  } finally {
    clearTimeout(timer);
  }
}
