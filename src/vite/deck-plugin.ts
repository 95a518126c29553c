// Serve: a thin Vite plugin around the pure compiler. It puts the deck and its subset fonts into
// index.html, rebuilds on edits and reports mistakes in Vite's overlay.
import { resolve, sep } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { compileDeck } from '../compile-deck.js';
import { DeckError, formatDiagnostic, hasErrors } from '../diagnostics.js';
import { deckFaces, faceRule, inlineSource, pageText } from '../fonts/font-faces.js';
import { loadDeck } from '../load/load-deck.js';
import { renderPage } from '../render/render-page.js';
import type { CompileResult } from '../types.js';

/** The dev server's message with the deck's warnings; the page asks for it too, on loading. */
export const WARNINGS_EVENT = 'deck:warnings';

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
  const warnings = () => (result?.diagnostics ?? []).filter((d) => d.severity === 'warning').map(formatDiagnostic);
  const compile = (): CompileResult => {
    result = compileDeck(loadDeck(slidesDir));
    const said = warnings().join('\n');
    // Say each set of warnings once, not on every page load.
    if (said && said !== warned) log(said);
    warned = said;
    // And on the page, in a panel that does not cover the deck (runtime/dev-warnings.ts).
    server?.ws.send({ type: 'custom', event: WARNINGS_EVENT, data: warnings() });
    return result;
  };

  return {
    name: 'deck',
    // `deck build` fills the built runtime's page itself (src/build/build-site.ts).
    apply: 'serve',
    configResolved(config) {
      log = (m) => config.logger.warn(m);
    },
    transformIndexHtml: {
      // After Vite's own processing of the page: the fonts' data URLs are final as they are.
      order: 'post',
      async handler(html) {
        // The watcher keeps the result current; the first page load compiles.
        const { deck, zh, diagnostics } = result ?? compile();
        if (hasErrors(diagnostics)) throw new DeckError(diagnostics);
        const faces = await deckFaces(pageText(deck), zh && pageText(zh));
        const fonts = [...faces.inline, ...faces.chinese].map((face) => faceRule(face, inlineSource(face))).join('');
        return renderPage(html, deck, fonts, zh);
      },
    },
    configureServer(devServer) {
      server = devServer;
      server.watcher.add(slidesDir);
      server.ws.on(WARNINGS_EVENT, (_data: unknown, client: { send(event: string, payload: unknown): void }) => client.send(WARNINGS_EVENT, warnings()));
      const onChange = (file: string) => {
        if (file !== slidesDir && !file.startsWith(slidesDir + sep)) return;
        const { diagnostics } = compile();
        if (hasErrors(diagnostics)) {
          showError(devServer, new DeckError(diagnostics));
          return;
        }
        devServer.ws.send({ type: 'full-reload', path: '*' });
      };
      for (const event of ['add', 'change', 'unlink', 'unlinkDir'] as const) server.watcher.on(event, onChange);
    },
  };
}

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
