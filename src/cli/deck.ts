// The `deck` command line: each command (its options and help are in command-line.ts) run to its
// output. Exit 1 on a deck error, 2 on misuse or a machine failure.
import { join, relative } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { formatDiagnostic, hasErrors } from '../diagnostics.js';
import { BrowserNotFoundError, ExportError, NoTranslationError, type ExportKind } from '../export/export-kinds.js';
import { OutputFolderError, outputFolder } from '../files/output-folder.js';
import { ROOT } from '../project-root.js';
import { languageName, type LangCode } from '../shared/languages.js';
import type { CompileResult } from '../types.js';
import { readCommandLine, type CommandLine, type CommandName } from './command-line.js';

/** What each command runs, with the command line it was given. */
const RUN: Record<CommandName, (line: CommandLine) => Promise<number>> = {
  check: checkCommand,
  build: buildCommand,
  pdf: (line) => exportCommand(line.handout ? 'handout' : 'pdf', line),
  png: (line) => exportCommand('png', line),
  pptx: (line) => exportCommand('pptx', line),
  fonts: (line) => fontsCommand(line.out ?? join('dist', 'fonts')),
  present: presentCommand,
  'timings apply': (line) => timingsCommand('apply', line),
  'timings show': (line) => timingsCommand('show', line),
};

/**
 * The commands that finish in a second or two: V8's optimising compiler only costs them. It
 * compiles their busiest functions on threads of its own, and they end before the faster code pays
 * that back (measured, in turn: a build's CPU time less by a fifth for this talk, a quarter for 500
 * slides, and sooner done). The exports and the servers run long enough to want it. Turned off
 * before any of the command's work, so no function is on its way to it yet.
 */
const SHORT_LIVED: readonly CommandName[] = ['check', 'build', 'timings apply', 'timings show'];

/** The commands that may replace their output folder (a build does), which is checked first. */
const REPLACES_OUT: readonly CommandName[] = ['build', 'pdf', 'png', 'pptx', 'present'];

async function main(argv: string[]): Promise<number> {
  const line = readCommandLine(argv);
  if (!('command' in line)) {
    if (line.message === undefined) console.log(line.usage);
    else console.error(`deck: ${line.message}\n\n${line.usage}`);
    return line.exitCode;
  }
  if (SHORT_LIVED.includes(line.command)) setFlagsFromString('--no-turbofan');
  if (REPLACES_OUT.includes(line.command)) {
    // Checked before anything is read or written: a build replaces its whole output folder.
    try {
      line.out = outputFolder(line.out ?? 'dist', { slidesDir: line.slides, root: ROOT });
    } catch (error) {
      if (!(error instanceof OutputFolderError)) throw error;
      console.error(`deck: ${error.message}\n  hint: ${error.hint}`);
      return 1;
    }
  }
  return RUN[line.command](line);
}

/** The deck compiled, its mistakes said; undefined when it has errors. */
async function compile(slidesDir: string): Promise<CompileResult | undefined> {
  // Loaded only now: the compiler's libraries take a while to load, and an export has its browser
  // starting meanwhile.
  const [{ compileDeck }, { loadDeck }] = await Promise.all([import('../compile-deck.js'), import('../load/load-deck.js')]);
  const result = compileDeck(loadDeck(slidesDir));
  for (const d of result.diagnostics) console.error(formatDiagnostic(d));
  if (!hasErrors(result.diagnostics)) return result;
  const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
  console.error(`deck: ${errors} error${errors > 1 ? 's' : ''}; nothing was built`);
  return undefined;
}

async function checkCommand({ slides }: CommandLine): Promise<number> {
  const result = await compile(slides);
  if (!result) return 1;
  const translated = result.translations.map((t) => `${t.slides.filter((s) => s.lang !== 'en').length} in ${languageName(t.lang)}`).join(', ');
  console.log(`deck: ${result.deck.slides.length} slides${translated && ` (${translated} too)`}, ${result.deck.data.figures.size} figures: ok`);
  return 0;
}

async function buildCommand({ slides, out = 'dist' }: CommandLine): Promise<number> {
  const result = await compile(slides);
  if (!result) return 1;
  const started = performance.now();
  const { buildSite } = await import('../site/build-site.js');
  await buildSite({ deck: result.deck, translations: result.translations, outDir: out });
  console.log(`deck: built ${result.deck.slides.length} slides into ${shownPath(out)}/ in ${Math.round(performance.now() - started)} ms`);
  return 0;
}

const buildingFirst = (outDir: string) => () => console.log(`deck: building ${shownPath(outDir)}/ first (it is missing or older than its sources)`);

/** `deck pdf`, `png`, `pptx` (export/run-export.ts). Exit 2 when there is no browser to print
 *  with, 1 when the deck has errors or the export fails (the previous file stays). */
async function exportCommand(kind: ExportKind, options: CommandLine): Promise<number> {
  if (options.lang !== 'all') return exportOne(kind, options, options.lang);
  // Every language, one file each: the deck says which it has.
  const decks = await compile(options.slides);
  if (!decks) return 1;
  for (const deck of [decks.deck, ...decks.translations]) {
    const code = await exportOne(kind, options, deck.lang, performance.now());
    if (code !== 0) return code;
  }
  return 0;
}

/** One export; `started` is when its time counts from (by default the command's start: the
 *  export began before the deck compiled). */
