// The built deck as `deck present` serves it, read afresh as soon as it is rebuilt: the page marked
// to go live (compressed once per build), and every other file of the build from disk, in the
// smallest encoding the browser accepts, with ranges and conditional requests answered by `send`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, relative, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import send from 'send';
import { setPageAttributes } from '../html/page-attributes.js';
import { PAGE_ATTRIBUTES } from '../shared/page-contract.js';

export type PageEncoding = 'br' | 'gzip' | undefined;

/** One build of the deck, as the server read it. */
export interface DeckBuild {
  /** The deck's page, marked live, in the encoding asked for. */
  page(encoding: PageEncoding): Buffer;
  /** The page's Content-Security-Policy, sent as a header with every response. */
  policy: string;
  /** The deck's slide count: a position past it is refused. */
  slides: number;
  /** Every file of the build by its path on the server (`/assets/x.js`); no dotfile. */
  files: Set<string>;
}

export interface DeckFiles {
  /** The build in the folder now, undefined while there is none (removed, or being swapped in). */
  current(): DeckBuild | undefined;
  /** Answers a GET or HEAD for the deck's page, compressed as the browser accepts. */
  page(req: IncomingMessage, res: ServerResponse, build: DeckBuild): void;
  /** Answers a GET or HEAD for `path` (as the URL has it, percent-encoded) from `build`. */
  serve(req: IncomingMessage, res: ServerResponse, build: DeckBuild, path: string): void;
}

/** The types of the files the build also writes compressed (site/precompress.ts). */
const TEXT_TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  svg: 'image/svg+xml',
  json: 'application/json; charset=utf-8',
};

export function deckFiles(dist: string): DeckFiles {
  let stamp = '';
  let build: DeckBuild | undefined;
  return {
    current() {
      // A build swaps a fresh folder in (build-site.ts): a new index.html says there is a new build.
      let now: string;
      try {
        const page = statSync(join(dist, 'index.html'));
        now = `${page.ino}:${page.mtimeMs}:${page.size}`;
      } catch {
        return undefined;
      }
      if (now !== stamp) {
        try {
          build = readBuild(dist);
          stamp = now;
        } catch {
          return undefined; // caught halfway through a swap: read again at the next request
        }
      }
      return build;
    },
    page(req, res, build) {
      const accepts = String(req.headers['accept-encoding'] ?? '');
      const encoding = /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : undefined;
      res.writeHead(200, {
        'Content-Type': 'text/html; charset=utf-8',
        'Cache-Control': 'no-cache',
        Vary: 'Accept-Encoding',
        ...(encoding ? { 'Content-Encoding': encoding } : {}),
      });
      res.end(req.method === 'HEAD' ? undefined : build.page(encoding));
    },
    serve(req, res, build, path) {
      let name: string;
      try {
        name = decodeURIComponent(path);
      } catch {
        return plain(res, 400, 'bad request');
      }
      // Only the build's own files: no path out of it, however encoded, and no dotfile.
      if (!build.files.has(name)) return plain(res, 404, 'not found');
      const accepts = String(req.headers['accept-encoding'] ?? '');
      const encoded =
        /\bbr\b/.test(accepts) && build.files.has(`${name}.br`) ? 'br' : /\bgzip\b/.test(accepts) && build.files.has(`${name}.gz`) ? 'gzip' : undefined;
      if (build.files.has(`${name}.br`) || build.files.has(`${name}.gz`)) res.setHeader('Vary', 'Accept-Encoding');
      if (encoded) {
        res.setHeader('Content-Encoding', encoded);
        res.setHeader('Content-Type', TEXT_TYPES[name.slice(name.lastIndexOf('.') + 1)] ?? 'application/octet-stream');
      }
      const file = encoded ? `${name}.${encoded === 'br' ? 'br' : 'gz'}` : name;
      send(req, file.split('/').map(encodeURIComponent).join('/'), { root: dist, index: false, dotfiles: 'ignore', maxAge: '1h' })
        // A file the next build removed between the look-up and the read is not found; a failure
        // once the headers are out can only end the response.
        .on('error', (error: { status?: number; headers?: Record<string, string> }) => {
          if (res.headersSent) return res.destroy();
          for (const header of res.getHeaderNames()) res.removeHeader(header);
          for (const [header, value] of Object.entries(error.headers ?? {})) res.setHeader(header, value);
          const status = error.status ?? 500;
          plain(res, status, status === 416 ? 'range not satisfiable' : status === 404 ? 'not found' : 'could not read the file');
        })
        .pipe(res);
    },
  };
}

function readBuild(dist: string): DeckBuild {
  const html = setPageAttributes(readFileSync(join(dist, 'index.html'), 'utf8'), { [PAGE_ATTRIBUTES.live]: '' });
  const files = new Set(
    readdirSync(dist, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => `/${relative(dist, join(e.parentPath, e.name)).split(sep).join('/')}`)
      .filter((path) => !path.includes('/.')),
  );
  // Compressed once, when first asked for: the room's phones all ask for it within a minute.
  const encoded = new Map<PageEncoding, Buffer>([[undefined, Buffer.from(html)]]);
  return {
    page(encoding) {
      if (!encoded.has(encoding)) {
        const bytes = encoded.get(undefined)!;
        encoded.set(
          encoding,
          encoding === 'br' ? brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }) : gzipSync(bytes, { level: 9 }),
        );
      }
      return encoded.get(encoding)!;
    },
    policy: /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1] ?? "default-src 'self'",
    // The English deck's slides; the Chinese deck, in its <template>, has the same ones.
    slides: (html.split('<template')[0]!.match(/<section\b/g) ?? []).length,
    files,
  };
}

/** A short plain-text answer. */
export function plain(res: ServerResponse, status: number, text = ''): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(text);
}
