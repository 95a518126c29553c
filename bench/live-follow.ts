// Live presenting under load: `deck present` in its own process, N followers connected to its
// event stream, the leader moving; how long each move takes to reach each follower, the server's
// memory with them connected, and what a phone downloads to join.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { get, request } from 'node:http';
import { summarise, type Summary } from './stats.js';

const MOVES = 20;

export interface LiveFigures {
  latency: Record<number, { median: Summary; p95: Summary }>;
  serverMiB: number;
  joinKiB: number;
}

export async function measureLiveFollow(slidesDir: string, outDir: string, counts: number[]): Promise<LiveFigures> {
  const server = spawn(process.execPath, ['bin/deck.js', 'present', '--slides', slidesDir, '--out', outDir, '--host', '127.0.0.1', '--port', '0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const presenter = await new Promise<URL>((done, fail) => {
      let out = '';
      server.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const line = /presenter: (\S+)/.exec(out);
        if (line) done(new URL(line[1]!));
      });
      server.once('exit', (code) => fail(new Error(`deck present exited ${code}`)));
    });
    const key = presenter.searchParams.get('lead')!;
    const origin = presenter.origin;
    const latency: LiveFigures['latency'] = {};
    let serverMiB = 0;
    for (const n of counts) {
      const { deliveries, close } = await connect(origin, n);
      const sentAt = new Map<number, number>();
      for (let move = 0; move < MOVES; move++) {
        const h = (move % 12) + 1;
        sentAt.set(move, performance.now());
        await post(origin, key, { h, v: 0, f: -1, overview: false, paused: false });
        await new Promise((done) => setTimeout(done, 50));
        deliveries.mark(move);
      }
      await new Promise((done) => setTimeout(done, 500));
      const times = deliveries.latencies(sentAt);
      const sorted = [...times].sort((a, b) => a - b);
      const p95 = sorted[Math.floor(sorted.length * 0.95)] ?? 0;
      latency[n] = { median: summarise(times), p95: { median: p95, min: p95, max: p95 } };
      if (n === Math.max(...counts)) serverMiB = rssMiB(server.pid!);
      close();
    }
    return { latency, serverMiB, joinKiB: (await joinBytes(origin, outDir)) / 1024 };
  } finally {
    server.kill('SIGINT');
  }
}

/** N event streams; each notes when each position arrives. */
async function connect(origin: string, n: number) {
  const arrivals: Map<number, number>[] = [];
  const requests: ReturnType<typeof get>[] = [];
  let ready = 0;
  await new Promise<void>((done) => {
    for (let i = 0; i < n; i++) {
      const seen = new Map<number, number>();
      arrivals.push(seen);
      // Each from an address of its own, as phones are: the server holds one address to a few connections.
      const req = get(`${origin}/live/events`, { agent: false, localAddress: `127.1.${Math.floor(i / 250)}.${(i % 250) + 1}` }, (res) => {
        let buffer = '';
        let first = true;
        res.on('data', (chunk: Buffer) => {
          const now = performance.now();
          buffer += chunk.toString();
          let end;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const message = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const data = /^data: (.*)$/m.exec(message)?.[1];
            if (!message.startsWith('event: state') || !data) continue;
            const { seq } = JSON.parse(data) as { seq: number };
            if (first) {
              first = false;
              if (++ready === n) done();
            } else seen.set(seq, now);
          }
        });
      });
      requests.push(req);
    }
  });
  // Server sequence numbers of the moves, in the order they were made.
  const moves: number[] = [];
  return {
    deliveries: {
      mark: (move: number) => moves.push(move),
      latencies: (sentAt: Map<number, number>) => {
        const base = Math.min(...arrivals.flatMap((a) => [...a.keys()]));
        return arrivals.flatMap((a) => moves.map((move) => (a.get(base + move) ?? Infinity) - sentAt.get(move)!)).filter(Number.isFinite);
      },
    },
    close: () => {
      for (const req of requests) req.destroy();
    },
  };
}

function post(origin: string, key: string, state: object): Promise<void> {
  return new Promise((done, fail) => {
    const req = request(`${origin}/live/state`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'x-deck-key': key }, agent: false }, (res) => {
      res.resume();
      res.on('end', () => done());
    });
    req.on('error', fail);
    req.end(JSON.stringify(state));
  });
}

function rssMiB(pid: number): number {
  const kib = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Number(kib ?? 0) / 1024;
}

/** The page, the scripts and the fonts a follower loads, as they go over the wire (compressed). */
async function joinBytes(origin: string, outDir: string): Promise<number> {
  const scripts = readdirSync(`${outDir}/assets`).filter((name) => /^(index|preload-helper|start-deck|live)-[\w-]+\.js$/.test(name));
  // And the font files the page asks for in its head.
  const fonts = [...readFileSync(`${outDir}/index.html`, 'utf8').matchAll(/<link rel="preload" href="([^"]+)" as="font"/g)].map((m) => `/${m[1]}`);
  let total = 0;
  for (const path of ['/', ...scripts.map((s) => `/assets/${s}`), ...fonts]) {
    total += await new Promise<number>((done, fail) => {
      get(`${origin}${path}`, { headers: { 'Accept-Encoding': 'br, gzip' }, agent: false }, (res) => {
        let bytes = 0;
        res.on('data', (chunk: Buffer) => (bytes += chunk.length));
        res.on('end', () => done(bytes));
      }).on('error', fail);
    });
  }
  return total;
}
