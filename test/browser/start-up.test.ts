// A phone starting the deck: the deck's script reaches it compiled.
import { describe, expect, inject, it } from 'vitest';
import { newPage, PHONE, useChromium } from './chromium.js';

const browser = useChromium();
const url = inject('deckUrl');

describe('a phone starting the deck', () => {
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
