// An export from start to end: find the browser, build if needed, serve, print, close. The
// browser takes the longest to come up, so it starts first, while the deck is still compiling.
import type { Deck } from '../types.js';
import { BrowserNotFoundError } from './export-errors.js';
import { isBuildCurrent, rebuildKeepingExports } from './ensure-build.js';
import type { ExportKind, Exported, ExportTarget } from './export-paths.js';
import { startExportSession, type ExportSession, type StartedSession } from './export-session.js';
import { findBrowser } from './find-browser.js';
import { printViewPath } from './print-view.js';

type Exporter = (session: ExportSession, deck: Deck, target: ExportTarget) => Promise<Exported>;

/** Each export loads its own code (the PDF library, for one) while the browser starts. */
const EXPORTERS: Record<ExportKind, () => Promise<Exporter>> = {
  pdf: async () => (await import('./export-pdf.js')).exportPdf,
  handout: async () => (await import('./export-handout.js')).exportHandout,
  png: async () => (await import('./export-png.js')).exportPng,
};

export interface ExportOptions extends ExportTarget {
  kind: ExportKind;
  slidesDir: string;
}

/** An export under way: `run` finishes it for the compiled deck, `cancel` drops it. */
export interface PreparedExport {
  /** `onBuild` is called before the site has to be built first, which takes a while. */
  run(deck: Deck, onBuild: () => void): Promise<Exported>;
  cancel(): Promise<void>;
}

/** Starts the server and the browser now if the built site is current; otherwise `run` builds first. */
export async function prepareExport(options: ExportOptions): Promise<PreparedExport> {
  let browserPath: string | undefined;
  let notFound: BrowserNotFoundError | undefined;
  try {
    browserPath = findBrowser();
  } catch (error) {
    if (!(error instanceof BrowserNotFoundError)) throw error;
    // Said after the deck's own mistakes, which come first.
    notFound = error;
  }
  // The PDFs print the slides from reveal's print view: the browser opens it as it starts. The
  // pictures want other page settings and open their own.
  const startPath = options.kind === 'png' ? undefined : printViewPath();
  const start = () => startExportSession({ browserPath: browserPath!, outDir: options.outDir, startPath });
  let early: StartedSession | undefined = browserPath && isBuildCurrent(options) ? await start() : undefined;

  return {
    async run(deck, onBuild) {
      if (notFound) throw notFound;
      if (!early) {
        onBuild();
        await rebuildKeepingExports(options, deck);
        early = await start();
      }
      return early.use(async (session) => (await EXPORTERS[options.kind]())(session, deck, options));
    },
    async cancel() {
      await early?.close();
    },
  };
}
