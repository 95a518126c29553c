// The physical floors the deck's figures are held against: what the browser itself needs.
// - A PDF: Chromium started bare to print a one-line page (--print-to-pdf), and exit; and the same
//   with the switches the exports start it with, which spare it work (browser-session.ts).
// - The first slide: a static page with the title slide's text, no script and no web font, its
//   largest text painted, measured as the deck's is (browser-load.ts).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { escapeHtml } from '../src/html/text.js';
import type { Deck } from '../src/types.js';
import { QUIET_BROWSER } from '../src/export/browser-session.js';
import { CHROMIUM } from '../test/browser/chromium.js';
import { firstSlidePaint } from './browser-load.js';
import { measureProcess } from './measure-process.js';

const FLAGS = ['--headless', ...QUIET_BROWSER, '--no-pdf-header-footer'];

/** Bare Chromium printing a one-line page to PDF, start to exit; `switches` are added to its
 *  command line (the exports' own, to hold them to what the browser needs). `print` times one
 *  print, each in a fresh profile; `close` removes the page and the profiles. */
export function pdfFloor(switches: readonly string[] = []): { print(): Promise<number>; close(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'deck-floor-'));
  const page = join(dir, 'one-line.html');
  writeFileSync(page, '<!doctype html><title>floor</title><p>One line.</p>');
  let runs = 0;
  return {
    async print() {
      const run = await measureProcess(
        CHROMIUM,
        [...FLAGS, ...switches, `--user-data-dir=${join(dir, `profile-${runs++}`)}`, `--print-to-pdf=${join(dir, 'floor.pdf')}`, `file://${page}`],
        { quiet: true },
      );
      if (run.code !== 0) throw new Error(`bench: bare Chromium exited ${run.code} printing the floor page`);
      return run.ms;
    },
    close: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Writes the first-slide floor page into `dir` (as index.html): the title slide's words, as
 *  plain HTML in the default fonts, in the `.slides > section` the deck's measure looks for. */
export function writeFirstSlideFloor(dir: string, deck: Deck): void {
  const slide = deck.slides[0]!;
  const words = slide.html
    .replace(/<aside[\s\S]*?<\/aside>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const rest = words.startsWith(slide.title) ? words.slice(slide.title.length) : words;
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>floor</title><div class="slides"><section><h1>${escapeHtml(slide.title)}</h1><p>${escapeHtml(rest)}</p></section></div></html>`,
  );
}

/** A page's first slide painted, in a fresh context: a cold cache, as for a first visit. */
export async function measureFirstPaint(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.goto(url);
  const ms = await firstSlidePaint(page);
  await context.close();
  return ms;
}
