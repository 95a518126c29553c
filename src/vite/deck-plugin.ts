// Serve: a thin Vite plugin around the pure compiler. It puts the deck and its subset fonts into
// index.html, rebuilds on edits, sends the open pages the slides an edit changed (or reloads them,
// slide-edits.ts) and reports mistakes in Vite's overlay.
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolve, sep } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { DeckError, formatDiagnostic, hasErrors } from '../diagnostics.js';
import { fallbackFacesCss } from '../fonts/fallback-faces.js';
import { deckFaces, faceRule, inlineSource } from '../fonts/font-faces.js';
import { setPageAttributes } from '../html/page-attributes.js';
import { loadDeck, type DeckSources } from '../load/load-deck.js';
import { renderPage } from '../render/render-page.js';
import { carriesKey, readJson, refuse } from '../security/speaker-requests.js';
import { DEV_SLIDES_EVENT, DEV_WARNINGS_EVENT, PAGE_ATTRIBUTES, ROUTES } from '../shared/page-contract.js';
import { parseRehearsal } from '../shared/rehearsal-file.js';
import { applyTimings, RehearsalError, TimingsWriteError } from '../timings/apply-timings.js';
import type { CompileResult } from '../types.js';
import { partialCompiler, sameSources } from './partial-compile.js';
import { commonFaces, editedSlides, shownPage, type ShownPage } from './slide-edits.js';

export interface DeckPluginOptions {
  /** Folder of the Markdown sources and data files. */
  slidesDir: string;
}

export function deckPlugin(options: DeckPluginOptions): Plugin {
  const slidesDir = resolve(options.slidesDir);
  let result: CompileResult | undefined;
  let warned = '';
  let log: (message: string) => void = (m) => console.warn(m);

  let server: ViteDevServer | undefined;
  /** What every open page shows; none known (no page yet, or one was served the overlay) reloads them at the next edit. */
  let shown: ShownPage | undefined;
  /** index.html as Vite serves it, before the deck is put in. */
  let shell: string | undefined;
  // Made at each start and written only into the dev page: a request with it comes from that page.
  const timingsKey = randomBytes(16).toString('hex');
  const warnings = () => (result?.diagnostics ?? []).filter((d) => d.severity === 'warning').map(formatDiagnostic);
  // An edit compiles again only the languages it can change.
  const compileDeck = partialCompiler();
  /** The sources of the last compile. */
  let compiled: DeckSources | undefined;
  let recheck: NodeJS.Timeout | undefined;
  const compile = (sources = loadDeck(slidesDir)): CompileResult => {
    compiled = sources;
    result = compileDeck(sources);
    const said = warnings().join('\n');
    // Say each set of warnings once, not on every page load.
    if (said && said !== warned) log(said);
    warned = said;
    // And on the page, in a panel that does not cover the deck (runtime/dev-warnings.ts).
    server?.ws.send({ type: 'custom', event: DEV_WARNINGS_EVENT, data: warnings() });
    return result;
  };

  return {
    name: 'deck',
    // `deck build` fills the built runtime's page itself (src/site/build-site.ts).
    apply: 'serve',
    configResolved(config) {
      log = (m) => config.logger.warn(m);
    },
    transformIndexHtml: {
      // After Vite's own processing of the page: the fonts' data URLs are final as they are.
      order: 'post',
      async handler(html) {
        // The watcher keeps the result current; the first page load compiles.
        const { deck, translations, diagnostics } = result ?? compile();
        if (hasErrors(diagnostics)) {
          // That page has no deck to take the next good one into: it loads again.
          shown = undefined;
          throw new DeckError(diagnostics);
        }
        shell = html;
        const page = shownPage(html, { deck, translations });
        // Pages loaded before this one keep the faces they loaded.
        shown = shown ? { ...page, faces: commonFaces(shown.faces, page.faces) } : page;
        const faces = await deckFaces(deck, translations);
        const fonts = { fallbacks: await fallbackFacesCss(faces.all), faces: faces.all.map((face) => faceRule(face, inlineSource(face), 'swap')).join('') };
        return setPageAttributes(renderPage(html, deck, fonts, translations), { [PAGE_ATTRIBUTES.timingsKey]: timingsKey });
      },
    },
    configureServer(devServer) {
      server = devServer;
      server.watcher.add(slidesDir);
      server.ws.on(DEV_WARNINGS_EVENT, (_data: unknown, client: { send(event: string, payload: unknown): void }) =>
        client.send(DEV_WARNINGS_EVENT, warnings()),
      );
      const onChange = (file: string) => {
        if (file !== slidesDir && !file.startsWith(slidesDir + sep)) return;
        update(compile());
        // The watcher drops a file's change that comes within its throttle of the change before
        // (chokidar's, 50 ms) and never sends it: a second save that quick, an editor's format on
        // save, would stay off the page. So the sources are read once more after that window.
        clearTimeout(recheck);
        recheck = setTimeout(() => {
          const sources = loadDeck(slidesDir);
          if (!compiled || !sameSources(compiled, sources)) update(compile(sources));
        }, WATCHER_THROTTLE_MS).unref();
      };
      const update = (next: CompileResult) => {
        if (hasErrors(next.diagnostics)) {
          showError(devServer, new DeckError(next.diagnostics));
          return;
        }
        const page = shell === undefined ? undefined : shownPage(shell, next);
        const edited = shown && page ? editedSlides(shown, page) : undefined;
        if (!shown || !page || !edited) {
          // Each page, loaded again, says what it shows.
          shown = undefined;
          devServer.ws.send({ type: 'full-reload', path: '*' });
          return;
        }
        shown = { ...page, faces: shown.faces };
        devServer.ws.send({ type: 'custom', event: DEV_SLIDES_EVENT, data: edited });
      };
      for (const event of ['add', 'change', 'unlink', 'unlinkDir'] as const) server.watcher.on(event, onChange);
      server.middlewares.use(ROUTES.timings, (req, res) => saveTimings(req, res, timingsKey, slidesDir));
    },
  };
}

