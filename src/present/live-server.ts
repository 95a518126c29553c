// `deck present`: the built deck served to the room, with the leader's position sent to every
// follower as it changes. Server-Sent Events carry it out (plain HTTP: through any venue network
// or proxy, reconnecting by themselves, no library); the leader and the remote send theirs in
// small POSTs that carry the speaker's key. Without the key a client can only listen.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import { qrSvg } from '../html/qr-code.js';
import { carriesKey, isKey, readJson, refuse } from '../security/speaker-requests.js';
import { MAX_MESSAGE_BYTES, validCommand, validState } from '../shared/live-messages.js';
import { LIVE_PREFIX, PARAMS, ROUTES } from '../shared/page-contract.js';
import { capacity, limitConnections, type Capacity } from './connection-limits.js';
import { deckFiles, plain, type DeckBuild, type DeckFiles } from './deck-files.js';
import { createLiveRoom, type LiveRoom } from './live-room.js';
import { requestTarget } from './request-target.js';

export interface LiveServerOptions {
  distDir: string;
  port: number;
  /** The interface to listen on: an address, or 0.0.0.0 / :: for every one. */
  host: string;
}

/** The three addresses a person (and a script) reads: audience, presenter, remote. */
export interface Addresses {
  audience: string;
  presenter: string;
  remote: string;
}

export interface LiveServer {
  server: Server;
  port: number;
  /** 128 random bits, hex: made anew at each start, never sent to a follower. */
  key: string;
  addresses: Addresses;
  /** How many followers this machine can hold at once. */
  capacity: Capacity;
  followers(): number;
  close(): Promise<void>;
}

/** Messages a second the speaker's page or remote may send; a held-down arrow key sends about thirty. */
const RATE = 60;
/** When a follower turned away (the machine is full) is told to try again, in seconds; the deck's
 *  own stream tries again 5 to 15 seconds later (runtime/live/live-events.ts). */
const RETRY_AFTER = 10;

