// Serve: a thin Vite plugin around the pure compiler. It puts the deck into index.html,
// provides the subset fonts, rebuilds on edits and reports mistakes in Vite's overlay.
import { resolve, sep } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { compileDeck } from '../compile-deck.js';
import { DeckError, formatDiagnostic, hasErrors } from '../diagnostics.js';
import { fontFacesCss } from '../fonts/font-faces.js';
import { loadDeck } from '../load/load-deck.js';
import { renderPage } from '../render/render-page.js';
import type { CompileResult } from '../types.js';

export const FONTS_MODULE = 'virtual:deck-fonts.css';
const RESOLVED_FONTS = `\0${FONTS_MODULE}`;

export interface DeckPluginOptions {
  /** Folder of the Markdown sources and data files. */
  slidesDir: string;
}

export function deckPlugin(options: DeckPluginOptions): Plugin {
  const slidesDir = resolve(options.slidesDir);
  let result: CompileResult | undefined;
  let warned = '';
  let log: (message: string) => void = (m) => console.warn(m);

  const compile = (): CompileResult => {
    result = compileDeck(loadDeck(slidesDir));
    const warnings = result.diagnostics.filter((d) => d.severity === 'warning').map(formatDiagnostic).join('\n');
    // Say each set of warnings once, not on every page load.
    if (warnings && warnings !== warned) log(warnings);
    warned = warnings;
    return result;
  };

  return {
    name: 'deck',
    configResolved(config) {
      log = (m) => config.logger.warn(m);
    },
    resolveId(id) {
      return id === FONTS_MODULE ? RESOLVED_FONTS : undefined;
    },
    async load(id) {
      if (id !== RESOLVED_FONTS) return undefined;
      const { slides } = (result ?? compile()).deck;
      return fontFacesCss(slides.map((s) => s.html + s.notesHtml).join(''));
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        // The dev server's watcher keeps the result current; a build compiles here, once.
        const { deck, diagnostics } = result ?? compile();
        if (hasErrors(diagnostics)) throw new DeckError(diagnostics);
        return renderPage(html, deck);
      },
    },
    configureServer(server) {
      server.watcher.add(slidesDir);
      const onChange = (file: string) => {
        if (file !== slidesDir && !file.startsWith(slidesDir + sep)) return;
        const { diagnostics } = compile();
        if (hasErrors(diagnostics)) {
          showError(server, new DeckError(diagnostics));
          return;
        }
        const fonts = server.moduleGraph.getModuleById(RESOLVED_FONTS);
        if (fonts) server.moduleGraph.invalidateModule(fonts);
        server.ws.send({ type: 'full-reload', path: '*' });
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
