// `npm run bench`: build, step, load, reload, size and export figures for this talk (in English,
// and its Chinese deck's load and PDF) and for a generated 500-slide deck. Prints median and
// range, writes bench/results.json, and exits 1 when a figure is over its limit in
// bench/budgets.json. Not a test: machines are noisy.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { compileDeck } from '../src/compile-deck.js';
import { BROWSER_WORK_SKIPPED } from '../src/export/browser-session.js';
import { loadDeck } from '../src/load/load-deck.js';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../test/browser/chromium.js';
import { measureLoad, serveDir } from './browser-load.js';
import { measureDist } from './dist-size.js';
import { measureFirstPaint, pdfFloor, writeFirstSlideFloor } from './floors.js';
import { HTTP1, measureLighthouse, serveHosted } from './lighthouse.js';
import { measureLiveFollow } from './live-follow.js';
import { measurePhoneTrace } from './phone-trace.js';
import { measureProcess } from './measure-process.js';
import { ENGLISH_EDIT, measureReload, RUSSIAN_EDIT } from './reload-latency.js';
import { writeScaleDeck } from './scale-deck.js';
import { repeat, summarise, type Summary } from './stats.js';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 5);
/** Lighthouse runs per page: each takes a quarter of a minute; the goal is read on the median of 3. */
const LIGHTHOUSE_RUNS = 3;
const work = mkdtempSync(join(tmpdir(), 'deck-bench-'));
const results: Record<string, Summary & { unit: string }> = {};
const record = (name: string, unit: string, summary: Summary) => {
  results[name] = { ...summary, unit };
  console.error(`  ${name}: ${summary.median.toFixed(1)} ${unit}`);
};
const once = (value: number): Summary => ({ median: value, min: value, max: value });

/** `deck <args>` in a child process, its time and peak memory over RUNS runs; `before` runs
 *  before each. */
async function deckCommand(name: string, args: string[], before = () => {}): Promise<void> {
  const runs: { ms: number; peakRssMiB: number }[] = [];
  before();
  await measureProcess(process.execPath, ['bin/deck.js', ...args]);
  for (let i = 0; i < RUNS; i++) {
    before();
    const run = await measureProcess(process.execPath, ['bin/deck.js', ...args]);
    if (run.code !== 0) throw new Error(`bench: deck ${args.join(' ')} exited ${run.code}`);
    runs.push(run);
  }
  record(`${name} time`, 'ms', summarise(runs.map((r) => r.ms)));
  record(`${name} peak memory`, 'MiB', summarise(runs.map((r) => r.peakRssMiB)));
}

/** The Markdown → HTML step alone, sources already in memory. */
async function compileStep(name: string, slidesDir: string): Promise<void> {
  const sources = loadDeck(slidesDir);
  record(name, 'ms', await repeat(RUNS * 4, () => Promise.resolve(timed(() => compileDeck(sources)))));
}

function timed(work: () => unknown): number {
  const started = performance.now();
  work();
  return performance.now() - started;
}

/**
 * `deck pdf` and its floors, Chromium printing a one-line page bare (as the goal was set) and with
 * the switches the export starts it with (they spare it a second of start-up work), run in turn:
 * the machine's speed drifts over minutes, and each round's ratio sees the same drift. The goal
 * is 1.5 times the floor.
 */
async function pdfAgainstFloors(outDir: string): Promise<void> {
  const floors = { bare: pdfFloor(), switched: pdfFloor(BROWSER_WORK_SKIPPED) };
  const exportPdf = () => measureProcess(process.execPath, ['bin/deck.js', 'pdf', '--out', outDir]);
  try {
    await floors.bare.print();
    await floors.switched.print();
    await exportPdf();
    const rounds: { bare: number; switched: number; ms: number; peakRssMiB: number }[] = [];
    for (let i = 0; i < RUNS; i++) {
      const bare = await floors.bare.print();
      const switched = await floors.switched.print();
      const run = await exportPdf();
      if (run.code !== 0) throw new Error(`bench: deck pdf exited ${run.code}`);
      rounds.push({ bare, switched, ...run });
    }
    record('pdf export time', 'ms', summarise(rounds.map((r) => r.ms)));
    record('pdf export peak memory', 'MiB', summarise(rounds.map((r) => r.peakRssMiB)));
    record('pdf floor: bare chromium print', 'ms', summarise(rounds.map((r) => r.bare)));
    record('pdf floor: chromium print, export switches', 'ms', summarise(rounds.map((r) => r.switched)));
    record('pdf export ratio to bare floor', 'ratio', summarise(rounds.map((r) => r.ms / r.bare)));
    record('pdf export ratio to floor', 'ratio', summarise(rounds.map((r) => r.ms / r.switched)));
  } finally {
    floors.bare.close();
    floors.switched.close();
  }
}

