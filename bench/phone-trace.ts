// A phone's blocking time counted in the renderer's own CPU time: a trace of a phone-sized load,
// each main-thread task's thread time times four (Lighthouse's mobile CPU slowdown), the part of
// each over 50 ms summed from the first contentful paint until the deck has fitted its slides.
// Other programs' load on the machine stretches a task's wall time, not its thread time, so this
// reads the same on a busy machine where Lighthouse's simulated figure swings fourfold.
import type { Browser } from 'playwright-core';
import { PAGE_ATTRIBUTES } from '../src/shared/page-contract.js';

/** Lighthouse's mobile preset: the phone's CPU four times slower than the machine's. */
const SLOWDOWN = 4;
/** A task longer than this blocks input (total blocking time counts the rest of it). */
const BLOCKING_MS = 50;
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'loading', 'blink.user_timing'];
const FITTED_MARK = 'deck-fitted';

export interface PhoneTrace {
  /** Sum over tasks of (thread time × 4 − 50 ms), from first contentful paint until fitted. */
  blockingMs: number;
  /** The longest of those tasks, its thread time × 4. */
  longestTaskMs: number;
  /** How many of them were over 50 ms at × 4. */
  longTasks: number;
  /** Every task's thread time × 4 over the same span, long or not: the work itself, which the
   *  50 ms threshold makes jump as a task crosses it. */
  busyMs: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

/** One cold load of `url` on a phone, traced. */
export async function measurePhoneTrace(browser: Browser, url: string): Promise<PhoneTrace> {
  const context = await browser.newContext(PHONE);
  try {
    const page = await context.newPage();
    // The moment the deck marks itself fitted, as a user timing mark in the trace.
    await page.addInitScript(
      ([attribute, mark]) => {
        // The document has no <html> element yet when this runs.
        new MutationObserver((_, observer) => {
          if (!document.documentElement.hasAttribute(attribute)) return;
          performance.mark(mark);
          observer.disconnect();
        }).observe(document, { subtree: true, attributes: true, attributeFilter: [attribute] });
      },
      [PAGE_ATTRIBUTES.fitted, FITTED_MARK] as const,
    );
    const cdp = await browser.newBrowserCDPSession();
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
    const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' });
    await page.goto(url);
    // Asked over the page's own DevTools session, not with the driver's waitForFunction: that
    // evaluates the driver's own script in the page first, a 30 ms task of its own.
    const pageCdp = await context.newCDPSession(page);
    const waited = await pageCdp.send('Runtime.evaluate', { expression: FITTED, awaitPromise: true });
    if (waited.exceptionDetails) throw new Error(`bench: waiting for the deck to fit: ${waited.exceptionDetails.text}`);
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
    await pageCdp.detach();
    return blockingTime(events);
  } finally {
    await context.close();
  }
}

/** An expression that resolves once the page has made the fitted mark. Written out as text: a
 *  function's source, as the bundler leaves it, may name its helpers, which the page lacks. */
const FITTED = `new Promise((done) => {
  const seen = () => performance.getEntriesByName(${JSON.stringify(FITTED_MARK)}).length > 0;
  if (seen()) return done();
  new PerformanceObserver((_, observer) => {
    if (seen()) observer.disconnect(), done();
  }).observe({ type: 'mark' });
})`;

/** The blocking time of the renderer thread that painted the page, between its first contentful paint and the fitted mark. */
export function blockingTime(events: readonly TraceEvent[]): PhoneTrace {
  const fcp = events.find((e) => e.name === 'firstContentfulPaint');
  const fitted = events.find((e) => e.name === FITTED_MARK && e.pid === fcp?.pid);
  if (!fcp || !fitted) throw new Error('bench: the trace has no first contentful paint or no fitted mark');
  const main = events.find((e) => e.name === 'thread_name' && e.pid === fcp.pid && e.args?.name === 'CrRendererMain');
  const tasks = events
    .filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.pid === fcp.pid && e.tid === main?.tid)
    .filter((e) => e.ts + (e.dur ?? 0) > fcp.ts && e.ts < fitted.ts)
    .map((e) => (e.tdur ?? e.dur ?? 0) / 1000);
  const slowed = tasks.map((ms) => ms * SLOWDOWN).filter((ms) => ms > BLOCKING_MS);
  return {
    busyMs: tasks.reduce((sum, ms) => sum + ms * SLOWDOWN, 0),
    blockingMs: slowed.reduce((sum, ms) => sum + ms - BLOCKING_MS, 0),
    longestTaskMs: Math.max(0, ...slowed),
    longTasks: slowed.length,
  };
}
