// `deck present`: build if needed, serve the deck on the local network, print the three
// addresses (and the audience's as a QR code in the terminal), stop cleanly on Ctrl+C.
import { networkInterfaces } from 'node:os';
import QRCode from 'qrcode';
import { isBuildCurrent, rebuildKeeping } from '../build/current-build.js';
import { exportNames } from '../export/export-kinds.js';
import { LEAD_PARAM, REMOTE_PARAM } from '../runtime/live-names.js';
import type { CompileResult } from '../types.js';
import type { Capacity } from './connection-limits.js';
import { startLiveServer, type LiveServer } from './live-server.js';

export interface PresentOptions {
  slidesDir: string;
  outDir: string;
  port: number;
  host: string;
}

/** The three addresses a person (and a script) reads: audience, presenter, remote. */
export interface Addresses {
  audience: string;
  presenter: string;
  remote: string;
}

export async function present(options: PresentOptions, decks: CompileResult, onBuild: () => void): Promise<{ live: LiveServer; addresses: Addresses }> {
  if (!isBuildCurrent(options)) {
    onBuild();
    await rebuildKeeping(decks, options.outDir, exportNames());
  }
  const audience = (port: number) => `http://${reachableAddress(options.host)}:${port}/`;
  const live = await startLiveServer({ distDir: options.outDir, port: options.port, host: options.host, audience });
  const base = audience(live.port);
  return {
    live,
    addresses: { audience: base, presenter: `${base}?${LEAD_PARAM}=${live.key}`, remote: `${base}?${REMOTE_PARAM}=${live.key}` },
  };
}

/** How many phones can follow at once, and what bounds it. */
export function capacityLine({ followers, openFiles }: Capacity): string {
  if (followers === undefined) return 'deck: this machine holds as many followers as its memory allows';
  return `deck: this machine holds ${followers} followers at once (its limit of open files is ${openFiles}; ulimit -n raises it)`;
}

/** The audience's address as a QR code drawn in the terminal, for the room to scan. */
export const terminalQr = (url: string): Promise<string> => QRCode.toString(url, { type: 'terminal', small: true });

/** Where the room reaches this machine: the host asked for, or the first address on the network. */
function reachableAddress(host: string): string {
  if (host !== '0.0.0.0' && host !== '::') return host.includes(':') ? `[${host}]` : host;
  const lan = Object.values(networkInterfaces())
    .flat()
    .find((i) => i && i.family === 'IPv4' && !i.internal);
  return lan?.address ?? '127.0.0.1';
}
