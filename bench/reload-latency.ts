// Dev-server edit latency: edit a slide file, time until Chromium shows the change in place.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { createServer } from 'vite';
import { deckViteConfig } from '../src/vite/dev-config.js';
import { repeat, type Summary } from './stats.js';

/** A slide file edited in a language: its outline slide's title, as that page shows it. */
export interface EditedTitle {
  /** The file, under slides/. */
  file: string;
  /** The page's language (`?lang=`); English where none. */
  lang?: string;
  /** The title as written. */
  title: string;
}

export const ENGLISH_EDIT: EditedTitle = { file: '02-outline.md', title: 'Outline' };
export const RUSSIAN_EDIT: EditedTitle = { file: 'ru/02-outline.md', lang: 'ru', title: 'Содержание' };

export async function measureReload(browser: Browser, runs: number, edit = ENGLISH_EDIT): Promise<Summary> {
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
  await page.goto(`${server.resolvedUrls!.local[0]!}${edit.lang ? `?lang=${edit.lang}` : ''}#/outline`);
  await page.waitForSelector('.reveal.ready');
  const file = join(dir, edit.file);
  const original = readFileSync(file, 'utf8');
  let n = 0;
  try {
    return await repeat(runs, async () => {
      // A person's saves come further apart than the watcher's throttle of a file's changes (50 ms).
      await new Promise((done) => setTimeout(done, 100));
      const title = `${edit.title} ${++n}`;
      const started = performance.now();
      writeFileSync(file, original.replace(`## ${edit.title}`, `## ${title}`));
      await page.waitForFunction((t) => document.querySelector('#outline h2')?.textContent === t, title, { polling: 'raf', timeout: 15_000 });
      return performance.now() - started;
    });
  } finally {
    await page.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