async function main(): Promise<number> {
  const talkOut = join(work, 'talk');
  const scaleSlides = join(work, 'scale-slides');
  const scaleOut = join(work, 'scale');
  writeScaleDeck(scaleSlides, 500, 200);
  await talkCommands(talkOut);
  const browser = await launchChromium();
  try {
    await talkInBrowser(browser, talkOut);
    await phoneFigures(browser, talkOut);
    await scaleFigures(browser, scaleSlides, scaleOut);
  } finally {
    await browser.close();
    rmSync(work, { recursive: true, force: true });
  }
  return report();
}

/** This talk's build, export and size figures: each command in a process of its own. */
async function talkCommands(talkOut: string): Promise<void> {
  console.error('this talk');
  await deckCommand('build', ['build', '--out', talkOut]);
  // What a build costs once the code has changed: the CLI bundled again and the runtime built by Vite.
  await deckCommand('build after a code change', ['build', '--out', talkOut], () => {
    for (const cache of ['deck-cli', 'deck-runtime']) rmSync(join('node_modules/.cache', cache), { recursive: true, force: true });
  });
  await compileStep('markdown to html', 'slides');
  const size = measureDist(talkOut);
  record('dist total', 'KiB', once(size.totalKiB));
  record('html+js+css+fonts gzipped', 'KiB', once(size.shippedGzipKiB));
  record('offline.html', 'KiB', once(size.offlineKiB));
  await pdfAgainstFloors(talkOut);
  record('pdf size', 'KiB', once(statSync(join(talkOut, 'deck.pdf')).size / 1024));
  await deckCommand('png export', ['png', '--out', talkOut]);
  // The same talk in Chinese: its own fonts and twice the characters to embed.
  await deckCommand('chinese pdf export', ['pdf', '--lang', 'zh', '--out', talkOut]);
  record('chinese pdf size', 'KiB', once(statSync(join(talkOut, 'deck-zh.pdf')).size / 1024));
  // PowerPoint: the same print view read back as shapes, written by pptxgenjs.
  await deckCommand('pptx export', ['pptx', '--out', talkOut]);
  record('pptx size', 'KiB', once(statSync(join(talkOut, 'deck.pptx')).size / 1024));
}

