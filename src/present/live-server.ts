// `deck present`: the built deck served to the room, with the leader's position sent to every
// follower as it changes. Server-Sent Events carry it out (plain HTTP: through any venue network
// or proxy, reconnecting by themselves, no library); the leader and the remote send theirs in
// small POSTs that carry the speaker's key. Without the key a client can only listen.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import QRCode from 'qrcode';
import { LIVE_COMMAND, LIVE_EVENTS, LIVE_KEY_HEADER, LIVE_QR, LIVE_STATE, REMOTE_PARAM, type LiveEventType } from '../runtime/live-names.js';
import { capacity, limitConnections, type Capacity } from './connection-limits.js';
import { deckFiles, plain, type DeckBuild } from './deck-files.js';

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
  /** The address the room opens, for the QR code the leader's Q shows (default: this host and port). */
  audience?: (port: number) => string;
}

export interface LiveServer {
  server: Server;
  port: number;
  /** 128 random bits, hex: made anew at each start, never sent to a follower. */
  key: string;
  /** How many followers this machine can hold at once. */
  capacity: Capacity;
  followers(): number;
  close(): Promise<void>;
}

const MAX_BODY = 1024;
/** Messages a second the speaker's page or remote may send; a held-down arrow key sends about thirty. */
const RATE = 60;
const HEARTBEAT_MS = 15_000;
/** When a follower turned away (the machine is full) is told to try again, in seconds; the deck's
 *  own stream tries again 5 to 15 seconds later (live-events.ts). */
const RETRY_AFTER = 10;

