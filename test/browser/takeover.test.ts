// The opening slide as the page paints it before reveal.js has run, in the system faces set to the
// deck's faces' metrics, then in the deck's faces, then laid out by reveal.js: nothing on it moves
// (the browser records no layout shift), and reveal's slide looks as the page's did.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { LAPTOP, newPage, PHONE, closeLeftTabs, useChromium } from './chromium.js';

const browser = useChromium();
closeLeftTabs(browser);
const url = inject('deckUrl');

/** Share of pixels that may differ between the two pictures: anti-aliasing, not a moved line. */
const TOLERANCE = 0.002;

/** reveal's own chrome and the deck's toolbar, which come with reveal and are not the slide. */
const CHROME = '.browse, .controls, .progress, .slide-number, .aria-status { visibility: hidden !important; }';

/** The opening slide's box on screen: in slide view the slide, in the scroll view its page. */
const openingBox = (page: Page) =>
  page.$eval('.reveal .slides section', (section) => {
    const { x, y, width, height } = (section.closest('.scroll-page-content') ?? section).getBoundingClientRect();
    return { x, y, width, height: Math.min(height, innerHeight - y) };
  });

/** How many pixels differ between two PNG pictures of one size, compared in a blank page (the
 *  deck's own policy keeps data: addresses out of fetch). */
async function differingShare(deck: Page, a: Buffer, b: Buffer): Promise<number> {
  const page = await deck.context().newPage();
  return page.evaluate(
    async ([a, b]) => {
      const pixels = async (base64: string) => {
        const image = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
        const canvas = new OffscreenCanvas(image.width, image.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        return context.getImageData(0, 0, image.width, image.height).data;
      };
      const [x, y] = [await pixels(a), await pixels(b)];
      if (x.length !== y.length) return 1;
      let differing = 0;
      for (let i = 0; i < x.length; i += 4) {
        if (Math.max(Math.abs(x[i]! - y[i]!), Math.abs(x[i + 1]! - y[i + 1]!), Math.abs(x[i + 2]! - y[i + 2]!)) > 24) differing++;
      }
      return differing / (x.length / 4);
    },
    [a.toString('base64'), b.toString('base64')] as const,
  );
}

describe('reveal.js takes the first slide over', () => {
  for (const [language, query] of [
    ['English', ''],
    ['Chinese', '?lang=zh'],
  ] as const) {
    for (const [device, viewport] of [
      ['a phone', PHONE],
      ['a laptop', LAPTOP],
    ] as const) {
      it(`without a visible change or a layout shift, in ${language} on ${device}`, async () => {
        const page = await newPage(browser(), viewport);
        try {
          // Every layout shift from the start, as the browser records it for the page.
          await page.addInitScript(() => {
            const shifts: number[] = ((window as unknown as { shifts: number[] }).shifts = []);
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value);
            }).observe({ type: 'layout-shift', buffered: true });
          });
          // reveal.js waits until the page has been seen with the deck's faces.
          let release = () => {};
          const held = new Promise<void>((done) => (release = done));
          await page.route('**/assets/start-deck-*.js', async (route) => {
            await held;
            await route.continue();
          });
          await page.goto(url + query);
          await page.waitForFunction(() => document.fonts.status === 'loaded' && [...document.fonts].some((face) => face.status === 'loaded'));
          const before = await page.screenshot({ clip: await openingBox(page) });
          release();
          await page.waitForSelector('.reveal.ready');
          await page.waitForFunction(() => 'fitted' in document.documentElement.dataset && document.fonts.status === 'loaded');
          await page.addStyleTag({ content: CHROME });
          await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
          const after = await page.screenshot({ clip: await openingBox(page) });
          expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts)).toEqual([]);
          expect(await differingShare(page, before, after)).toBeLessThan(TOLERANCE);
        } finally {
          await page.context().close();
        }
      });
    }
  }
});

describe('reveal.js starting on a phone', () => {
  it('sends the window no resize of its own: the deck is laid out once for its new scale, not again', async () => {
    const page = await newPage(browser(), PHONE, { isMobile: true, hasTouch: true });
    try {
      // Who hears reveal's own resize event (the slides scaled to the phone): the deck, and a
      // script of the page listening to the window's resize, as reveal itself does.
      await page.addInitScript(() => {
        const heard: string[] = ((window as unknown as { heard: string[] }).heard = []);
        window.addEventListener('resize', (event) => event.target !== window && heard.push('window'));
        document.addEventListener('DOMContentLoaded', () => document.querySelector('.reveal')!.addEventListener('resize', () => heard.push('deck')));
      });
      await page.goto(url);
      await page.waitForSelector('.reveal.ready');
      await page.waitForFunction(() => 'fitted' in document.documentElement.dataset);
      expect(await page.evaluate(() => (window as unknown as { heard: string[] }).heard)).toEqual(['deck']);
    } finally {
      await page.context().close();
    }
  });
});