/** This talk loaded in a browser (English and Chinese), reloaded, and followed live. */
async function talkInBrowser(browser: Browser, talkOut: string): Promise<void> {
  const { url, server } = await serveDir(talkOut);
  const loads = [];
  await measureLoad(browser, url);
  for (let i = 0; i < RUNS; i++) loads.push(await measureLoad(browser, url));
  await server.close();
  record('first slide visible', 'ms', summarise(loads.map((l) => l.firstSlideMs)));
  record('deck ready', 'ms', summarise(loads.map((l) => l.readyMs)));
  record('first contentful paint', 'ms', summarise(loads.map((l) => l.fcpMs)));
  record('bytes transferred', 'KiB', summarise(loads.map((l) => l.transferKiB)));
  record('first load uncompressed', 'KiB', summarise(loads.map((l) => l.uncompressedKiB)));
  record('bytes before the first paint, uncompressed', 'KiB', summarise(loads.map((l) => l.beforePaintKiB)));
  record('requests', 'count', summarise(loads.map((l) => l.requests)));
  record('js heap after load', 'MiB', summarise(loads.map((l) => l.heapMiB)));
  record('reload latency', 'ms', await measureReload(browser, RUNS, ENGLISH_EDIT));
  record('reload latency, a russian slide', 'ms', await measureReload(browser, RUNS, RUSSIAN_EDIT));
  // The floor: a static page with the title slide's words, no script, no web font; the goal is 1.3 times it.
  const floorDir = join(work, 'floor');
  mkdirSync(floorDir);
  writeFirstSlideFloor(floorDir, compileDeck(loadDeck('slides')).deck);
  const floor = await serveDir(floorDir);
  const floorPaints = [];
  await measureFirstPaint(browser, floor.url);
  for (let i = 0; i < RUNS; i++) floorPaints.push(await measureFirstPaint(browser, floor.url));
  await floor.server.close();
  record('first slide floor: static page', 'ms', summarise(floorPaints));
  record('first slide ratio to floor', 'ratio', once(results['first slide visible']!.median / results['first slide floor: static page']!.median));

  // Live presenting: the leader's moves reaching 50 and 500 followers, the server's memory, a join.
  const liveFigures = await measureLiveFollow('slides', talkOut, [50, 500]);
  for (const [n, { median, p95 }] of Object.entries(liveFigures.latency)) {
    record(`live follow latency ${n} followers`, 'ms', median);
    record(`live follow latency ${n} followers p95`, 'ms', p95);
  }
  record('live server memory 500 followers', 'MiB', once(liveFigures.serverMiB));
  record('live join bytes', 'KiB', once(liveFigures.joinKiB));

  // The Chinese deck, opened with ?lang=zh: the page the English reader gets, and its Chinese fonts.
  const chinese = await serveDir(talkOut);
  const zhLoads = [];
  await measureLoad(browser, `${chinese.url}?lang=zh`);
  for (let i = 0; i < RUNS; i++) zhLoads.push(await measureLoad(browser, `${chinese.url}?lang=zh`));
  await chinese.server.close();
  record('chinese deck ready', 'ms', summarise(zhLoads.map((l) => l.readyMs)));
  record('chinese bytes transferred', 'KiB', summarise(zhLoads.map((l) => l.transferKiB)));
  record('chinese requests', 'count', summarise(zhLoads.map((l) => l.requests)));
  record('chinese bytes before the first paint, uncompressed', 'KiB', summarise(zhLoads.map((l) => l.beforePaintKiB)));
}

/** Marp CLI's page of the same talk, to read the phone's figures against in the same run: a folder
 *  holding Marp's `index.html` of the talk (BENCH_MARP), and of the Chinese talk (BENCH_MARP_ZH).
 *  Marp is not a dependency of the deck (it brings a browser driver of its own); README,
 *  Performance. Read before anything is measured: a wrong folder is named at once. */
const MARP = (
  [
    ['BENCH_MARP', 'marp '],
    ['BENCH_MARP_ZH', 'chinese marp '],
  ] as const
).flatMap(([variable, prefix]) => {
  const dir = process.env[variable];
  if (!dir) return [];
  if (!existsSync(join(dir, 'index.html')))
    throw new Error(`bench: ${variable} names ${resolve(dir)}, which has no index.html: give the folder Marp built the talk's page into`);
  return [{ prefix, dir }];
});

/** A phone on slow 4G, as Lighthouse's mobile preset simulates it, in English and in Chinese (and
 *  Marp's pages, when given, in turn with them); and the same phone's blocking time counted in the
 *  renderer's CPU time, which the machine's other load does not inflate as it does Lighthouse's. */
