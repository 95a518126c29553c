// `deck present`: the built deck served to the room, with the leader's position sent to every
// follower as it changes. Server-Sent Events carry it out (plain HTTP: through any venue network
// or proxy, reconnecting by themselves, no library); the leader and the remote send theirs in
// small POSTs that carry the speaker's key. Without the key a client can only listen.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import sirv from 'sirv';
import QRCode from 'qrcode';
import { LIVE_COMMAND, LIVE_EVENTS, LIVE_KEY_HEADER, LIVE_QR, LIVE_STATE, REMOTE_PARAM } from '../runtime/live-names.js';

/** Where the leader is: reveal's indices, and whether the overview or the blackout is on. */
export interface LiveState {
  h: number;
  v: number;
  /** The last fragment shown, -1 for none. */
  f: number;
  overview: boolean;
  paused: boolean;
}

export type LiveCommand = 'next' | 'prev';

export interface LiveServerOptions {
  distDir: string;
  port: number;
  host: string;
  /** The deck's slide count: a position past it is refused. */
  slides: number;
  /** The address the room opens, for the QR code the leader's Q shows (default: this host and port). */
  audience?: (port: number) => string;
}

export interface LiveServer {
  server: Server;
  port: number;
  /** 128 random bits, hex: made anew at each start, never sent to a follower. */
  key: string;
  followers(): number;
  close(): Promise<void>;
}

const MAX_BODY = 1024;
/** Messages a second one client may send; a held-down arrow key sends about thirty. */
const RATE = 60;
const HEARTBEAT_MS = 15_000;