export async function startLiveServer(options: LiveServerOptions): Promise<LiveServer> {
  const key = randomBytes(16).toString('hex');
  const keyBytes = Buffer.from(key);
  const deck = deckFiles(options.distDir);
  const room = capacity();
  let state: LiveState = { h: 0, v: 0, f: -1, overview: false, paused: false };
  let sequence = 0;
  const listeners = new Set<{ res: ServerResponse; leader: boolean }>();
  let followers = 0;
  const sent = new Map<string, { second: number; count: number }>();

  /** Whether `value` is the key, compared in constant time. */
  const isKey = (value: string | string[] | null | undefined) => {
    const given = Buffer.from(typeof value === 'string' ? value : '');
    return given.length === keyBytes.length && timingSafeEqual(given, keyBytes);
  };
  const hasKey = (req: IncomingMessage) => isKey(req.headers[LIVE_KEY_HEADER]);
  const send = (res: ServerResponse, event: LiveEventType, data: unknown) => res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  const broadcast = () => {
    sequence++;
    for (const l of listeners) send(l.res, 'state', { ...state, seq: sequence });
  };
  const audience = () => {
    const port = (server.address() as { port: number } | null)?.port ?? options.port;
    return options.audience?.(port) ?? `http://${options.host}:${port}/`;
  };
  const countToLeaders = () => {
    for (const l of listeners) if (l.leader) send(l.res, 'count', { followers, audience: audience() });
  };

  const server = createServer((req, res) => {
    try {
      route(req, res);
    } catch (error) {
      failed(req, res, error);
    }
  });
  limitConnections(server, room);
  // Once listening, a failure to accept a connection (out of descriptors) is said, not thrown.
  server.on('error', (error) => console.error(`deck: ${error.message}`));

  function route(req: IncomingMessage, res: ServerResponse): void {
    const url = requestTarget(req.url);
    if (!url) return plain(res, 400, 'bad request target');
    const build = deck.current();
    res.setHeader('Content-Security-Policy', `${build?.policy ?? "default-src 'self'"}; connect-src 'self'`);
    if (url.pathname === LIVE_EVENTS && req.method === 'GET') return events(req, res, url);
    if ((url.pathname === LIVE_STATE || url.pathname === LIVE_COMMAND) && req.method === 'POST') return post(req, res, url.pathname, build);
    if (url.pathname === LIVE_QR && req.method === 'GET') {
      // The remote's code only for the speaker (the speaker view asks with the key).
      const forRemote = url.searchParams.get('for') === 'remote';
      if (forRemote && !isKey(url.searchParams.get('key'))) return plain(res, 403, 'only the speaker sees the remote');
      QRCode.toString(forRemote ? `${audience()}?${REMOTE_PARAM}=${key}` : audience(), { type: 'svg', margin: 2 }).then(
        (svg) => {
          res.writeHead(200, { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'no-store' });
          res.end(svg);
        },
        (error: unknown) => failed(req, res, error),
      );
      return;
    }
    if (url.pathname.startsWith('/live/')) return plain(res, 404, 'not found');
    if (req.method !== 'GET' && req.method !== 'HEAD') return plain(res, 405, 'method not allowed');
    if (!build) return plain(res, 404, 'not found');
    if (url.pathname === '/' || url.pathname === '/index.html') {
      const accepts = String(req.headers['accept-encoding'] ?? '');
      const encoding = /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : undefined;
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache', Vary: 'Accept-Encoding', ...(encoding ? { 'Content-Encoding': encoding } : {}) });
      return void res.end(req.method === 'HEAD' ? undefined : build.page(encoding));
    }
    deck.serve(req, res, build, url.pathname);
  }

  function events(req: IncomingMessage, res: ServerResponse, url: URL): void {
    // The leader listens too, for the count of followers and the remote's commands, and so does
    // the remote; they prove themselves with the key in the address (EventSource sends no headers).
    const leader = isKey(url.searchParams.get('key'));
    // A follower more than the machine holds waits its turn; the speaker is never turned away.
    if (!leader && room.followers !== undefined && followers >= room.followers) {
      res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': String(RETRY_AFTER) });
      return void res.end('the room is full: try again in a moment');
    }
    res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    // Reconnect after a second when the Wi-Fi drops or the server restarts.
    res.write('retry: 1000\n\n');
    const listener = { res, leader };
    listeners.add(listener);
    if (!leader) followers++;
    send(res, 'state', { ...state, seq: sequence });
    countToLeaders();
    const beat = setInterval(() => res.write(': beat\n\n'), HEARTBEAT_MS);
    const gone = () => {
      clearInterval(beat);
      if (!listeners.delete(listener)) return;
      if (!leader) followers--;
      countToLeaders();
    };
    req.on('close', gone);
    res.on('error', gone);
  }

  function post(req: IncomingMessage, res: ServerResponse, path: string, build: DeckBuild | undefined): void {
    // The key first: a client without it is refused and counts against nobody's rate.
    if (!hasKey(req)) return refuse(req, res, 403, 'only the speaker moves the deck');
    const client = req.socket.remoteAddress ?? '';
    const second = Math.floor(Date.now() / 1000);
    const rate = sent.get(client);
    if (rate?.second === second && ++rate.count > RATE) return refuse(req, res, 429, 'too many messages');
    if (rate?.second !== second) sent.set(client, { second, count: 1 });
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
        const valid = validState(body, build?.slides ?? 0);
        if (!valid) return refuse(req, res, 400, 'not a position in this deck');
        state = valid;
        broadcast();
      } else {
        const action = (body as { action?: unknown } | null)?.action;
        if (action !== 'next' && action !== 'prev') return refuse(req, res, 400, 'not a command');
        for (const l of listeners) if (l.leader) send(l.res, 'command', { action });
      }
      plain(res, 204);
    });
  }

  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port, options.host, () => {
      server.off('error', fail);
      done();
    });
  });
  const address = server.address();
  return {
    server,
    port: typeof address === 'object' && address ? address.port : options.port,
    key,
    capacity: room,
    followers: () => followers,
    close: () =>
      new Promise<void>((done) => {
        for (const l of listeners) l.res.end();
        listeners.clear();
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

/** A path as RFC 3986 writes one: segments of unreserved characters, sub-delimiters, `:`, `@`
 *  and percent-escapes. */
const PATH = /^(?:\/(?:[\w\-.~!$&'()*+,;=:@]|%[\dA-Fa-f]{2})*)+$/;
/** An escaped control character (NUL among them): no file of the deck has one in its name. */
const ESCAPED_CONTROL = /%(?:[01][\dA-Fa-f]|7[Ff])/;

/** The request's target as a URL on this server, from a path (`/assets/x.js?v`) or an absolute
 *  http address; undefined for anything malformed (`//[`, `//%00`, a port past 65535, `*`). */
export function requestTarget(target: string | undefined): URL | undefined {
  if (!target) return undefined;
  let url: URL;
  try {
    // After an origin of ours a path stays a path: `//host` cannot name another host.
    url = new URL(target.startsWith('/') ? `http://deck${target}` : target);
  } catch {
    return undefined;
  }
  const path = target.startsWith('/') ? target.replace(/\?.*$/s, '') : url.pathname;
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !PATH.test(path) || ESCAPED_CONTROL.test(path)) return undefined;
  return url;
}

/** An error nobody expected, in one request: one line in the terminal, a 500 for that request. */
export function failed(req: IncomingMessage, res: ServerResponse, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`deck: ${req.method} ${JSON.stringify((req.url ?? '').slice(0, 100))} failed: ${message.split('\n')[0]}`);
  if (res.headersSent) return void res.destroy();
  res.removeHeader('Content-Encoding');
  plain(res, 500, 'internal error');
}

/** A position in this deck, or nothing: integers within its range and two flags, no more. */
export function validState(body: unknown, slides: number): LiveState | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const { h, v, f, overview, paused, ...rest } = body as Record<string, unknown>;
  const int = (n: unknown, min: number, max: number): n is number => Number.isInteger(n) && (n as number) >= min && (n as number) <= max;
  if (Object.keys(rest).length || !int(h, 0, slides - 1) || !int(v, 0, 99) || !int(f, -1, 99) || typeof overview !== 'boolean' || typeof paused !== 'boolean') return undefined;
  return { h, v, f, overview, paused };
}

/** A bad message closes its own connection, nothing else. */
function refuse(req: IncomingMessage, res: ServerResponse, status: number, text: string): void {
  if (!res.headersSent) res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', Connection: 'close' });
  res.end(text);
  req.socket.destroySoon?.();
}
