// The `deck` command line: check, build (and the exports). Exit 1 on a deck error, 2 on misuse.
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { formatDiagnostic, hasErrors } from '../diagnostics.js';
import type { Export } from '../export/export-command.js';
import { BrowserNotFoundError, ExportError, type ExportKind } from '../export/export-kinds.js';
import { OutputFolderError, outputFolder } from '../files/output-folder.js';
import { ROOT } from '../project-root.js';
import type { LangCode } from '../shared/languages.js';
import type { CompileResult } from '../types.js';

const USAGE = `usage: deck <command> [options]

commands:
  check            validate the sources without building
  build            build the static site
  pdf              export the slides as deck.pdf in the output folder (building it first if needed)
  png              export each slide as slides/NN-id.png there, 1920×1080
  pptx             export the slides as deck.pptx there: text, shapes and the speaker notes
  fonts            write the deck's fonts as TrueType files to install, with their licences
                   (into --out DIR; by default dist/fonts)
  present          serve the deck to the room: phones follow the speaker (building it first if needed)
  timings apply FILE...  write a rehearsal's timings (the median of several) into the slides it rehearsed
  timings show FILE...   print a rehearsal's timings beside the plan

options:
  --slides DIR     folder of the Markdown sources (default: slides)
  --out DIR        output folder of build and the exports (default: dist)
  --handout        with pdf: deck-handout.pdf instead, A4 pages with the speaker notes
  --per-page N     with --handout: 1, 2 or 3 slides a page (default: 3)
  --lang en|zh     with pdf, png and pptx: the deck in English (default) or in Chinese (slides/zh/)
  --port N         with present: the port (default 8080)
  --host ADDR      with present: the address to listen on (default all; 127.0.0.1 for a rehearsal)
  --dry-run        with timings apply: print what would change, write nothing
  --help           show this help`;

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        slides: { type: 'string', default: 'slides' },
        out: { type: 'string', default: 'dist' },
        handout: { type: 'boolean', default: false },
        'per-page': { type: 'string' },
        lang: { type: 'string', default: 'en' },
        port: { type: 'string' },
        host: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    console.error(`deck: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command] = positionals;
  if (values.help || !command) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  if (values.handout && command !== 'pdf') {
    console.error(`deck: --handout goes with pdf\n\n${USAGE}`);
    return 2;
  }
  const perPage = values['per-page'];
  if (perPage !== undefined && (!values.handout || !['1', '2', '3'].includes(perPage))) {
    console.error(`deck: --per-page takes 1, 2 or 3, and goes with pdf --handout\n\n${USAGE}`);
    return 2;
  }
  if (!['en', 'zh'].includes(values.lang) || (values.lang !== 'en' && !['pdf', 'png', 'pptx'].includes(command))) {
    console.error(`deck: --lang takes en or zh, and goes with pdf, png and pptx\n\n${USAGE}`);
    return 2;
  }
  const lang = values.lang as LangCode;

  const port = values.port === undefined ? 8080 : Number(values.port);
  if ((values.port !== undefined || values.host !== undefined) && command !== 'present') {
    console.error(`deck: --port and --host go with present\n\n${USAGE}`);
    return 2;
  }
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`deck: --port takes a number from 0 to 65535\n\n${USAGE}`);
    return 2;
  }
  if (values['dry-run'] && command !== 'timings') {
    console.error(`deck: --dry-run goes with timings apply\n\n${USAGE}`);
    return 2;
  }
  if (values.host !== undefined && !values.host.trim()) {
    console.error(`deck: --host takes an address to listen on, such as 127.0.0.1 or 0.0.0.0\n\n${USAGE}`);
    return 2;
  }
  if (command === 'timings') return timingsCommand(positionals.slice(1), values.slides, values['dry-run']);
  // Files added to a folder, never a folder replaced: the output folder's checks are not needed.
  if (command === 'fonts') return fontsCommand(argv.some((a) => a === '--out' || a.startsWith('--out=')) ? values.out : join(values.out, 'fonts'));
  if (!['check', 'build', 'pdf', 'png', 'pptx', 'present'].includes(command)) {
    console.error(`deck: unknown command "${command}"\n\n${USAGE}`);
    return 2;
  }
  // Checked before anything is read or written: a build replaces its whole output folder.
  if (command !== 'check') {
    try {
      values.out = outputFolder(values.out, { slidesDir: values.slides, root: ROOT });
    } catch (error) {
      if (!(error instanceof OutputFolderError)) throw error;
      console.error(`deck: ${error.message}\n  hint: ${error.hint}`);
      return 1;
    }
  }

  // An export starts its browser before the deck compiles: the browser takes the longest to come up.
  const exportKind: ExportKind | undefined = command === 'pdf' || command === 'png' || command === 'pptx' ? (values.handout ? 'handout' : command) : undefined;
  const started = exportKind ? await startExport(exportKind, values) : undefined;
  // Loaded after that for the same reason: the compiler's libraries take a while to load too.
  const [{ compileDeck }, { loadDeck }] = await Promise.all([import('../compile-deck.js'), import('../load/load-deck.js')]);
  const result = compileDeck(loadDeck(values.slides));
  for (const d of result.diagnostics) console.error(formatDiagnostic(d));
  if (hasErrors(result.diagnostics)) {
    await started?.cancel();
    const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
    console.error(`deck: ${errors} error${errors > 1 ? 's' : ''}; nothing was built`);
    return 1;
  }

  switch (command) {
    case 'check': {
      const translated = result.zh ? ` (${result.zh.slides.filter((s) => s.lang !== 'en').length} in Chinese too)` : '';
      console.log(`deck: ${result.deck.slides.length} slides${translated}, ${result.deck.data.figures.size} figures: ok`);
      return 0;
    }
    case 'build': {
      const started = performance.now();
      const { buildSite } = await import('../build/build-site.js');
      await buildSite({ deck: result.deck, zh: result.zh, outDir: values.out });
      console.log(`deck: built ${result.deck.slides.length} slides into ${shownPath(values.out)}/ in ${Math.round(performance.now() - started)} ms`);
      return 0;
    }
    case 'present':
      return presentCommand(result, { slidesDir: values.slides, outDir: values.out, port, host: values.host ?? '0.0.0.0' });
    default:
      if (lang === 'zh' && !result.zh) {
        await started!.cancel();
        console.error(`deck: the deck has no Chinese translation\n  hint: translate the slides in ${values.slides}/zh/, a file for each file of the slides`);
        return 1;
      }
      return exportCommand(exportKind!, started!, result, values.out);
  }
}

/** Loaded only for an export: the export code, its server and its browser. */
async function startExport(kind: ExportKind, options: { slides: string; out: string; 'per-page'?: string; lang: string }): Promise<Export> {
  const { startExport } = await import('../export/export-command.js');
  const perPage = options['per-page'] ? (Number(options['per-page']) as 1 | 2 | 3) : undefined;
  return startExport({ kind, slidesDir: options.slides, outDir: options.out, perPage, lang: options.lang as LangCode });
}

/** Exit 2 when there is no browser to print with, 1 when the export fails (the previous file stays). */
async function exportCommand(kind: ExportKind, started: Export, decks: CompileResult, outDir: string): Promise<number> {
  try {
    const exported = await started.finish(decks, () => console.log(`deck: building ${shownPath(outDir)}/ first (it is missing or older than its sources)`));
    const count = kind === 'png' ? `${exported.count} images, 1920×1080` : kind === 'pptx' ? `${exported.count} slides` : `${exported.count} pages`;
    const size = exported.bytes < 1e6 ? `${Math.round(exported.bytes / 1e3)} kB` : `${(exported.bytes / 1e6).toFixed(1)} MB`;
    // The whole command: the export began before the deck compiled.
    const seconds = (performance.now() / 1000).toFixed(1);
    for (const id of exported.unfit) console.warn(`deck: warning: slide "${id}" does not fit its slide even in the smaller body size; it spills on the page\n  hint: split it, or move detail to its notes`);
    console.log(`deck: wrote ${shownPath(exported.path)} (${count}, ${size}) in ${seconds} s`);
    return 0;
  } catch (error) {
    if (error instanceof BrowserNotFoundError) {
      console.error(`deck: ${error.message}`);
      return 2;
    }
    if (error instanceof ExportError) {
      console.error(`deck: ${kind} export failed: ${error.message}; any previous export was left as it was`);
      return 1;
    }
    throw error;
  }
}

/** `deck timings apply|show FILE... [--dry-run]` (timings/timings-command.ts). */
async function timingsCommand(args: string[], slidesDir: string, dryRun: boolean): Promise<number> {
  const [action, ...files] = args;
  if ((action !== 'apply' && action !== 'show') || files.length === 0 || (dryRun && action !== 'apply')) {
    console.error(`deck: timings takes apply or show, and one or more rehearsal files (--dry-run goes with apply)\n\n${USAGE}`);
    return 2;
  }
  const { timingsCommand: run } = await import('../timings/timings-command.js');
  return run(action, files, slidesDir, { dryRun });
}

/** `deck fonts`: the faces an organiser installs to see the PowerPoint file as designed. */
async function fontsCommand(dir: string): Promise<number> {
  const [{ installFiles }, { writeFileAtomic }, { mkdirSync }] = await Promise.all([import('../fonts/font-faces.js'), import('../files/atomic-write.js'), import('node:fs')]);
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
async function presentCommand(decks: CompileResult, options: { slidesDir: string; outDir: string; port: number; host: string }): Promise<number> {
  const { capacityLine, present, terminalQr } = await import('../present/present.js');
  let started;
  try {
    started = await present(options, decks, () => console.log(`deck: building ${shownPath(options.outDir)}/ first (it is missing or older than its sources)`));
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
  console.log('deck: the presenter and remote addresses carry the speaker\'s key: keep them to yourself. Ctrl+C stops.');
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
