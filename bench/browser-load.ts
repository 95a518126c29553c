// Loads a built deck in Chromium from a local static server and reads what a visitor pays.
import type { Browser, Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';

export interface LoadRun {
  /** The first slide's largest text painted on screen (largest contentful paint). */
  firstSlideMs: number;
  /** reveal.js started: the deck answers keys and clicks. */
  readyMs: number;
  fcpMs: number;
  transferKiB: number;
  /** The same files as they are once decompressed: what the browser parses and keeps. */
  uncompressedKiB: number;
  /** What had come, decompressed, when the first slide was painted: the page, its styles, the icon. */
  beforePaintKiB: number;
  requests: number;
  heapMiB: number;
}

/** Serves `dir` on 127.0.0.1 as the deck would be hosted: compressed, which Vite's preview does
 *  and the exports' plain server (src/export/serve-dist.ts) need not; over HTTP/2 with TLS when
 *  given a certificate. */
export async function serveDir(dir: string, https?: { key: Buffer; cert: Buffer }): Promise<{ url: string; server: PreviewServer }> {
  const server = await preview({ configFile: false, logLevel: 'silent', build: { outDir: dir }, preview: { port: 0, host: '127.0.0.1', https } });
  return { url: server.resolvedUrls!.local[0]!, server };
}

export async function measureLoad(browser: Browser, url: string): Promise<LoadRun> {
  // A new context each time: a cold cache, as for a first visit.
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => document.querySelector('.reveal.ready .slides > section.present') !== null && document.fonts.status === 'loaded', null, {
    polling: 'raf',
  });
  const readyMs = await page.evaluate(() => performance.now());
  const firstSlideMs = await firstSlidePaint(page);
  const metrics = await page.evaluate(() => {
    const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')] as PerformanceResourceTiming[];
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
    return {
      fcp,
      bytes: entries.reduce((sum, e) => sum + e.transferSize, 0),
      decoded: entries.reduce((sum, e) => sum + e.decodedBodySize, 0),
      beforePaint: entries.filter((e) => e.responseEnd <= fcp).reduce((sum, e) => sum + e.decodedBodySize, 0),
      requests: entries.length,
    };
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await context.close();
  return {
    firstSlideMs,
    readyMs,
    fcpMs: metrics.fcp,
    transferKiB: metrics.bytes / 1024,
    uncompressedKiB: metrics.decoded / 1024,
    beforePaintKiB: metrics.beforePaint / 1024,
    requests: metrics.requests,
    heapMiB: usedSize / 2 ** 20,
  };
}

/** When the page's first slide was painted: its largest contentful paint inside the first
 *  `.slides > section` (the last, largest entry: the slide's title). */
export function firstSlidePaint(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => {
          const onFirstSlide = list.getEntries().filter((e) => (e as LargestContentfulPaint).element?.closest('.slides > section:first-child'));
          resolve(onFirstSlide.at(-1)?.startTime ?? NaN);
        }).observe({ type: 'largest-contentful-paint', buffered: true });
      }),
  );
}
