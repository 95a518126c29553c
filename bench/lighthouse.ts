// Lighthouse's mobile preset (a mid-range phone on slow 4G, its CPU four times slower, the load
// simulated from one real one) on built pages served as a host serves them: compressed, over
// HTTP/2 with TLS. Over plain HTTP/1.1 the simulation opens a connection for each file asked for
// at once (a round trip each on slow 4G), which no host makes a browser do; `BENCH_HTTP1=1` serves
// that way all the same. In the system's Chromium (nothing downloads a browser). The figures a
// reader on a phone feels: first and largest contentful paint, total blocking time, layout shift,
// and the bytes of the load.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { PreviewServer } from 'vite';
import { QUIET_BROWSER } from '../src/export/browser-session.js';
import { CHROMIUM } from '../test/browser/chromium.js';
import { serveDir } from './browser-load.js';

export interface LighthouseRun {
  performance: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  transferKiB: number;
}

export const HTTP1 = process.env['BENCH_HTTP1'] === '1';

/** A certificate for 127.0.0.1 alone, made for this run (openssl) and trusted by this run's browser only. */
function loopbackCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'deck-bench-tls-'));
  try {
    const [key, cert] = [join(dir, 'key.pem'), join(dir, 'cert.pem')];
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
        '-keyout',
        key,
        '-out',
        cert,
      ],
      {
        stdio: 'ignore',
      },
    );
    return { key: readFileSync(key), cert: readFileSync(cert) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Serves `dir` as serveDir does, over HTTP/2 with TLS unless BENCH_HTTP1. */
export function serveHosted(dir: string): Promise<{ url: string; server: PreviewServer }> {
  return serveDir(dir, HTTP1 ? undefined : loopbackCertificate());
}

const FLAGS = ['--headless=new', ...QUIET_BROWSER, ...(HTTP1 ? [] : ['--ignore-certificate-errors'])];

/**
 * `runs` Lighthouse runs of each page, the pages in turn (one run of each, then the next round):
 * the machine's speed drifts over minutes, and pages compared should see the same drift. One
 * browser for them all, each run its own cold load.
 */
export async function measureLighthouse<Name extends string>(urls: Record<Name, string>, runs: number): Promise<Record<Name, LighthouseRun[]>> {
  const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: FLAGS });
  try {
    const names = Object.keys(urls) as Name[];
    const results = Object.fromEntries(names.map((name) => [name, [] as LighthouseRun[]])) as Record<Name, LighthouseRun[]>;
    for (let i = 0; i < runs; i++) {
      for (const name of names) {
        const url = urls[name];
        const result = await lighthouse(url, { port: chrome.port, output: 'json', onlyCategories: ['performance'], logLevel: 'error' });
        if (!result) throw new Error(`bench: Lighthouse returned nothing for ${url}`);
        const { audits, categories } = result.lhr;
        const value = (id: string) => audits[id]?.numericValue ?? NaN;
        results[name].push({
          performance: Math.round((categories['performance']?.score ?? 0) * 100),
          fcpMs: value('first-contentful-paint'),
          lcpMs: value('largest-contentful-paint'),
          tbtMs: value('total-blocking-time'),
          cls: value('cumulative-layout-shift'),
          transferKiB: value('total-byte-weight') / 1024,
        });
      }
    }
    return results;
  } finally {
    chrome.kill();
  }
}
