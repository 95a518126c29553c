// One local server and one browser for an export, always closed afterwards, even on failure.
import type { Browser } from 'playwright-core';
import { launchBrowser } from './launch-browser.js';
import { serveDist } from './serve-dist.js';

export interface ExportSession {
  browser: Browser;
  /** The built deck, served on 127.0.0.1. */
  url: string;
}

export async function withExportSession<T>(options: { browserPath: string; outDir: string }, work: (session: ExportSession) => Promise<T>): Promise<T> {
  const server = await serveDist(options.outDir);
  try {
    const browser = await launchBrowser(options.browserPath);
    try {
      return await work({ browser, url: server.url });
    } finally {
      await browser.close();
    }
  } finally {
    await server.close();
  }
}