export async function startLiveServer(options: LiveServerOptions): Promise<LiveServer> {
  const key = randomBytes(16).toString('hex');
  const room = capacity();
  const server = createServer();
  limitConnections(server, room);
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port, options.host, () => {
      server.off('error', fail);
      done();
    });
  });
  // Once listening, a failure to accept a connection (out of descriptors) is said, not thrown.
  server.on('error', (error) => console.error(`deck: ${error.message}`));
  const { port } = server.address() as AddressInfo;
  const addresses = liveAddresses(options.host, port, key);
  const live = createLiveRoom(addresses.audience);
  // Added once the addresses are known; no request is read before the server has listened.
  const answer = routes({ key, addresses, deck: deckFiles(options.distDir), live, followersHeld: room.followers });
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    try {
      answer(req, res);
    } catch (error) {
      failed(req, res, error);
    }
  });
  return {
    server,
    port,
    key,
    addresses,
    capacity: room,
    followers: live.followers,
    close: () =>
      new Promise<void>((done) => {
        live.close();
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

interface Routes {
  key: string;
  addresses: Addresses;
  deck: DeckFiles;
  live: LiveRoom;
  /** The followers the machine holds, undefined where only memory limits them. */
  followersHeld: number | undefined;
}

/** The server's answer to each request: the live routes, then the built deck's files. */
function routes({ key, addresses, deck, live, followersHeld }: Routes): (req: IncomingMessage, res: ServerResponse) => void {
  const sent = new Map<string, { second: number; count: number }>();

  /** The live stream. The leader and the remote listen too (for the count of followers and the
   *  remote's commands), proving themselves with the key in the address. */
  const events = (req: IncomingMessage, res: ServerResponse, url: URL) => {
    const speaker = isKey(url.searchParams.get(PARAMS.key), key);
    // A follower more than the machine holds waits its turn; the speaker is never turned away.
    if (!speaker && followersHeld !== undefined && live.followers() >= followersHeld) {
      res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': String(RETRY_AFTER) });
      return void res.end('the room is full: try again in a moment');
    }
    live.join(
      res,
      (gone) => {
        req.on('close', gone);
        res.on('error', gone);
      },
      speaker,
    );
  };

  /** A move of the leader's or a command of the remote's: the key first, so that a client without
   *  it is refused and counts against nobody's rate; then the rate, then the message's shape. */
  const post = (req: IncomingMessage, res: ServerResponse, path: string, build: DeckBuild | undefined) => {
    if (!carriesKey(req, key)) return refuse(req, res, 403, 'only the speaker moves the deck');
    const client = req.socket.remoteAddress ?? '';
    const second = Math.floor(Date.now() / 1000);
    const rate = sent.get(client);
    if (rate?.second === second && ++rate.count > RATE) return refuse(req, res, 429, 'too many messages');
    if (rate?.second !== second) sent.set(client, { second, count: 1 });
    readJson(req, res, MAX_MESSAGE_BYTES, (body) => {
      if (path === ROUTES.liveState) {
        const state = validState(body, build?.slides ?? 0);
        if (!state) return refuse(req, res, 400, 'not a position in this deck');
        live.move(state);
      } else {
        const command = validCommand(body);
        if (!command) return refuse(req, res, 400, 'not a command');
        live.command(command.action);
      }
      plain(res, 204);
    });
  };

  /** The audience's address as a QR code; the remote's only for the speaker (the speaker view asks with the key). */
  const qrCode = (res: ServerResponse, url: URL) => {
    const forRemote = url.searchParams.get(PARAMS.qrFor) === PARAMS.remote;
    if (forRemote && !isKey(url.searchParams.get(PARAMS.key), key)) return plain(res, 403, 'only the speaker sees the remote');
    const address = forRemote ? addresses.remote : addresses.audience;
    const svg = qrSvg(address, address);
    res.writeHead(200, { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'no-store' });
    res.end(svg);
  };

  return (req, res) => {
    const url = requestTarget(req.url);
    if (!url) return plain(res, 400, 'bad request target');
    const build = deck.current();
    res.setHeader('Content-Security-Policy', `${build?.policy ?? "default-src 'self'"}; connect-src 'self'`);
    const { pathname } = url;
    if (pathname === ROUTES.liveEvents && req.method === 'GET') return events(req, res, url);
    if ((pathname === ROUTES.liveState || pathname === ROUTES.liveCommand) && req.method === 'POST') return post(req, res, pathname, build);
    if (pathname === ROUTES.liveQr && req.method === 'GET') return qrCode(res, url);
    if (pathname.startsWith(LIVE_PREFIX)) return plain(res, 404, 'not found');
    if (req.method !== 'GET' && req.method !== 'HEAD') return plain(res, 405, 'method not allowed');
    if (!build) return plain(res, 404, 'not found');
    if (pathname === '/' || pathname === '/index.html') return deck.page(req, res, build);
    deck.serve(req, res, build, pathname);
  };
}

/** The addresses of this server as the room reaches it: the host asked for, or, listening on every
 *  interface, the machine's first address on the network. */
function liveAddresses(host: string, port: number, key: string): Addresses {
  const lan = () =>
    Object.values(networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal)?.address ?? '127.0.0.1';
  const reachable = host === '0.0.0.0' || host === '::' ? lan() : host.includes(':') ? `[${host}]` : host;
  const audience = `http://${reachable}:${port}/`;
  return { audience, presenter: `${audience}?${PARAMS.lead}=${key}`, remote: `${audience}?${PARAMS.remote}=${key}` };
}

/** An error nobody expected, in one request: one line in the terminal, a 500 for that request. */
function failed(req: IncomingMessage, res: ServerResponse, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`deck: ${req.method} ${JSON.stringify((req.url ?? '').slice(0, 100))} failed: ${message.split('\n')[0]}`);
  if (res.headersSent) return void res.destroy();
  res.removeHeader('Content-Encoding');
  plain(res, 500, 'internal error');
}
