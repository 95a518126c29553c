// Lighthouse's mobile preset (a mid-range phone on slow 4G, its CPU four times slower, the load
// simulated from one real one) on a built page served compressed, as a host serves it, in the
// system's Chromium (nothing downloads a browser). The figures a reader on a phone feels: first
// and largest contentful paint, total blocking time, layout shift, and the bytes of the load.
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { QUIET_BROWSER } from '../src/export/browser-session.js';
import { CHROMIUM } from '../test/browser/chromium.js';

export interface LighthouseRun {
  performance: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  transferKiB: number;
}

const FLAGS = ['--headless=new', ...QUIET_BROWSER];

/** `runs` Lighthouse runs of the page at `url`, one browser for them all (each run its own cold load). */
export async function measureLighthouse(url: string, runs: number): Promise<LighthouseRun[]> {
  const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: FLAGS });
  try {
    const results: LighthouseRun[] = [];
    for (let i = 0; i < runs; i++) {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', onlyCategories: ['performance'], logLevel: 'error' });
      if (!result) throw new Error(`bench: Lighthouse returned nothing for ${url}`);
      const { audits, categories } = result.lhr;
      const value = (id: string) => audits[id]?.numericValue ?? NaN;
      results.push({
        performance: Math.round((categories['performance']?.score ?? 0) * 100),
        fcpMs: value('first-contentful-paint'),
        lcpMs: value('largest-contentful-paint'),
        tbtMs: value('total-blocking-time'),
        cls: value('cumulative-layout-shift'),
        transferKiB: value('total-byte-weight') / 1024,
      });
    }
    return results;
  } finally {
    chrome.kill();
  }
}
