// Loads a built deck in Chromium from a local static server and reads what a visitor pays.
import type { Browser } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';

export interface LoadRun {
  firstSlideMs: number;
  fcpMs: number;
  transferKiB: number;
  requests: number;
  heapMiB: number;
}

/** Serves `dir` on 127.0.0.1 as the deck would be hosted. */
export async function serveDir(dir: string): Promise<{ url: string; server: PreviewServer }> {
  const server = await preview({ configFile: false, logLevel: 'silent', build: { outDir: dir }, preview: { port: 0, host: '127.0.0.1' } });
  return { url: server.resolvedUrls!.local[0]!, server };
}

export async function measureLoad(browser: Browser, url: string): Promise<LoadRun> {
  // A new context each time: a cold cache, as for a first visit.
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => document.querySelector('.reveal.ready .slides > section.present') !== null && document.fonts.status === 'loaded', null, { polling: 'raf' });
  const firstSlideMs = await page.evaluate(() => performance.now());
  const metrics = await page.evaluate(() => {
    const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')] as PerformanceResourceTiming[];
    return {
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      bytes: entries.reduce((sum, e) => sum + e.transferSize, 0),
      requests: entries.length,
    };
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await context.close();
  return { firstSlideMs, fcpMs: metrics.fcp, transferKiB: metrics.bytes / 1024, requests: metrics.requests, heapMiB: usedSize / 2 ** 20 };
}
