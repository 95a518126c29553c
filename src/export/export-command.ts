// An export from the command line to the written file: find the browser, build the site if it is
// missing or older than its sources, print, close. The browser takes the longest to come up, so it
// starts first, while the deck is still compiling; each export loads its own code meanwhile.
import type { Deck } from '../types.js';
import { BrowserSession, findBrowser, type Printer } from './browser-session.js';
import { isBuildCurrent, rebuildKeepingExports } from './build-current.js';
import { BrowserNotFoundError, type ExportKind, type Exported, type ExportTarget } from './export-kinds.js';
import { printViewPath } from './print-view.js';

type Exporter = (printer: Printer, deck: Deck, target: ExportTarget) => Promise<Exported>;

const EXPORTERS: Record<ExportKind, () => Promise<Exporter>> = {
  pdf: async () => (await import('./pdf.js')).exportPdf,
  handout: async () => (await import('./handout.js')).exportHandout,
  png: async () => (await import('./png.js')).exportPng,
  pptx: async () => (await import('./pptx.js')).exportPptx,
};

export interface ExportOptions extends ExportTarget {
  kind: ExportKind;
  slidesDir: string;
}

/** An export under way: `finish` completes it for the compiled decks, `cancel` drops it. */
export interface Export {
  /** `onBuild` is called before the site has to be built first, which takes a while. */
  finish(decks: { deck: Deck; zh?: Deck }, onBuild: () => void): Promise<Exported>;
  cancel(): Promise<void>;
}

/** Starts the server and the browser now if the built site is current; otherwise `finish` builds first. */
export async function startExport(options: ExportOptions): Promise<Export> {
  let browserPath: string | undefined;
  let notFound: BrowserNotFoundError | undefined;
  try {
    browserPath = findBrowser();
  } catch (error) {
    if (!(error instanceof BrowserNotFoundError)) throw error;
    // Said after the deck's own mistakes, which come first.
    notFound = error;
  }
  // The PDFs print the slides from reveal's print view, and the PowerPoint file reads them there:
  // the browser opens it as it starts. The pictures want other page settings and open their own.
  const startPath = options.kind === 'png' ? undefined : printViewPath({ lang: options.lang });
  const start = () => BrowserSession.start({ browserPath: browserPath!, outDir: options.outDir, startPath });
  let session = browserPath && isBuildCurrent(options) ? await start() : undefined;

  return {
    async finish(decks, onBuild) {
      if (notFound) throw notFound;
      const deck = options.lang === 'zh' ? decks.zh! : decks.deck;
      if (!session) {
        onBuild();
        await rebuildKeepingExports(options, decks);
        session = await start();
      }
      try {
        const [exporter, printer] = await Promise.all([EXPORTERS[options.kind](), session.connect()]);
        // The driver loads while the exporter starts on the tab; the PDF never needs it.
        if (options.kind !== 'pdf') printer.driver().catch(() => undefined);
        return await exporter(printer, deck, options);
      } finally {
        await session.close();
      }
    },
    async cancel() {
      await session?.close();
    },
  };
}