export async function startLiveServer(options: LiveServerOptions): Promise<LiveServer> {
  const key = randomBytes(16).toString('hex');
  const keyBytes = Buffer.from(key);
  const dist = resolve(options.distDir);
  let state: LiveState = { h: 0, v: 0, f: -1, overview: false, paused: false };
  let sequence = 0;
  const listeners = new Set<{ res: ServerResponse; leader: boolean }>();
  const sent = new Map<string, { second: number; count: number }>();

  // The pages the server serves say so; the deck then goes live (runtime/live.ts).
  const pages = new Map<string, string>();
  const page = (name: string) => {
    if (!pages.has(name)) pages.set(name, readFileSync(join(dist, name), 'utf8').replace(/<html /, '<html data-live '));
    return pages.get(name)!;
  };
  const compressed = new Map<string, Buffer>();
  const compressedPage = (encoding: 'br' | 'gzip') => {
    if (!compressed.has(encoding)) {
      const html = Buffer.from(page('index.html'));
      compressed.set(encoding, encoding === 'br' ? brotliCompressSync(html, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }) : gzipSync(html, { level: 9 }));
    }
    return compressed.get(encoding)!;
  };
  const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(page('index.html'))?.[1] ?? "default-src 'self'";
  const files = sirv(dist, { dev: false, etag: true, gzip: true, brotli: true, maxAge: 3600, dotfiles: false });

  /** Whether `value` is the key, compared in constant time. */
  const isKey = (value: string | string[] | null | undefined) => {
    const given = Buffer.from(typeof value === 'string' ? value : '');
    return given.length === keyBytes.length && timingSafeEqual(given, keyBytes);
  };
  const hasKey = (req: IncomingMessage) => isKey(req.headers[LIVE_KEY_HEADER]);
  const send = (res: ServerResponse, event: string, data: unknown) => res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  const broadcast = () => {
    sequence++;
    for (const l of listeners) send(l.res, 'state', { ...state, seq: sequence });
  };
  const countToLeaders = () => {
    const count = [...listeners].filter((l) => !l.leader).length;
    const port = (server.address() as { port: number } | null)?.port ?? options.port;
    const audience = options.audience?.(port) ?? `http://${options.host}:${port}/`;
    for (const l of listeners) if (l.leader) send(l.res, 'count', { followers: count, audience });
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://deck');
    res.setHeader('Content-Security-Policy', `${policy}; connect-src 'self'`);
    if (url.pathname === LIVE_EVENTS && req.method === 'GET') return events(req, res, url);
    if ((url.pathname === LIVE_STATE || url.pathname === LIVE_COMMAND) && req.method === 'POST') return post(req, res, url.pathname);
    if (url.pathname === LIVE_QR && req.method === 'GET') {
      const port = (server.address() as { port: number }).port;
      const audience = options.audience?.(port) ?? `http://${options.host}:${port}/`;
      // The remote's code only for the speaker (the speaker view asks with the key).
      const forRemote = url.searchParams.get('for') === 'remote';
      if (forRemote && !isKey(url.searchParams.get('key'))) return end(res, 403, 'only the speaker sees the remote');
      void QRCode.toString(forRemote ? `${audience}?${REMOTE_PARAM}=${key}` : audience, { type: 'svg', margin: 2 }).then((svg) => {
        res.writeHead(200, { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'no-store' });
        res.end(svg);
      });
      return;
    }
    if (url.pathname.startsWith('/live/')) return end(res, 404, 'not found');
    if (req.method !== 'GET' && req.method !== 'HEAD') return end(res, 405, 'method not allowed');
    if (url.pathname === '/' || url.pathname === '/index.html') {
      // Compressed once: the room's phones all ask for it within a minute.
      const accepts = String(req.headers['accept-encoding'] ?? '');
      const encoding = /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : undefined;
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache', Vary: 'Accept-Encoding', ...(encoding ? { 'Content-Encoding': encoding } : {}) });
      return res.end(encoding ? compressedPage(encoding) : page('index.html'));
    }
    files(req, res, () => end(res, 404, 'not found'));
  });

  function events(req: IncomingMessage, res: ServerResponse, url: URL): void {
    // The leader listens too, for the count of followers and the remote's commands; it proves
    // itself with the key in the address (EventSource sends no headers).
    const leader = isKey(url.searchParams.get('key'));
    res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    // Reconnect after a second when the Wi-Fi drops or the server restarts.
    res.write('retry: 1000\n\n');
    const listener = { res, leader };
    listeners.add(listener);
    send(res, 'state', { ...state, seq: sequence });
    countToLeaders();
    const beat = setInterval(() => res.write(': beat\n\n'), HEARTBEAT_MS);
    const gone = () => {
      clearInterval(beat);
      if (listeners.delete(listener)) countToLeaders();
    };
    req.on('close', gone);
    res.on('error', gone);
  }

  function post(req: IncomingMessage, res: ServerResponse, path: string): void {
    const client = req.socket.remoteAddress ?? '';
    const second = Math.floor(Date.now() / 1000);
    const rate = sent.get(client);
    if (rate?.second === second && ++rate.count > RATE) return refuse(req, res, 429, 'too many messages');
    if (rate?.second !== second) sent.set(client, { second, count: 1 });
    if (!hasKey(req)) return refuse(req, res, 403, 'only the speaker moves the deck');
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      if (res.writableEnded) return;
      size += chunk.length;
      if (size > MAX_BODY) return refuse(req, res, 413, 'message too large');
      chunks.push(chunk);
    });
    req.on('error', () => req.destroy());
    req.on('end', () => {
      if (res.writableEnded) return;
      let body: unknown;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        return refuse(req, res, 400, 'not JSON');
      }
      if (path === LIVE_STATE) {
        const valid = validState(body, options.slides);
        if (!valid) return refuse(req, res, 400, 'not a position in this deck');
        state = valid;
        broadcast();
      } else {
        const action = (body as { action?: unknown } | null)?.action;
        if (action !== 'next' && action !== 'prev') return refuse(req, res, 400, 'not a command');
        for (const l of listeners) if (l.leader) send(l.res, 'command', { action });
      }
      end(res, 204);
    });
  }

  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port, options.host, done);
  });
  const address = server.address();
  return {
    server,
    port: typeof address === 'object' && address ? address.port : options.port,
    key,
    followers: () => [...listeners].filter((l) => !l.leader).length,
    close: () =>
      new Promise<void>((done) => {
        for (const l of listeners) l.res.end();
        listeners.clear();
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

/** A position in this deck, or nothing: integers within its range and two flags, no more. */
export function validState(body: unknown, slides: number): LiveState | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const { h, v, f, overview, paused, ...rest } = body as Record<string, unknown>;
  const int = (n: unknown, min: number, max: number): n is number => Number.isInteger(n) && (n as number) >= min && (n as number) <= max;
  if (Object.keys(rest).length || !int(h, 0, slides - 1) || !int(v, 0, 99) || !int(f, -1, 99) || typeof overview !== 'boolean' || typeof paused !== 'boolean') return undefined;
  return { h, v, f, overview, paused };
}

function end(res: ServerResponse, status: number, text = ''): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(text);
}

/** A bad message closes its own connection, nothing else. */
function refuse(req: IncomingMessage, res: ServerResponse, status: number, text: string): void {
  if (!res.headersSent) res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', Connection: 'close' });
  res.end(text);
  req.socket.destroySoon?.();
}