/** A little over chokidar's 50 ms throttle of a file's changes. */
const WATCHER_THROTTLE_MS = 60;

/** Shows the deck's errors in the overlay of every open page; the page keeps the last good deck. */
function showError(server: ViteDevServer, error: DeckError): void {
  server.config.logger.error(error.message, { clear: false, timestamp: true });
  const [first] = error.diagnostics;
  server.ws.send({
    type: 'error',
    err: {
      message: error.message,
      stack: '',
      plugin: 'deck',
      id: first?.file,
      loc: first ? { file: first.file, line: first.line, column: first.column ?? 1 } : undefined,
    },
  });
}

/** A rehearsal's size, at most: a few dozen bytes a slide. */
const MAX_REHEARSAL_BYTES = 64 * 1024;

/**
 * "Save timings" on the dev server: a rehearsal's times written into the slides' Markdown. Only
 * from the dev page itself (its origin, and the key written into it), only known slide ids with
 * whole seconds in range; anything else is refused and nothing is written. Whatever the request,
 * the server answers it and keeps running.
 */
function saveTimings(req: IncomingMessage, res: ServerResponse, key: string, slidesDir: string): void {
  if (req.method !== 'POST') return refuse(req, res, 405, 'POST a rehearsal');
  const origin = req.headers.origin;
  if (!origin || origin !== `http://${req.headers.host}` || !carriesKey(req, key)) return refuse(req, res, 403, "only the deck's own page saves timings");
  readJson(req, res, MAX_REHEARSAL_BYTES, (body) => {
    // From reading the slides afresh to the last file renamed, a save runs in one go: two saves
    // never interleave, and each one edits the files as the one before left them.
    try {
      applyTimings(slidesDir, [{ file: 'the rehearsal', slides: parseRehearsal(body, 'the rehearsal') }]);
    } catch (error) {
      if (error instanceof RehearsalError) return refuse(req, res, 400, error.message);
      if (error instanceof TimingsWriteError) return refuse(req, res, error.machine ? 500 : 409, error.message);
      return refuse(req, res, 500, `the timings could not be written (${error instanceof Error ? error.message : String(error)}); no file was changed`);
    }
    res.writeHead(204);
    res.end();
  });
}
