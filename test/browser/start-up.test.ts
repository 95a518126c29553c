// A phone starting the deck: its main thread is cut into tasks it can answer a tap between, and
// the deck's script reaches it compiled.
import { describe, expect, inject, it } from 'vitest';
import { newPage, PHONE, useChromium } from './chromium.js';

const browser = useChromium();
const url = inject('deckUrl');

/** What the page's steps record: each step and the count of the probe's tasks run before it. */
interface Step {
  step: string;
  tasksBefore: number;
}

describe('a phone starting the deck', () => {
  // Held sideways, so that it opens on the slides: upright it opens in the scroll view, whose
  // pages are not fitted (fit-slides.ts).
  it('fits the opening slide and starts reveal.js in tasks apart, a tap answered in between', async () => {
    const page = await newPage(browser(), { width: PHONE.height, height: PHONE.width }, { isMobile: true, hasTouch: true });
    try {
      // A probe that stands for a tap: after each step it asks for a task of the highest
      // priority, as the browser gives input. Its count goes up only where the deck's start-up
      // lets another task run, between two of its own.
      await page.addInitScript(() => {
        const steps: Step[] = [];
        let tasks = 0;
        (window as unknown as { startSteps: Step[] }).startSteps = steps;
        const record = (step: string) => {
          if (steps.some((s) => s.step === step)) return;
          steps.push({ step, tasksBefore: tasks });
          void (window as unknown as { scheduler: { postTask(f: () => void, o: object): Promise<void> } }).scheduler.postTask(() => tasks++, {
            priority: 'user-blocking',
          });
        };
        new MutationObserver((records) => {
          for (const r of records) {
            const target = r.target as Element;
            if (r.type === 'childList' && [...r.removedNodes].some((n) => n.nodeName === 'TEMPLATE')) record('languages read');
            if (r.attributeName === 'data-fit' && target.localName === 'section') record('opening slide fitted');
            if (r.attributeName === 'class' && target.localName === 'body' && target.classList.contains('reveal-viewport')) record('reveal started');
          }
        }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-fit', 'class'] });
      });
      await page.goto(url);
      await page.waitForSelector('.reveal.ready');
      const steps = await page.evaluate(() => (window as unknown as { startSteps: Step[] }).startSteps);
      expect(steps.map((s) => s.step)).toEqual(['languages read', 'opening slide fitted', 'reveal started']);
      const [languages, fitted, started] = steps.map((s) => s.tasksBefore);
      expect(fitted, 'a task ran between reading the languages and fitting the opening slide').toBeGreaterThan(languages!);
      expect(started, 'a task ran between fitting the opening slide and starting reveal.js').toBeGreaterThan(fitted!);
    } finally {
      await page.context().close();
    }
  });

  it('gets the deck script marked for V8 to compile as it downloads, not as reveal.js first calls each function', async () => {
    const page = await newPage(browser(), PHONE, { isMobile: true, hasTouch: true });
    try {
      const scripts: string[] = [];
      page.on('request', (request) => {
        if (request.resourceType() === 'script') scripts.push(request.url());
      });
      await page.goto(url);
      await page.waitForSelector('.reveal.ready');
      const sources = await Promise.all(scripts.map(async (script) => (await page.request.get(script)).text()));
      // reveal.js and the deck's start-up: by far the largest script the page runs as it starts.
      const deck = sources.reduce((a, b) => (b.length > a.length ? b : a));
      expect(deck.length).toBeGreaterThan(100_000);
      expect(deck.startsWith('//# allFunctionsCalledOnLoad\n')).toBe(true);
    } finally {
      await page.context().close();
    }
  });
});
