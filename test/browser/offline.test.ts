// The one-file deck, opened from file:// with the network cut: every slide, every font, the speaker view.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { compileDeck } from '../../src/compile-deck.js';
import { deckIn } from '../../src/types.js';
import { loadDeck } from '../../src/load/load-deck.js';
import { launchChromium, PROJECTOR, presentId } from './chromium.js';

const file = join(inject('deckDir'), 'offline.html');
const url = pathToFileURL(file).href;
const compiled = compileDeck(loadDeck('slides'));
const { deck } = compiled;
const zh = deckIn(compiled, 'zh');
let browser: Browser;
let context: BrowserContext;
let page: Page;
const errors: string[] = [];
/** Requests the router stopped. */
const blocked: string[] = [];
/** Every request seen for anything but the page itself, in case one ever went round the router. */
const foreign: string[] = [];

// The speaker view loads the page again with ?receiver… in its previews: that is still the file itself.
const allowed = (u: string) => u.split(/[?#]/)[0] === url || u.startsWith('data:') || u.startsWith('blob:') || u === 'about:blank';

beforeAll(async () => {
  browser = await launchChromium();
  // Routes and listeners on the context, so the speaker window and its previews are watched too.
  context = await browser.newContext({ viewport: PROJECTOR });
  context.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  context.on('weberror', (e) => errors.push(e.error().message));
  context.on('request', (r) => {
    if (!allowed(r.url())) foreign.push(r.url());
  });
  await context.route('**/*', (route) => {
    if (allowed(route.request().url())) return route.continue();
    blocked.push(route.request().url());
    return route.abort();
  });
  page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('.reveal.ready');
  await page.evaluate(() => document.fonts.ready);
});
afterAll(async () => {
  await browser?.close();
});

const words = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('the offline deck (dist/offline.html)', () => {
  it('refers to no other file: its script, styles, fonts and pictures are all inside it', async () => {
    // Script bodies are code, not references: only the markup and the styles are read.
    const markup = readFileSync(file, 'utf8').replace(/(<script\b[^>]*>)[\s\S]*?<\/script>/g, '$1</script>');
    const references = [...markup.matchAll(/\b(?:src|href)="(?!data:|#|https?:|mailto:)[^"]*"|url\((?!["']?(?:data:|#))[^)]*\)/g)].map((m) => m[0]);
    expect(references).toEqual([]);
    expect(markup).not.toMatch(/<link rel="stylesheet"/);
    // Only external module scripts are blocked on file://; the inline ones (the deck, and the
    // few lines before the first paint) have run if reveal.js is ready.
    const scripts = await page.$$eval('script', (s) => s.map((x) => ({ type: x.type, src: x.src })));
    expect(scripts).toContainEqual({ type: 'module', src: '' });
    expect(scripts.filter((s) => s.src !== '')).toEqual([]);
  });

  it('shows every slide in turn from file://, with no network', async () => {
    expect(await presentId(page)).toBe(deck.slides[0]!.id);
    for (const slide of deck.slides.slice(1)) {
      await page.keyboard.press('ArrowRight');
      expect(await presentId(page)).toBe(slide.id);
    }
    expect(errors).toEqual([]);
    expect(blocked).toEqual([]);
    expect(foreign).toEqual([]);
  });

  it('draws its text in the shipped Inter and Noto Sans SC', async () => {
    // Beside them, the system faces that stand in for them until they have loaded.
    const loaded = await page.evaluate(() =>
      [...document.fonts].filter((f) => f.status === 'loaded' && !/ fallback/.test(f.family)).map((f) => f.family.replace(/["']/g, '')),
    );
    expect(new Set(loaded)).toEqual(new Set(['Inter', 'Noto Sans SC']));
  });

  it("opens the speaker view, which shows and follows the current slide's notes", async () => {
    const withNotes = deck.slides.findIndex((s, i) => i > 0 && s.notesHtml && deck.slides[i + 1]?.notesHtml);
    const id = deck.slides[withNotes]!.id;
    // By keys, as a speaker would: a hash set by hand can race reveal's own delayed URL update.
    await page.keyboard.press('Home');
    for (let i = 0; i < withNotes; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => presentId(page)).toBe(id);
    const notesOf = () => page.$eval('section.present aside.notes', (a) => a.textContent ?? '');
    const [speaker] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
    expect(words(await notesOf())).not.toBe('');
    const shown = speaker.locator('.speaker-controls-notes .value');
    await expect.poll(async () => words((await shown.textContent()) ?? ''), { timeout: 10_000 }).toBe(words(await notesOf()));
    // The preview of the current slide is the page itself again, loaded in a frame.
    const preview = speaker.frameLocator('#current-slide iframe').locator('.reveal .slides > section.present');
    await expect.poll(() => preview.getAttribute('id'), { timeout: 10_000 }).toBe(id);

    // The stage layout, clock and controls load there too, under the deck's policy.
    await speaker.locator('#deck-stage-clock').waitFor({ timeout: 10_000 });
    expect(await speaker.locator('#deck-rehearsal button').first().innerText()).toBe('Rehearse');

    await page.keyboard.press('ArrowRight');
    expect(await presentId(page)).toBe(deck.slides[withNotes + 1]!.id);
    await expect.poll(async () => words((await shown.textContent()) ?? ''), { timeout: 10_000 }).toBe(words(await notesOf()));
    expect(errors).toEqual([]);
    expect(blocked).toEqual([]);
    expect(foreign).toEqual([]);
  });

  it('holds the Chinese deck and its fonts too: ?lang=zh opens it from file://, with no network', async () => {
    const chinese = await context.newPage();
    await chinese.goto(`${url}?lang=zh`);
    await chinese.waitForSelector('.reveal.ready');
    await chinese.evaluate(() => document.fonts.ready);
    expect(await chinese.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');
    for (const slide of zh!.slides) {
      // A line the title breaks at (after a Chinese colon) is no character of it.
      expect((await chinese.locator('section.present :is(h1, h2)').first().innerText()).replace(/\n/g, '')).toBe(slide.title);
      await chinese.keyboard.press('ArrowRight');
    }
    // Every Chinese face, the English page's and the Chinese deck's (its opening slide's and the
    // rest), drawn from inside the file.
    const faces = await chinese.evaluate(() =>
      [...document.fonts].filter((f) => f.family.includes('Noto') && !f.family.includes('fallback')).map((f) => f.status),
    );
    expect(faces.length).toBeGreaterThanOrEqual(4);
    expect(faces.filter((status) => status !== 'loaded')).toEqual([]);
    await chinese.close();
    expect(errors).toEqual([]);
    expect(blocked).toEqual([]);
    expect(foreign).toEqual([]);
  });
});
