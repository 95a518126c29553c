// One local server and one browser for an export, always closed afterwards, even on failure.
import type { Browser, Page } from 'playwright-core';
import { startBrowser } from './launch-browser.js';
import { serveDist } from './serve-dist.js';

export interface ExportSession {
  browser: Browser;
  /** The built deck, served on 127.0.0.1. */
  url: string;
  /** The tab the browser opened at `startPath`, already loading when the export begins. */
  startPage: Page;
}

export interface SessionOptions {
  browserPath: string;
  outDir: string;
  /** What the browser opens first, relative to the deck's address; a blank tab if none. */
  startPath?: string;
}

/** A server and a browser on their way up; `use` waits for them, `close` stops them unused. */
export interface StartedSession {
  use<T>(work: (session: ExportSession) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Starts the server and the browser without waiting for the browser to come up. */
export async function startExportSession(options: SessionOptions): Promise<StartedSession> {
  const server = await serveDist(options.outDir);
  const running = startBrowser(options.browserPath, options.startPath === undefined ? undefined : server.url + options.startPath);
  const close = async () => {
    await Promise.all([running.close(), server.close()]);
  };
  return {
    async use(work) {
      try {
        const { browser, startPage } = await running.connect();
        return await work({ browser, url: server.url, startPage });
      } finally {
        await close();
      }
    },
    close,
  };
}
