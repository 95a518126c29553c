// An export from the command line to the written file, in the order it happens: find the browser;
// start it on the print view (the browser takes the longest to come up, so it starts first) while
// the deck compiles; build the site first if it is missing or older than its sources; print with
// the export's own code, loaded meanwhile; close the browser, whatever happened.
import { isBuildCurrent, rebuildKeeping } from '../site/current-build.js';
import type { LangCode } from '../shared/languages.js';
import { deckIn, type Deck } from '../types.js';
import { languageName } from '../shared/languages.js';
import { BrowserSession, findBrowser, type Printer } from './browser-session.js';
import { BrowserNotFoundError, exportNames, NoTranslationError, type ExportKind, type Exported, type ExportTarget } from './export-kinds.js';
import { printViewPath } from './print-view.js';

type Exporter = (printer: Printer, deck: Deck, target: ExportTarget) => Promise<Exported>;

/** Each export's code, loaded only for that export. */
const EXPORTERS: Record<ExportKind, () => Promise<Exporter>> = {
  pdf: async () => (await import('./pdf.js')).exportPdf,
  handout: async () => (await import('./handout.js')).exportHandout,
  png: async () => (await import('./png.js')).exportPng,
  pptx: async () => (await import('./pptx.js')).exportPptx,
};

export interface ExportOptions extends ExportTarget {
  slidesDir: string;
  /** Compiles the deck and reports its mistakes; undefined when it has errors (nothing is exported). */
  compile(): Promise<{ deck: Deck; translations: Deck[] } | undefined>;
  /** Called before the site is built first, which takes a while. */
  onBuild(): void;
}

/**
 * Runs the export of `kind` to its file; undefined when the deck has errors. Throws
 * BrowserNotFoundError (no browser to print with), NoTranslationError (no deck in that language)
 * and ExportError (the browser could not make it; the previous file is left as it was).
 */
export async function runExport(kind: ExportKind, options: ExportOptions): Promise<Exported | undefined> {
  const browserPath = browserOrError();
  // The PDFs print the slides from reveal's print view, and the PowerPoint file reads them there:
  // the browser opens it as it starts. The pictures want other page settings and open their own.
  const startPath = kind === 'png' ? undefined : printViewPath({ lang: options.lang, office: kind === 'pptx' });
  const start = (path: string) => BrowserSession.start({ browserPath: path, outDir: options.outDir, startPath });
  let session = typeof browserPath === 'string' && isBuildCurrent(options) ? await start(browserPath) : undefined;
  try {
    const decks = await options.compile();
    if (!decks) return undefined;
    // Said after the deck's own mistakes, which come first.
    if (browserPath instanceof BrowserNotFoundError) throw browserPath;
    const deck = deckOrError(options.lang ?? decks.deck.lang, decks, options.slidesDir);
    if (!session) {
      options.onBuild();
      await rebuildKeeping(decks, options.outDir, exportNames([decks.deck, ...decks.translations].map((d) => d.lang)));
      session = await start(browserPath);
    }
    const [exporter, printer] = await Promise.all([EXPORTERS[kind](), session.connect()]);
    // The driver loads while the exporter starts on the tab; the PDF never needs it.
    if (kind !== 'pdf') printer.driver().catch(() => undefined);
    return await exporter(printer, deck, options);
  } finally {
    await session?.close();
  }
}

function browserOrError(): string | BrowserNotFoundError {
  try {
    return findBrowser();
  } catch (error) {
    if (error instanceof BrowserNotFoundError) return error;
    throw error;
  }
}

function deckOrError(lang: LangCode, decks: { deck: Deck; translations: Deck[] }, slidesDir: string): Deck {
  const deck = deckIn(decks, lang);
  if (deck) return deck;
  const listed = [decks.deck, ...decks.translations].map((d) => d.lang).join(', ');
  throw new NoTranslationError(
    `the deck has no ${languageName(lang)} translation (it is in ${listed})\n  hint: translate the slides in ${slidesDir}/${lang}/, a file for each file of the slides, and list ${lang} under languages: in deck.yaml`,
  );
}
