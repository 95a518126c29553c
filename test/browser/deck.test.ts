// The built deck in Chromium: what the audience and the speaker see.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { compileDeck } from '../../src/compile-deck.js';
import { loadDeck } from '../../src/load/load-deck.js';
import { cardParts, sentenceParts } from '../../src/figures/figure-text.js';
import { openDeck, PROJECTOR, presentId, useChromium, watchPage } from './chromium.js';

const url = inject('deckUrl');
const { deck } = compileDeck(loadDeck('slides'));
const browser = useChromium();
let page: Page;

async function freshPage(): Promise<Page> {
  page = await browser().newPage({ viewport: PROJECTOR });
  return page;
}

describe('the built deck', () => {
  it('loads with no console error and no request outside its origin', async () => {
    await freshPage();
    const watch = await watchPage(page, new URL(url).origin);
    await openDeck(page, url);
    for (let i = 0; i < deck.slides.length; i++) await page.keyboard.press('ArrowRight');
    expect(watch.errors).toEqual([]);
    expect(watch.foreign).toEqual([]);
  });

  it('asks for each of its files once, and for nothing else until the speaker view is opened', async () => {
    await freshPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await openDeck(page, url);
    // reveal writes the slide into the address once it starts: nothing may be fetched again then.
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => location.hash.length > 2);
    expect(requested.filter((path, i) => requested.indexOf(path) !== i)).toEqual([]);
    // Besides the page and its code, the faces of its text (Inter's two at least), the slides'
    // pictures (reveal loads the slides near the current one), and no other.
    const fonts = requested.filter((path) => path.endsWith('.woff2'));
    expect(fonts.filter((path) => /\/Inter-(400|700)-\w+\.woff2$/.test(path))).toHaveLength(2);
    const pictures = await page.$$eval('.reveal .slides img', (images) => images.map((image) => new URL((image as HTMLImageElement).src).pathname));
    const rest = requested.filter((path) => !fonts.includes(path) && !pictures.includes(path));
    expect(rest.filter((path) => !/^\/(assets\/[\w-]+\.(js|css))?$/.test(path))).toEqual([]);
    expect(rest.length).toBeLessThanOrEqual(4);
  });

  it('has every slide, in order, with its id', async () => {
    await freshPage();
    await openDeck(page, url);
    const ids = await page.$$eval('.reveal .slides > section', (s) => s.map((x) => x.id));
    expect(ids).toEqual(deck.slides.map((s) => s.id));
    expect(ids.length).toBeGreaterThanOrEqual(12);
  });

  it('moves with the arrow keys and the URL follows', async () => {
    await freshPage();
    await openDeck(page, url);
    expect(await presentId(page)).toBe(deck.slides[0]!.id);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await presentId(page)).toBe(deck.slides[2]!.id);
    await page.waitForFunction((id) => location.hash === `#/${id}`, deck.slides[2]!.id);
    await page.keyboard.press('ArrowLeft');
    expect(await presentId(page)).toBe(deck.slides[1]!.id);
  });

  it('opens the slide a #/id link names', async () => {
    await freshPage();
    for (const slide of [deck.slides.at(-1)!, ...deck.slides.filter((s) => s.id === 'limits-of-current-cooperation')]) {
      await openDeck(page, url, `#/${slide.id}`);
      expect(await presentId(page)).toBe(slide.id);
      expect(await page.locator('section.present h1, section.present h2').first().innerText()).toBe(slide.title);
    }
  });

  it('gives every content slide speaker notes', async () => {
    await freshPage();
    await openDeck(page, url);
    const notes = await page.$$eval('.reveal .slides > section', (s) =>
      s.map((x) => ({
        id: x.id,
        section: x.classList.contains('layout-section'),
        words: (x.querySelector('aside.notes')?.textContent ?? '').split(/\s+/).filter(Boolean).length,
      })),
    );
    const missing = notes.filter((n) => !n.section && n.words === 0).map((n) => n.id);
    expect(missing).toEqual([]);
  });

  it('shows every figure with the value from the data file', async () => {
    await freshPage();
    await openDeck(page, url);
    const shown = await page.$$eval('[data-figure]', (els) =>
      els.map((e) => ({ key: e.getAttribute('data-figure')!, card: e.classList.contains('callout'), text: e.textContent ?? '' })),
    );
    expect(new Set(shown.map((s) => s.key))).toEqual(new Set(deck.data.figures.keys()));
    for (const { key, card, text } of shown) {
      const figure = deck.data.figures.get(key)!;
      expect(text, `figure ${key}`).toContain(card ? cardParts(figure).number : sentenceParts(figure).number);
    }
  });

  it('marks the Chinese name with its language and draws it in the shipped CJK font', async () => {
    await freshPage();
    await openDeck(page, url);
    const zh = page.locator('.reveal [lang="zh-Hans"]').first();
    expect(await zh.innerText()).toBe('中国科学技术发展战略研究院');
    // Ask the renderer which fonts drew the text: only the shipped font, no system fallback, on the
    // English page, which has not fetched the Chinese deck's font.
    const cdp = await page.context().newCDPSession(page);
    const { root } = await cdp.send('DOM.getDocument');
    await cdp.send('CSS.enable');
    for (const selector of ['.reveal [lang="zh-Hans"]']) {
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      expect(fonts.length, selector).toBeGreaterThan(0);
      for (const font of fonts) {
        // The name comes from the font file's own table, which says "Noto Sans SC Thin".
        expect(font.familyName, selector).toMatch(/^Noto Sans SC/);
        expect(font.isCustomFont, selector).toBe(true);
      }
    }
  });
});