async function exportOne(kind: ExportKind, { slides, out = 'dist', perPage }: CommandLine, lang: LangCode | undefined, started = 0): Promise<number> {
  // Loaded before the deck compiles: the export starts its browser first.
  const { runExport } = await import('../export/run-export.js');
  try {
    const exported = await runExport(kind, { slidesDir: slides, outDir: out, lang, perPage, compile: () => compile(slides), onBuild: buildingFirst(out) });
    if (!exported) return 1;
    const count = kind === 'png' ? `${exported.count} images, 1920×1080` : kind === 'pptx' ? `${exported.count} slides` : `${exported.count} pages`;
    const size = exported.bytes < 1e6 ? `${Math.round(exported.bytes / 1e3)} kB` : `${(exported.bytes / 1e6).toFixed(1)} MB`;
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    for (const id of exported.unfit)
      console.warn(
        `deck: warning: slide "${id}" does not fit its slide even in the smaller body size; it spills on the page\n  hint: split it, or move detail to its notes`,
      );
    console.log(`deck: wrote ${shownPath(exported.path)} (${count}, ${size}) in ${seconds} s`);
    return 0;
  } catch (error) {
    if (error instanceof BrowserNotFoundError) {
      console.error(`deck: ${error.message}`);
      return 2;
    }
    if (error instanceof NoTranslationError) {
      console.error(`deck: ${error.message}`);
      return 1;
    }
    if (error instanceof ExportError) {
      console.error(`deck: ${kind} export failed: ${error.message}; any previous export was left as it was`);
      return 1;
    }
    throw error;
  }
}

/** `deck timings apply|show FILE... [--dry-run]` (timings/apply-timings.ts). */
async function timingsCommand(action: 'apply' | 'show', { files, slides, dryRun }: CommandLine): Promise<number> {
  const { timingsCommand: run } = await import('../timings/apply-timings.js');
  return run(action, files, slides, { dryRun });
}

/** `deck fonts`: the faces an organiser installs to see the PowerPoint file as designed. */
async function fontsCommand(dir: string): Promise<number> {
  const [{ installFiles }, { writeFileAtomic }, { mkdirSync }] = await Promise.all([
    import('../fonts/font-faces.js'),
    import('../files/atomic-write.js'),
    import('node:fs'),
  ]);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    if (!['EEXIST', 'ENOTDIR'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
    console.error(`deck: ${shownPath(dir)} is a file, not a folder\n  hint: choose another --out folder`);
    return 1;
  }
  const files = await installFiles();
  for (const file of files) writeFileAtomic(join(dir, file.fileName), file.bytes);
  console.log(`deck: wrote ${files.map((f) => f.fileName).join(', ')} into ${shownPath(dir)}/`);
  return 0;
}

/** Serves the deck until Ctrl+C. Exit 1 when the port is taken or cannot be listened on. */
async function presentCommand({ slides, out = 'dist', port, host }: CommandLine): Promise<number> {
  const decks = await compile(slides);
  if (!decks) return 1;
  const { capacityLine, present, terminalQr } = await import('../present/present.js');
  const options = { slidesDir: slides, outDir: out, port, host };
  let started;
  try {
    started = await present(options, decks, buildingFirst(out));
  } catch (error) {
    const { code } = error as NodeJS.ErrnoException;
    if (!['EADDRINUSE', 'EACCES', 'EADDRNOTAVAIL', 'ENOTFOUND', 'EAI_AGAIN'].includes(code ?? '')) throw error;
    console.error(`deck: cannot listen on ${options.host}:${options.port} (${code})\n  hint: choose another --port, or --host 127.0.0.1`);
    return 1;
  }
  const { live, addresses } = started;
  console.log(`audience: ${addresses.audience}\npresenter: ${addresses.presenter}\nremote: ${addresses.remote}`);
  console.log(await terminalQr(addresses.audience));
  console.log(capacityLine(live.capacity));
  console.log("deck: the presenter and remote addresses carry the speaker's key: keep them to yourself. Ctrl+C stops.");
  await new Promise<void>((done) => {
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
  });
  await live.close();
  console.log('deck: stopped');
  return 0;
}

/** A path as short as it can be said: from the current folder when it is under it. */
function shownPath(path: string): string {
  const short = relative(process.cwd(), path);
  return short && !short.startsWith('..') ? short : path;
}

/** A failure of the machine rather than of the deck (a full disk, a folder it may not write),
 *  said in a line, with the file; anything else is a bug, said in a line too. Exit 2. */
function machineFailure(error: unknown): string {
  const { code, path } = error as NodeJS.ErrnoException;
  const where = path ? ` (${shownPath(path)})` : '';
  const problems: Record<string, string> = {
    ENOSPC: `the disk is full${where}\n  hint: free some space and run the command again; the previous output was left as it was`,
    EDQUOT: `the disk quota is used up${where}\n  hint: free some space and run the command again; the previous output was left as it was`,
    EACCES: `permission denied${where}\n  hint: make the folder writable, or choose another --out folder`,
    EPERM: `operation not permitted${where}\n  hint: make the folder writable, or choose another --out folder`,
    EROFS: `the file system is read-only${where}\n  hint: choose an --out folder on a writable disk`,
    EMFILE: 'too many open files\n  hint: close other programs, or raise the limit (ulimit -n)',
  };
  if (code && problems[code]) return problems[code];
  const message = error instanceof Error ? error.message : String(error);
  return `unexpected error: ${message}\n  hint: run again with DECK_DEBUG=1 for the details, and report it`;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  console.error(`deck: ${machineFailure(error)}`);
  if (process.env['DECK_DEBUG']) console.error(error);
  process.exitCode = 2;
}