async function phoneFigures(browser: Browser, talkOut: string): Promise<void> {
  const local = await serveDir(talkOut);
  for (const [prefix, query] of [
    ['', ''],
    ['chinese ', '?lang=zh'],
  ] as const) {
    await measurePhoneTrace(browser, `${local.url}${query}`);
    const traces = [];
    for (let i = 0; i < RUNS; i++) traces.push(await measurePhoneTrace(browser, `${local.url}${query}`));
    record(`${prefix}phone blocking time, renderer cpu`, 'ms', summarise(traces.map((t) => t.blockingMs)));
    record(`${prefix}phone longest task, renderer cpu`, 'ms', summarise(traces.map((t) => t.longestTaskMs)));
    record(`${prefix}phone main thread busy, renderer cpu`, 'ms', summarise(traces.map((t) => t.busyMs)));
  }
  await local.server.close();

  const hosted = [await serveHosted(talkOut)];
  const urls: Record<string, string> = { '': hosted[0]!.url, 'chinese ': `${hosted[0]!.url}?lang=zh` };
  for (const { prefix, dir } of MARP) {
    const marp = await serveHosted(dir);
    hosted.push(marp);
    urls[prefix] = marp.url;
  }
  console.error(`  lighthouse over ${HTTP1 ? 'HTTP/1.1' : 'HTTP/2 with TLS'}: ${Object.keys(urls).length} pages in turn`);
  const runs = await measureLighthouse(urls, LIGHTHOUSE_RUNS);
  for (const server of hosted) await server.server.close();
  for (const [prefix, pageRuns] of Object.entries(runs)) {
    record(`${prefix}lighthouse performance`, 'score', summarise(pageRuns.map((r) => r.performance)));
    record(`${prefix}lighthouse first contentful paint`, 'ms', summarise(pageRuns.map((r) => r.fcpMs)));
    record(`${prefix}lighthouse largest contentful paint`, 'ms', summarise(pageRuns.map((r) => r.lcpMs)));
    record(`${prefix}lighthouse total blocking time`, 'ms', summarise(pageRuns.map((r) => r.tbtMs)));
    record(`${prefix}lighthouse layout shift`, 'ratio', summarise(pageRuns.map((r) => r.cls)));
    record(`${prefix}lighthouse bytes`, 'KiB', summarise(pageRuns.map((r) => r.transferKiB)));
  }
  const lcp = (prefix: string) => results[`${prefix}lighthouse largest contentful paint`]?.median;
  record('chinese lighthouse largest contentful paint ratio to english', 'ratio', once(lcp('chinese ')! / lcp('')!));
  // Against Marp's page in the same language, or its English one where the Chinese was not given.
  const marp = lcp('marp ');
  if (marp) record('lighthouse largest contentful paint ratio to marp', 'ratio', once(lcp('')! / marp));
  const chineseMarp = lcp('chinese marp ') ?? marp;
  if (chineseMarp) record('chinese lighthouse largest contentful paint ratio to marp', 'ratio', once(lcp('chinese ')! / chineseMarp));
}

/** The generated deck of 500 slides: build, Markdown step, load and PDF. */
async function scaleFigures(browser: Browser, scaleSlides: string, scaleOut: string): Promise<void> {
  console.error('generated deck: 500 slides, 200 figures');
  await deckCommand('scale build', ['build', '--slides', scaleSlides, '--out', scaleOut]);
  await compileStep('scale markdown to html', scaleSlides);
  const scale = await serveDir(scaleOut);
  const scaleLoads = [];
  await measureLoad(browser, scale.url);
  for (let i = 0; i < RUNS; i++) scaleLoads.push(await measureLoad(browser, scale.url));
  await scale.server.close();
  record('scale first slide visible', 'ms', summarise(scaleLoads.map((l) => l.firstSlideMs)));
  record('scale deck ready', 'ms', summarise(scaleLoads.map((l) => l.readyMs)));
  await deckCommand('scale pdf export', ['pdf', '--slides', scaleSlides, '--out', scaleOut]);
}

/** Prints the table, writes results.json, and marks every figure over its budget. */
function report(): number {
  const budgets = JSON.parse(readFileSync(join(import.meta.dirname, 'budgets.json'), 'utf8')) as Record<string, number>;
  const over: string[] = [];
  const rows = Object.entries(results).map(([name, r]) => {
    const limit = budgets[name];
    const isOver = limit !== undefined && r.median > limit;
    if (isOver) over.push(name);
    const fmt = (n: number) => (r.unit === 'count' || r.unit === 'score' ? String(Math.round(n)) : n.toFixed(r.unit === 'ratio' ? 2 : 1));
    return [name, `${fmt(r.median)} ${r.unit}`, `${fmt(r.min)}–${fmt(r.max)}`, limit === undefined ? '' : `${limit} ${r.unit}`, isOver ? 'OVER' : ''];
  });
  const header = ['figure', 'median', 'min–max', 'budget', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  const buildPerSlide = results['scale build time']!.median / 500;
  console.log(
    `\nscale: ${(results['scale markdown to html']!.median / 500).toFixed(2)} ms per slide to compile, ${buildPerSlide.toFixed(1)} ms per slide to build`,
  );
  writeFileSync(join(import.meta.dirname, 'results.json'), `${JSON.stringify({ date: new Date().toISOString(), runs: RUNS, results }, null, 2)}\n`);
  if (over.length) console.log(`\nover budget: ${over.join(', ')}`);
  return over.length ? 1 : 0;
}

process.exitCode = await main();
