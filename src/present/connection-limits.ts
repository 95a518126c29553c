// How many connections `deck present` takes: a few per client address, so that one client cannot
// hold them all, and in all no more than the process may open, with room kept for the speaker and
// for the files a joining phone reads. Each connection is an open file of the process.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';

/** Connections one address may hold. A browser opens at most six to one server (the deck's event
 *  streams among them, shared by its tabs), so a phone, or a laptop running a few browsers, stays
 *  under it. */
export const PER_CLIENT = 32;
/** Open files kept for everything but the followers' streams: the speaker's page, remote and
 *  POSTs, joining phones' downloads, and the files those read. */
const RESERVE = 64;

export interface Capacity {
  /** The followers this process can hold at once; undefined where nothing limits it but memory. */
  followers: number | undefined;
  /** The process's limit of open files, where there is one. */
  openFiles: number | undefined;
}

/** What this process can hold, from its limit of open files and the files it has open now. */
export function capacity(): Capacity {
  const openFiles = openFileLimit();
  if (openFiles === undefined) return { followers: undefined, openFiles };
  return { followers: Math.max(0, openFiles - openNow() - RESERVE), openFiles };
}

/** Holds `server` to PER_CLIENT connections an address, and to the followers it can hold plus the
 *  room kept for the speaker, so that reading a file never finds the process out of descriptors. */
export function limitConnections(server: Server, { followers }: Capacity): void {
  if (followers !== undefined) server.maxConnections = followers + RESERVE / 2;
  const held = new Map<string, number>();
  // Before the HTTP server's own listener: a connection over the limit is closed unread.
  server.prependListener('connection', (socket) => {
    const client = socket.remoteAddress ?? '';
    const count = (held.get(client) ?? 0) + 1;
    if (count > PER_CLIENT) return socket.destroy();
    held.set(client, count);
    socket.once('close', () => {
      const left = held.get(client)! - 1;
      if (left) held.set(client, left);
      else held.delete(client);
    });
  });
}

/** The soft limit on open files (Node raises it to the hard limit as it starts), or undefined. */
function openFileLimit(): number | undefined {
  try {
    const line = /^Max open files\s+(\S+)/m.exec(readFileSync('/proc/self/limits', 'utf8'));
    if (line) return line[1] === 'unlimited' ? undefined : Number(line[1]);
  } catch {
    // not Linux: ask a shell, which inherits this process's limits
  }
  try {
    const out = execFileSync('sh', ['-c', 'ulimit -n'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return /^\d+$/.test(out) ? Number(out) : undefined;
  } catch {
    return undefined; // Windows: no such limit
  }
}

/** Files this process has open now (where the system lists them; else a start-up's usual count). */
function openNow(): number {
  for (const folder of ['/proc/self/fd', '/dev/fd']) {
    try {
      return readdirSync(folder).length;
    } catch {
      // not on this system
    }
  }
  return 32;
}
