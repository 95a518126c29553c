// `deck present`: build if needed, serve the deck on the local network, and say how: the three
// addresses (the audience's as a QR code in the terminal) and how many phones can follow.
import QRCode from 'qrcode';
import { isBuildCurrent, rebuildKeeping } from '../site/current-build.js';
import { exportNames } from '../export/export-kinds.js';
import type { CompileResult } from '../types.js';
import type { Capacity } from './connection-limits.js';
import { startLiveServer, type Addresses, type LiveServer } from './live-server.js';

export interface PresentOptions {
  slidesDir: string;
  outDir: string;
  port: number;
  host: string;
}

export async function present(options: PresentOptions, decks: CompileResult, onBuild: () => void): Promise<{ live: LiveServer; addresses: Addresses }> {
  if (!isBuildCurrent(options)) {
    onBuild();
    await rebuildKeeping(decks, options.outDir, exportNames([decks.deck, ...decks.translations].map((d) => d.lang)));
  }
  const live = await startLiveServer({ distDir: options.outDir, port: options.port, host: options.host });
  return { live, addresses: live.addresses };
}

/** How many phones can follow at once, and what bounds it. */
export function capacityLine({ followers, openFiles }: Capacity): string {
  if (followers === undefined) return 'deck: this machine holds as many followers as its memory allows';
  return `deck: this machine holds ${followers} followers at once (its limit of open files is ${openFiles}; ulimit -n raises it)`;
}

/** The audience's address as a QR code drawn in the terminal, for the room to scan. */
export const terminalQr = (url: string): Promise<string> => QRCode.toString(url, { type: 'terminal', small: true });
