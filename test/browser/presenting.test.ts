// Presenting from a venue laptop: slides fit any projector, the speaker view follows and paces.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { compileDeck } from '../../src/compile-deck.js';
import { serveDist } from '../../src/export/browser-session.js';
import { loadDeck } from '../../src/load/load-deck.js';
import { openDeck, overflowing, PROJECTOR, useChromium } from './chromium.js';

const url = inject('deckUrl');
const { deck } = compileDeck(loadDeck('slides'));
const browser = useChromium();

describe('projector-safe', () => {
  for (const [width, height] of [[1920, 1080], [1280, 720], [1024, 768]] as const) {
    it(`keeps every slide's content inside the slide at ${width}×${height}`, async () => {
      const page = await browser().newPage({ viewport: { width, height } });
      const problems: string[] = [];
      for (const slide of deck.slides) {
        await openDeck(page, url, `#/${slide.id}`);
        for (const what of await overflowing(page)) problems.push(`${slide.id}: ${what}`);
      }
      expect(problems).toEqual([]);
      await page.close();
    });
  }
});

describe('speaker view', () => {
  it('opens on S with the current slide’s notes and pacing, and follows navigation', async () => {
    const page = await browser().newPage({ viewport: PROJECTOR });
    const [content] = deck.slides.filter((s) => s.notesText && s.layout === 'default');
    await openDeck(page, url, `#/${content!.id}`);
    const [speaker] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
    const notes = speaker.locator('.speaker-controls-notes .value');
    await expect.poll(() => notes.innerText(), { timeout: 10_000 }).toContain(content!.notesText.slice(0, 60));
    // Pacing shows because the deck sets its total time.
    await expect.poll(() => speaker.locator('.pacing').isVisible(), { timeout: 10_000 }).toBe(true);

    const next = deck.slides[deck.slides.indexOf(content!) + 1]!;
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => notes.innerText(), { timeout: 10_000 }).toContain(next.notesText.slice(0, 60));
    await page.close();
  });
});

describe('keys for the speaker', () => {
  it('show help (?), the overview (O, Esc), jump to a slide (G) and black out the screen (B)', async () => {
    const page = await browser().newPage({ viewport: PROJECTOR });
    await openDeck(page, url);
    const has = (selector: string) => page.locator(selector).count();

    await page.keyboard.press('Shift+Slash');
    expect(await has('.r-overlay')).toBe(1);
    await page.keyboard.press('Escape');

    await page.keyboard.press('o');
    expect(await has('.reveal.overview')).toBe(1);
    await page.keyboard.press('Escape');
    expect(await has('.reveal.overview')).toBe(0);

    await page.keyboard.press('b');
    expect(await has('.reveal.paused')).toBe(1);
    await page.keyboard.press('b');
    expect(await has('.reveal.paused')).toBe(0);

    const last = deck.slides.length;
    await page.keyboard.press('g');
    await page.keyboard.type(String(last));
    await page.keyboard.press('Enter');
    expect(await page.$eval('section.present', (s) => s.id)).toBe(deck.slides[last - 1]!.id);
    await page.close();
  });
});

describe('toolbar while presenting', () => {
  it('fades once the pointer rests and comes back when it moves', async () => {
    const page = await browser().newPage({ viewport: PROJECTOR });
    await openDeck(page, url);
    const opacity = () => page.$eval('nav.browse', (el) => getComputedStyle(el).opacity);
    await page.mouse.move(200, 200);
    await expect.poll(opacity).toBe('1');
    await expect.poll(opacity, { timeout: 8_000 }).toBe('0');
    await page.mouse.move(300, 300);
    await expect.poll(opacity).toBe('1');
    await page.close();
  });
});

describe('fonts', () => {
  it('draws every text of every slide with the fonts shipped with the deck', async () => {
    const page = await browser().newPage({ viewport: PROJECTOR });
    const cdp = await page.context().newCDPSession(page);
    const fallbacks = new Set<string>();
    for (const slide of deck.slides) {
      await openDeck(page, url, `#/${slide.id}`);
      await cdp.send('DOM.enable');
      await cdp.send('CSS.enable');
      const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
      const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: `section#${slide.id} :is(h1, h2, h3, p, li, span, cite, text, tspan, figcaption)` });
      for (const nodeId of nodeIds) {
        const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
        for (const f of fonts) if (!f.isCustomFont) fallbacks.add(`${slide.id}: ${f.familyName}`);
      }
    }
    expect([...fallbacks]).toEqual([]);
    await page.close();
  });
});

describe('callouts', () => {
  const cards = deck.slides.find((s) => s.html.includes('data-count-to'))!;
  const numbers = (page: Page) => page.$$eval(`#${cards.id} [data-count-to]`, (els) => els.map((e) => e.textContent));
  const finals = () => [...cards.html.matchAll(/data-count-to="\d+">([^<]+)</g)].map((m) => m[1]);

  it('count up once when their slide appears, and end on the value', async () => {
    const page = await browser().newPage({ viewport: PROJECTOR });
    await openDeck(page, url);
    // Every value the cards show, from before the slide appears: a busy machine may read the
    // numbers only once they have finished counting.
    await page.evaluate((id) => {
      const seen: string[][] = [];
      (window as unknown as { seenCounts: string[][] }).seenCounts = seen;
      const read = () => seen.push([...document.querySelectorAll(`#${id} [data-count-to]`)].map((e) => e.textContent ?? ''));
      new MutationObserver(read).observe(document.getElementById(id)!, { subtree: true, characterData: true, childList: true });
    }, cards.id);
    await page.keyboard.press('g');
    await page.keyboard.type(String(deck.slides.indexOf(cards) + 1));
    await page.keyboard.press('Enter');
    await expect.poll(() => numbers(page), { timeout: 5_000 }).toEqual(finals());
    const seen = await page.evaluate(() => (window as unknown as { seenCounts: string[][] }).seenCounts);
    // It counted: values on the way that were not the final ones, rising to them.
    expect(seen.some((values) => values.join() !== finals().join())).toBe(true);
    expect(seen.at(-1)).toEqual(finals());
    await page.close();
  });

  it('count up to a value with decimals as it is written: 2.5, not 3', async () => {
    const work = mkdtempSync(join(tmpdir(), 'deck-decimals-'));
    cpSync('slides', join(work, 'slides'), { recursive: true });
    const figures = join(work, 'slides/figures.yaml');
    writeFileSync(figures, readFileSync(figures, 'utf8').replace(/(funding:\n\s+value:) 3/, '$1 2.5'));
    execFileSync(process.execPath, ['bin/deck.js', 'build', '--slides', join(work, 'slides'), '--out', join(work, 'dist')]);
    const server = await serveDist(join(work, 'dist'));
    const page = await browser().newPage({ viewport: PROJECTOR });
    try {
      await openDeck(page, server.url);
      await page.keyboard.press('g');
      await page.keyboard.type(String(deck.slides.findIndex((s) => s.html.includes('class="callout" data-figure="funding"')) + 1));
      await page.keyboard.press('Enter');
      const funding = page.locator('.present [data-figure="funding"] .callout-number');
      // Once the count is over (under a second), the card reads as the data file has it.
      await page.waitForTimeout(1500);
      expect(await funding.textContent()).toBe('2.5');
    } finally {
      await page.close();
      await server.close();
      rmSync(work, { recursive: true, force: true });
    }
  });

  it('show the value at once with reduced motion', async () => {
    const page = await browser().newPage({ viewport: PROJECTOR, reducedMotion: 'reduce' });
    await openDeck(page, url, `#/${cards.id}`);
    expect(await numbers(page)).toEqual(finals());
    await page.close();
  });
});
