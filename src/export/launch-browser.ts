// Starts the browser findBrowser chose, headless, as a process of our own, and connects
// playwright-core to it over the DevTools protocol. Starting it ourselves lets it come up, and
// load the first page, while Node is still loading the driver: the two take about as long.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { cleanUpOnInterrupt } from '../files/on-interrupt.js';
import { withDeadline } from './deadline.js';
import { ExportError } from './export-errors.js';

const LAUNCH_TIMEOUT_MS = 30_000;

const FLAGS = [
  '--headless',
  // Running as root (containers, CI) needs it; the browser only ever opens the local deck.
  '--no-sandbox',
  '--disable-gpu',
  '--hide-scrollbars',
  '--mute-audio',
  // An export only reads the local deck: no updates, sync or first-run checks going out.
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-extensions',
  // The slide's own size, as reveal lays out its print view for the window it has.
  '--window-size=1280,720',
  '--remote-debugging-port=0',
];

export interface RunningBrowser {
  /** Loads the driver and connects it: the browser, and the tab it opened at start. */
  connect(): Promise<{ browser: Browser; startPage: Page }>;
  /** Ends the browser and all its processes, and removes its profile. */
  close(): Promise<void>;
}

/** Starts the browser on `startUrl` (a blank tab if none) without waiting for it. */
export function startBrowser(executablePath: string, startUrl = 'about:blank'): RunningBrowser {
  const profile = mkdtempSync(join(tmpdir(), 'deck-browser-'));
  // Its own process group, so that ending it ends its helpers too (a crash reporter outlives a
  // browser killed alone); which means Ctrl+C no longer reaches it, so it is ended here then too.
  const child = spawn(executablePath, [...FLAGS, `--user-data-dir=${profile}`, startUrl], { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  const exited = new Promise<void>((done) => child.once('close', () => done()));
  const end = () => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // Already gone.
    }
  };
  process.once('exit', end);
  const released = cleanUpOnInterrupt(() => {
    end();
    rmSync(profile, { recursive: true, force: true });
  });
  const endpoint = devToolsEndpoint(child, executablePath);
  // Until connect() is called nobody awaits it; a failure is reported there.
  endpoint.catch(() => undefined);
  return {
    async connect() {
      const [{ chromium }, url] = await Promise.all([import('playwright-core'), withDeadline(endpoint, LAUNCH_TIMEOUT_MS, `the browser at ${executablePath} did not start`)]);
      const browser = await chromium.connectOverCDP(url, { timeout: LAUNCH_TIMEOUT_MS });
      const startPage = browser.contexts()[0]?.pages()[0];
      if (!startPage) throw new ExportError(`the browser at ${executablePath} opened no tab`);
      return { browser, startPage };
    },
    async close() {
      end();
      process.removeListener('exit', end);
      released();
      if (child.pid !== undefined) await exited;
      rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
    },
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
