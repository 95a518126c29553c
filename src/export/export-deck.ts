// An export from start to end: find the browser, build if needed, serve, print, close.
import type { Deck } from '../types.js';
import { isBuildCurrent, rebuildKeepingExports } from './ensure-build.js';
import type { ExportKind, Exported } from './export-paths.js';
import { exportHandout } from './export-handout.js';
import { exportPdf } from './export-pdf.js';
import { exportPng } from './export-png.js';
import { withExportSession } from './export-session.js';
import { findBrowser } from './find-browser.js';

const EXPORTERS: Record<ExportKind, typeof exportPdf> = { pdf: exportPdf, handout: exportHandout, png: exportPng };

export interface ExportOptions {
  kind: ExportKind;
  deck: Deck;
  slidesDir: string;
  outDir: string;
  /** Called before the site has to be built first, which takes a while. */
  onBuild: () => void;
}

export async function exportDeck(options: ExportOptions): Promise<Exported> {
  // Before building: with no browser there is nothing to export, so say so at once.
  const browserPath = findBrowser();
  if (!isBuildCurrent(options)) {
    options.onBuild();
    await rebuildKeepingExports(options);
  }
  return withExportSession({ browserPath, outDir: options.outDir }, (session) => EXPORTERS[options.kind](session, options.deck, options.outDir));
}
