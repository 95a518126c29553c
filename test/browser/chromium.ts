// Debian's Chromium, driven by playwright-core: the real browser, never a downloaded one.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { QUIET_BROWSER } from '../../src/export/browser-session.js';

export const CHROMIUM = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';

/** The windows the deck is tried in: a projector's (the slide's own size), a laptop's, a phone's. */
export const PROJECTOR = { width: 1280, height: 720 };
export const LAPTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium, or set CHROME_PATH`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [...QUIET_BROWSER],
  });
}

/** One Chromium for a test file: launched before its tests, closed after them. */
export function useChromium(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser!;
}

/** Closes after each test the contexts it opened and left open: a test that fails before it
 *  closes its tabs would leave them open, and the next live test would count them among its
 *  followers, hiding which test failed first. */
export function closeLeftTabs(browser: () => Browser): void {
  let open = new Set<BrowserContext>();
  beforeEach(() => {
    open = new Set(browser().contexts());
  });
  afterEach(async () => {
    for (const context of browser().contexts()) if (!open.has(context)) await context.close();
  });
}

/** A page in a fresh context: its own storage and cache (the view choice is kept in localStorage). */
export async function newPage(browser: Browser, viewport: { width: number; height: number }, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ viewport, ...options });
  return context.newPage();
}

/** The id of the slide on screen. */
export const presentId = (page: Page): Promise<string> => page.$eval('.reveal .slides section.present', (s) => s.id);

export interface PageWatch {
  errors: string[];
  /** Requests to any origin but the deck's own. */
  foreign: string[];
}

/** Records console errors, page errors and requests that leave the deck's origin (and blocks them). */
export async function watchPage(page: Page, origin: string): Promise<PageWatch> {
  const watch: PageWatch = { errors: [], foreign: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') watch.errors.push(m.text());
  });
  page.on('pageerror', (e) => watch.errors.push(e.message));
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return route.continue();
    watch.foreign.push(url);
    return route.abort();
  });
  return watch;
}

/** Opens the deck at `hash` and waits until reveal.js is ready, the fonts have loaded and every
 *  slide's type is fitted (the slides not on screen are fitted once the deck has started). */
export async function openDeck(page: Page, url: string, hash = ''): Promise<void> {
  await page.goto(url + hash);
  await page.waitForSelector('.reveal.ready');
  await page.evaluate(() => document.fonts.ready);
  await page.waitForFunction(() => 'fitted' in document.documentElement.dataset);
  // A page already on this address only changes its hash: reveal moves on the hashchange event,
  // after the checks above have passed on the slide it was showing (the scroll view scrolls to it).
  const id = /^#\/([^/]+)/.exec(hash)?.[1];
  if (!id) return;
  const onIt = (timeout?: number) =>
    page.waitForFunction(
      (name) => document.body.classList.contains('reveal-scroll') || document.querySelector('.reveal .slides > section.present')?.id === name,
      decodeURIComponent(id),
      { timeout },
    );
  try {
    await onIt(10_000);
  } catch {
    // On a loaded machine reveal can write the slide it was leaving into the address after the new
    // hash (its own update of the address), and stays: load the address afresh, as a link would.
    await page.goto('about:blank');
    await page.goto(url + hash);
    await page.waitForSelector('.reveal.ready');
    await onIt();
  }
}

/**
 * Makes the page a phone busy with its own work, from its next load: the deck's idle steps (the
 * fit step, the scroll view's pages laid out one by one) wait until the returned function runs
 * them, and every animation frame callback runs a frame late, so reveal hears of a scroll after
 * the pages scrolled to have been drawn.
 */
export async function busyPhone(page: Page): Promise<() => Promise<void>> {
  await page.addInitScript(`
    window.idleSteps = [];
    window.requestIdleCallback = (step) => window.idleSteps.push(step);
    const frame = window.requestAnimationFrame.bind(window);
    window.requestAnimationFrame = (callback) => frame(() => frame(callback));
  `);
  return () =>
    page.evaluate(async () => {
      const steps = (window as unknown as { idleSteps: (() => void)[] }).idleSteps;
      while (steps.length) {
        steps.shift()!();
        await new Promise((done) => setTimeout(done));
      }
    });
}

/** The slides shown as current (`present`), and whether the first one's page starts at the top
 *  of the screen, under the toolbar (to a pixel: the view scrolls to whole pixels). Scroll view. */
export const shownInScrollView = (page: Page): Promise<{ ids: string[]; atTop: boolean }> =>
  page.$$eval('.scroll-page section.present', (sections) => {
    const viewport = document.querySelector('.reveal-viewport')!;
    const top = viewport.getBoundingClientRect().top + parseFloat(getComputedStyle(viewport).scrollPaddingTop);
    const page = sections[0]?.closest('.scroll-page');
    return { ids: sections.map((s) => s.id), atTop: !!page && Math.abs(page.getBoundingClientRect().top - top) <= 1 };
  });

/** Waits until what loads after the deck is ready has come and been laid out: every image
 *  decoded, then two frames drawn. */
export async function settled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await Promise.all(Array.from(document.images, (img) => img.decode().catch(() => undefined)));
    for (let i = 0; i < 2; i++) await new Promise((done) => requestAnimationFrame(done));
  });
}

/** The headings as Chromium gives them to a screen reader (its accessibility tree): name and level. */
export async function accessibleHeadings(page: Page): Promise<[string, number][]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: { ignored?: boolean; role?: { value: string }; name?: { value: string }; properties?: { name: string; value: { value: unknown } }[] }[];
    };
    return nodes
      .filter((n) => !n.ignored && n.role?.value === 'heading')
      .map((n) => [String(n.name?.value ?? ''), Number(n.properties?.find((p) => p.name === 'level')?.value.value)]);
  } finally {
    await cdp.detach();
  }
}

/** Ids of elements that stick out of the present slide, by more than a pixel. */
export function overflowing(page: Page): Promise<string[]> {
  return page.$eval('.reveal .slides > section.present', (section) => {
    const box = section.getBoundingClientRect();
    const out: string[] = [];
    for (const el of section.querySelectorAll<HTMLElement>('*:not(aside.notes, aside.notes *, .visually-hidden)')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.left < box.left - 1 || r.top < box.top - 1 || r.right > box.right + 1 || r.bottom > box.bottom + 1) {
        out.push(`${el.tagName.toLowerCase()}.${el.className || ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`);
      }
    }
    if (section.scrollHeight > section.clientHeight + 1) out.push(`section is ${section.scrollHeight - section.clientHeight}px too tall`);
    return out;
  });
}
