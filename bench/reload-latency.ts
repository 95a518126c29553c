// Dev-server reload latency: edit a slide file, time until Chromium shows the change.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { createServer } from 'vite';
import { deckViteConfig } from '../src/vite/dev-config.js';
import { repeat, type Summary } from './stats.js';

export async function measureReload(browser: Browser, runs: number): Promise<Summary> {
  const dir = mkdtempSync(join(tmpdir(), 'deck-bench-dev-'));
  cpSync('slides', dir, { recursive: true });
  const server = await createServer({
    ...deckViteConfig({ slidesDir: dir, outDir: join(dir, 'dist') }),
    configFile: false,
    logLevel: 'silent',
    server: { port: 0, host: '127.0.0.1' },
  });
  await server.listen();
  const page = await browser.newPage();
  await page.goto(`${server.resolvedUrls!.local[0]!}#/outline`);
  await page.waitForSelector('.reveal.ready');
  const file = join(dir, '02-outline.md');
  const original = readFileSync(file, 'utf8');
  let n = 0;
  try {
    return await repeat(runs, async () => {
      const title = `Outline ${++n}`;
      const started = performance.now();
      writeFileSync(file, original.replace('## Outline', `## ${title}`));
      await page.waitForFunction((t) => document.querySelector('#outline h2')?.textContent === t, title, { polling: 'raf', timeout: 15_000 });
      return performance.now() - started;
    });
  } finally {
    await page.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
