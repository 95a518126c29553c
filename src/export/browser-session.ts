// The browser an export prints with, and the local server it prints from: found (never
// downloaded), started as a process of our own on the print view while the deck still compiles,
// spoken to over the DevTools protocol, and always closed, Ctrl+C included. The print view's tab
// is reached over the browser's own pipe at once; the driver (playwright), which takes longer to
// load than the PDF takes to print, is loaded only by the exports that need more than that tab.
import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import type { Browser, Page } from 'playwright-core';
import sirv from 'sirv';
import { cleanUpOnInterrupt } from '../files/on-interrupt.js';
import { DevToolsPipe, firstTab } from './devtools-pipe.js';
import { BrowserNotFoundError, ExportError, withDeadline } from './export-kinds.js';
import type { PrintTab } from './print-view.js';

/** Debian's Chromium, where the README tells people to install it. */
const KNOWN_PATHS = ['/usr/bin/chromium'];
/** Commands other systems install on PATH. */
const COMMANDS = ['google-chrome', 'chromium-browser'];

/** CHROME_PATH when set, else the first of KNOWN_PATHS, else the first of COMMANDS on PATH. */
export function findBrowser(env: NodeJS.ProcessEnv = process.env, knownPaths: readonly string[] = KNOWN_PATHS): string {
  const chosen = env['CHROME_PATH'];
  // A CHROME_PATH that is wrong is a mistake to report, not a reason to quietly print with another browser.
  if (chosen) {
    if (isExecutable(chosen)) return chosen;
    throw new BrowserNotFoundError(
      `CHROME_PATH is "${chosen}", which is not an executable file\n  hint: point it at Chrome or Chromium, or unset it to look in the usual places`,
    );
  }
  const dirs = (env['PATH'] ?? '').split(delimiter).filter(Boolean);
  const candidates = [...knownPaths, ...COMMANDS.flatMap((command) => dirs.map((dir) => join(dir, command)))];
  const found = candidates.find(isExecutable);
  if (found) return found;
  const looked = [...knownPaths, ...COMMANDS.map((c) => `${c} on PATH`)].join(', ');
  throw new BrowserNotFoundError(`no Chrome or Chromium found (looked for CHROME_PATH, ${looked})
  hint: install Chrome or Chromium (Debian/Ubuntu: sudo apt-get install chromium), or set CHROME_PATH to its executable; deck never downloads a browser`);
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** What an export prints with: the tab opened at start, the deck's address, and the driver. */
export interface Printer {
  /** The tab the browser opened at `startPath`, already loading when the export begins. */
  tab: PrintTab;
  /** The built deck, served on 127.0.0.1. */
  url: string;
  /** The driver, loaded and connected on the first call: the browser, to open more pages in, and
   *  the start tab as its page. */
  driver(): Promise<Driver>;
  /** The export needs the browser no longer: it closes while the export writes its file. */
  release(): void;
}

export interface Driver {
  browser: Browser;
  startPage: Page;
}

const LAUNCH_TIMEOUT_MS = 30_000;

/** Switches that spare the browser work no export needs; the bench's floor gets them too. */
export const BROWSER_WORK_SKIPPED = ['--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup'];

/** Chromium as every run of it here starts (the exports, the tests, the bench): sandbox off, as
 *  running as root (containers, CI) needs, for a browser that only opens the local deck; and no
 *  updates, sync, first-run checks or QUIC going out. */
export const QUIET_BROWSER = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const FLAGS = [
  '--headless',
  ...QUIET_BROWSER,
  '--hide-scrollbars',
  '--mute-audio',
  '--disable-extensions',
  // Headless Chromium still builds its address bar's suggestion popups (two web pages of the
  // browser's own) as it starts: a second of work on two cores, in the way of the print view.
  ...BROWSER_WORK_SKIPPED,
  // The slide's own size, as reveal lays out its print view for the window it has.
  '--window-size=1280,720',
  // The pipe on file descriptors 3 and 4 for the print view's tab; a port for the driver.
  '--remote-debugging-pipe',
  '--remote-debugging-port=0',
];

/** A server for the built deck and a browser on its way up; `connect` waits for the browser,
 *  `close` ends both, however far they got. */
export class BrowserSession {
  private readonly profile = mkdtempSync(join(tmpdir(), 'deck-browser-'));
  private readonly child: ChildProcess;
  private readonly exited: Promise<void>;
  private readonly endpoint: Promise<string>;
  private readonly pipe: DevToolsPipe;
  private driverConnection?: Promise<Driver>;
  private readonly released: () => void;
  /** Why the browser never came up, once it has exited: its own words, from its stderr. */
  private startFailure: unknown;

  private constructor(
    private readonly server: DistServer,
    private readonly executablePath: string,
    startUrl: string,
  ) {
    // Its own process group, so that ending it ends its helpers too (a crash reporter outlives a
    // browser killed alone); which means Ctrl+C no longer reaches it, so it is ended here then too.
    this.child = spawn(executablePath, [...FLAGS, `--user-data-dir=${this.profile}`, startUrl], {
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'],
    });
    this.pipe = new DevToolsPipe(this.child.stdio[3] as Writable, this.child.stdio[4] as Readable);
    this.exited = new Promise<void>((done) => this.child.once('close', () => done()));
    process.once('exit', this.end);
    this.released = cleanUpOnInterrupt(() => {
      this.end();
      rmSync(this.profile, { recursive: true, force: true });
    });
    this.endpoint = devToolsEndpoint(this.child, executablePath);
    // Until connect() is called nobody awaits it; a failure is reported there.
    this.endpoint.catch((why: unknown) => (this.startFailure = why));
  }

  /** Serves `outDir` and starts the browser on `startPath` (a blank tab if none), without waiting for it. */
  static async start(options: { browserPath: string; outDir: string; startPath?: string }): Promise<BrowserSession> {
    const server = await serveDist(options.outDir);
    return new BrowserSession(server, options.browserPath, options.startPath === undefined ? 'about:blank' : server.url + options.startPath);
  }

  /** The start tab over the browser's pipe, once the browser is up; the driver when asked for. */
  async connect(): Promise<Printer> {
    // The pipe answers as soon as the browser is up; a browser that fails to start says why on stderr.
    const failed = this.endpoint.then(() => new Promise<never>(() => undefined));
    // Once the tab has answered, the browser ending at close is no failure of this call.
    failed.catch(() => undefined);
    const started = Promise.race([firstTab(this.pipe), failed]).catch(async (error: unknown) => {
      // A browser that exits at once can break the pipe before its exit is seen: once it has
      // exited, its own reason ("could not start the browser at …") says more than the pipe's.
      await Promise.race([this.exited, new Promise((done) => setTimeout(done, 2000))]);
      throw this.startFailure ?? error;
    });
    const tab = await withDeadline(started, LAUNCH_TIMEOUT_MS, `the browser at ${this.executablePath} did not start`);
    return {
      tab,
      url: this.server.url,
      driver: () => (this.driverConnection ??= this.connectDriver()),
      release: () => void this.close().catch(() => undefined),
    };
  }

  private async connectDriver(): Promise<Driver> {
    const [{ chromium }, url] = await Promise.all([import('playwright-core'), this.endpoint]);
    const browser = await chromium.connectOverCDP(url, { timeout: LAUNCH_TIMEOUT_MS });
    const startPage = browser.contexts()[0]?.pages()[0];
    if (!startPage) throw new ExportError(`the browser at ${this.executablePath} opened no tab`);
    return { browser, startPage };
  }

  private closing?: Promise<void>;

  /** Ends the browser and all its processes, removes its profile, and stops the server; once,
   *  however often it is called. */
  close(): Promise<void> {
    return (this.closing ??= this.shutDown());
  }

  private async shutDown(): Promise<void> {
    this.end();
    process.removeListener('exit', this.end);
    this.released();
    if (this.child.pid !== undefined) await this.exited;
    rmSync(this.profile, { recursive: true, force: true, maxRetries: 5 });
    await this.server.close();
  }

  private readonly end = () => {
    try {
      process.kill(-this.child.pid!, 'SIGKILL');
    } catch {
      // Already gone.
    }
  };
}

/** The address the browser prints on stderr once it listens, or why it never did. */
function devToolsEndpoint(child: ChildProcess, executablePath: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (chunk: string) => {
      output += chunk;
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(output);
      if (match) resolve(match[1]!);
    });
    child.on('error', (error) => reject(new ExportError(`could not start the browser at ${executablePath}: ${error.message}`)));
    child.on('exit', (code) => {
      const reason = output.split('\n').find((line) => line.trim() && !line.startsWith('[')) ?? `it exited with code ${code}`;
      reject(new ExportError(`could not start the browser at ${executablePath}: ${reason.trim()}`));
    });
  });
}

interface DistServer {
  url: string;
  close(): Promise<void>;
}

/** A static server for the built deck, on 127.0.0.1 only (the tests serve the deck with it too). */
export async function serveDist(outDir: string): Promise<DistServer> {
  const server = createServer(sirv(resolve(outDir), { dev: true, etag: false }));
  // Any free port: two exports (or an export and `npm start`) can run side by side.
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', done);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
