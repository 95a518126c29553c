// Where each export is written inside the output folder (dist/ by default).
import { join } from 'node:path';

export const EXPORT_NAMES = { pdf: 'deck.pdf', handout: 'deck-handout.pdf', png: 'slides' } as const;

export type ExportKind = keyof typeof EXPORT_NAMES;

export function exportPath(outDir: string, kind: ExportKind): string {
  return join(outDir, EXPORT_NAMES[kind]);
}

/** What an export wrote, for the command's one-line report. */
export interface Exported {
  path: string;
  /** Pages of a PDF, or images of `deck png`. */
  count: number;
  bytes: number;
}

/** Where an export writes, and how: the handout's slides a page. */
export interface ExportTarget {
  outDir: string;
  perPage?: 1 | 2 | 3;
}
