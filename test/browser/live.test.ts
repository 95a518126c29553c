// Live presenting (`deck present`): a leader and followers in Chromium, the server's refusals,
// and the paths it will not serve.
import { request } from 'node:http';
import { createRequire } from 'node:module';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { compileDeck } from '../../src/compile-deck.js';
import { loadDeck } from '../../src/load/load-deck.js';
import QRCode from 'qrcode';
import { startLiveServer, type LiveServer } from '../../src/present/live-server.js';
import { busyPhone, LAPTOP, newPage, openDeck, PHONE, presentId, settled, shownInScrollView, closeLeftTabs, useChromium } from './chromium.js';

const { deck, translations } = compileDeck(loadDeck('slides'));
const browser = useChromium();
closeLeftTabs(browser);
const work = mkdtempSync(join(tmpdir(), 'deck-live-'));
const dist = join(work, 'dist');
let live: LiveServer;
let url = '';

const start = async (port = 0) => {
  live = await startLiveServer({ distDir: dist, port, host: '127.0.0.1' });
  url = `http://127.0.0.1:${live.port}/`;
};

beforeAll(async () => {
  cpSync(inject('deckDir'), dist, { recursive: true });
  await start();
});
afterAll(async () => {
  await live?.close();
  rmSync(work, { recursive: true, force: true });
});

const SOON = { timeout: 10_000 };
const badge = (page: Page) => page.locator('.live-badge');
/** What any page can send: a POST with whatever key (or none) and body it likes. */
const send = (page: Page, path: string, body: string, key?: string) =>
  page.evaluate(
    async ({ path, body, key }) =>
      (await fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json', ...(key === undefined ? {} : { 'x-deck-key': key }) }, body }))
        .status,
    { path, body, key },
  );

describe("following in one's own language", () => {
  it("keeps each follower on the leader's slide in its own language, and on it when the follower changes language", async () => {
    const leader = await newPage(browser(), LAPTOP);
    await openDeck(leader, `${url}?lead=${live.key}&lang=${deck.lang}`);
    // Each in a browser profile of its own, as each delegate's phone is; phones and a laptop.
    const followers = await Promise.all(
      translations.map(async (translated, i) => {
        const page = await newPage(browser(), i % 2 ? LAPTOP : PHONE);
        await openDeck(page, `${url}?lang=${translated.lang}`);
        return { page, translated };
      }),
    );
    for (let i = 0; i < 3; i++) await leader.keyboard.press('ArrowRight');
    const at = await presentId(leader);
    const index = deck.slides.findIndex((s) => s.id === at);
    for (const { page, translated } of followers) {
      await expect.poll(() => presentId(page), SOON).toBe(at);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(translated.tag);
      // The title as the slide sets it, its spaces read as spaces (a language keeps some words together).
      const spaced = (text: string) => text.replace(/\u00a0/g, ' ');
      expect(spaced(await page.locator('section.present h2').first().innerText())).toBe(spaced(translated.slides[index]!.title));
      expect(await badge(page).innerText()).toBe(translated.text.live);
    }
    expect(await leader.evaluate(() => document.documentElement.lang)).toBe(deck.tag);

    // A follower who changes language stays with the speaker, on the slide the talk is on.
    const { page: changing } = followers[0]!;
    const other = translations[1]!;
    await changing.click('.browse-language');
    await Promise.all([changing.waitForEvent('load'), changing.click(`#browse-languages a[data-lang="${other.lang}"]`)]);
    await changing.waitForSelector('.reveal.ready');
    await expect.poll(() => presentId(changing), SOON).toBe(at);
    expect(await changing.evaluate(() => document.documentElement.lang)).toBe(other.tag);
    await leader.keyboard.press('ArrowRight');
    const next = await presentId(leader);
    for (const { page } of followers) await expect.poll(() => presentId(page), SOON).toBe(next);
    expect(await badge(changing).innerText()).toBe(other.text.live);
    for (const page of [leader, ...followers.map((f) => f.page)]) await page.context().close();
  });
});

describe('following', () => {
  it('moves every follower with the leader, and counts them for the leader', async () => {
    const leader = await newPage(browser(), LAPTOP);
    await openDeck(leader, `${url}?lead=${live.key}`);
    const followers = [await newPage(browser(), PHONE), await newPage(browser(), LAPTOP)];
    for (const f of followers) await openDeck(f, url);
    await expect.poll(() => badge(leader).innerText(), SOON).toBe('Live: 2 following');
    // The speaker view shows the count as well.
    const [speaker] = await Promise.all([leader.waitForEvent('popup'), leader.keyboard.press('s')]);
    await expect.poll(() => speaker.locator('#deck-live-count').textContent(), SOON).toBe('Live: 2 following');
    // With the remote's address as a code for the speaker's phone; nobody without the key gets it.
    await expect.poll(() => speaker.locator('#deck-live-remote-qr').evaluate((img: HTMLImageElement) => img.naturalWidth), SOON).toBeGreaterThan(0);
    expect((await fetch(`${url}live/qr.svg?for=remote`)).status).toBe(403);
    expect((await fetch(`${url}live/qr.svg?for=remote&key=${'0'.repeat(32)}`)).status).toBe(403);
    await speaker.close();
    for (const f of followers) expect(await badge(f).innerText()).toBe('Live');

    for (let i = 0; i < 3; i++) await leader.keyboard.press('ArrowRight');
    const at = await presentId(leader);
    expect(at).toBe(deck.slides[3]!.id);
    for (const f of followers) await expect.poll(() => presentId(f), SOON).toBe(at);

    // The overview and the blackout follow too, where there are slides to show them (a phone reads
    // the scroll view, which has neither).
    const onSlides = followers[1]!;
    await leader.keyboard.press('Escape');
    for (const f of [onSlides]) await expect.poll(() => f.evaluate(() => document.querySelector('.reveal')!.classList.contains('overview')), SOON).toBe(true);
    await leader.keyboard.press('Escape');
    await leader.keyboard.press('b');
    for (const f of [onSlides]) await expect.poll(() => f.evaluate(() => document.querySelector('.reveal')!.classList.contains('paused')), SOON).toBe(true);
    await leader.keyboard.press('b');
    for (const f of [onSlides]) await expect.poll(() => f.evaluate(() => document.querySelector('.reveal')!.classList.contains('paused')), SOON).toBe(false);
    for (const f of followers) expect(await badge(f).innerText()).toBe('Live');
    for (const page of [leader, ...followers]) await page.context().close();
  });

  it('keeps a busy phone on the speaker’s slide, step by step and on a jump far down the deck', async () => {
    const leader = await newPage(browser(), LAPTOP);
    await openDeck(leader, `${url}?lead=${live.key}`);
    const phone = await newPage(browser(), PHONE, { hasTouch: true, isMobile: true });
    // Its pages far from the screen not laid out yet as the speaker moves.
    const runIdleSteps = await busyPhone(phone);
    await phone.goto(url);
    await phone.waitForSelector('.reveal.ready');
    await expect.poll(() => badge(phone).isVisible(), SOON).toBe(true);
    const onIt = (id: string) => expect.poll(() => shownInScrollView(phone), SOON).toEqual({ ids: [id], atTop: true });
    // A step, another, then a jump to near the end (a link to a slide, or the outline), and the last.
    const last = deck.slides.length - 1;
    for (const target of [1, 2, last - 1, last]) {
      const id = deck.slides[target]!.id;
      await leader.evaluate((hash) => (location.hash = hash), `#/${id}`);
      await onIt(id);
      expect(await badge(phone).innerText()).toBe('Live');
    }
    // Back up the deck, then the phone's idle work done: it stays on the speaker's slide.
    await leader.evaluate((hash) => (location.hash = hash), `#/${deck.slides[3]!.id}`);
    await onIt(deck.slides[3]!.id);
    await runIdleSteps();
    await phone.waitForFunction(() => 'fitted' in document.documentElement.dataset);
    await onIt(deck.slides[3]!.id);
    expect(await badge(phone).innerText()).toBe('Live');
    for (const page of [leader, phone]) await page.context().close();
  });

  it('lets a follower browse on its own, moving only itself, and rejoin with Back to live', async () => {
    const leader = await newPage(browser(), LAPTOP);
    await openDeck(leader, `${url}?lead=${live.key}`, `#/${deck.slides[4]!.id}`);
    const [away, staying] = [await newPage(browser(), LAPTOP), await newPage(browser(), LAPTOP)];
    for (const f of [away, staying]) {
      await openDeck(f, url);
      await expect.poll(() => presentId(f), SOON).toBe(deck.slides[4]!.id);
    }
    await away.keyboard.press('ArrowRight');
    await away.keyboard.press('ArrowRight');
    expect(await presentId(away)).toBe(deck.slides[6]!.id);
    expect(await badge(away).innerText()).toBe('Back to live');
    // Nobody else moved.
    expect(await presentId(leader)).toBe(deck.slides[4]!.id);
    expect(await presentId(staying)).toBe(deck.slides[4]!.id);
    // The leader moves on; the one away stays where it is until it rejoins.
    await leader.keyboard.press('ArrowLeft');
    await expect.poll(() => presentId(staying), SOON).toBe(deck.slides[3]!.id);
    expect(await presentId(away)).toBe(deck.slides[6]!.id);
    await badge(away).click();
    await expect.poll(() => presentId(away), SOON).toBe(deck.slides[3]!.id);
    expect(await badge(away).innerText()).toBe('Live');
    for (const page of [leader, away, staying]) await page.context().close();
  });

  for (const [language, query, away] of [
    ['English', '', 'Back to live'],
    ['Chinese', '?lang=zh', '回到演讲进度'],
  ] as const) {
    it(`leaves every toolbar control within reach on a phone, and no line half hidden by the badge, with Back to live shown, in ${language}`, async () => {
      const leader = await newPage(browser(), LAPTOP);
      await openDeck(leader, `${url}?lead=${live.key}`, `#/${deck.slides[1]!.id}`);
      const phone = await newPage(browser(), PHONE, { hasTouch: true, isMobile: true });
      await openDeck(phone, `${url}${query}`);
      await expect.poll(() => presentId(phone), SOON).toBe(deck.slides[1]!.id);
      // A phone reads in scroll view: scrolling on leaves the speaker.
      await expect
        .poll(async () => {
          await phone.evaluate(() => document.querySelector('.reveal-viewport')?.scrollBy(0, 900));
          return badge(phone).innerText();
        }, SOON)
        .toBe(away);
      const covered = await phone.$$eval('.browse button', (buttons) =>
        buttons
          .filter((b) => b.getClientRects().length > 0)
          .filter((b) => {
            const r = b.getBoundingClientRect();
            const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
            return !hit || !b.contains(hit);
          })
          .map((b) => b.getAttribute('aria-label') ?? b.textContent),
      );
      expect(covered).toEqual([]);
      // And the badge itself can be pressed.
      const box = (await badge(phone).boundingBox())!;
      expect(
        await phone.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.closest('.live-badge') !== null, [box.x + box.width / 2, box.y + box.height / 2]),
      ).toBe(true);
      // Wherever the reader has scrolled, to the end of the view, a line that reaches the badge's
      // height goes out of sight across the screen's width (as under the toolbar at the top), never
      // with the badge floating over its words and the rest of the line shown beside it.
      let under = 0;
      const halfHidden: string[] = [];
      // Down the whole view, its pages all laid out, a quarter of the screen at a time, to its end.
      await phone.waitForFunction(() => 'fitted' in document.documentElement.dataset, null, SOON);
      await phone.evaluate(() => document.querySelector('.reveal-viewport')!.scrollTo({ top: 0, behavior: 'instant' }));
      for (let end = false; !end;) {
        end = await phone.evaluate(() => {
          const view = document.querySelector('.reveal-viewport')!;
          view.scrollBy({ top: 233, behavior: 'instant' });
          return view.scrollTop + view.clientHeight >= view.scrollHeight - 1;
        });
        const found = await phone.evaluate(() => {
          const badge = document.querySelector('.live-badge')!.getBoundingClientRect();
          const lines: { text: string; shown: boolean }[] = [];
          const walker = document.createTreeWalker(document.querySelector('.reveal .slides')!, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (!node.textContent!.trim()) continue;
            const range = document.createRange();
            range.selectNodeContents(node);
            for (const line of range.getClientRects()) {
              if (line.width < 1 || line.bottom <= badge.top || line.top >= badge.bottom || line.left >= badge.right) continue;
              // Beside the badge, on the line's own height: the page, or what covers it.
              const beside = document.elementFromPoint(
                Math.min(badge.right + 12, innerWidth - 1),
                (Math.max(line.top, badge.top) + Math.min(line.bottom, badge.bottom)) / 2,
              );
              lines.push({ text: node.textContent!.trim().slice(0, 30), shown: beside?.closest('.reveal .slides') != null });
            }
          }
          return lines;
        });
        under += found.length;
        halfHidden.push(...found.filter((line) => line.shown).map((line) => line.text));
      }
      expect(under).toBeGreaterThan(0);
      expect(halfHidden).toEqual([]);
      for (const page of [leader, phone]) await page.context().close();
    });
  }

  it('follows and leads from ten tabs of one browser: its tabs share one stream, and the speaker’s moves never wait', async () => {
    // A browser opens six connections to a server at most: a stream per tab would hold them all.
    const context = await browser().newContext({ viewport: LAPTOP });
    const leader = await context.newPage();
    await openDeck(leader, `${url}?lead=${live.key}`);
    const tabs: Page[] = [];
    for (let i = 0; i < 9; i++) {
      tabs.push(await context.newPage());
      await openDeck(tabs[i]!, url);
    }
    // The browser counts once, however many tabs it shows the deck in.
    await expect.poll(() => badge(leader).innerText(), SOON).toBe('Live: 1 following');
    for (let i = 0; i < 3; i++) await leader.keyboard.press('ArrowRight');
    for (const tab of tabs) await expect.poll(() => presentId(tab), SOON).toBe(deck.slides[3]!.id);
    // The tabs that opened first close; the others go on following, and a new one joins on the slide.
    for (const tab of tabs.splice(0, 3)) await tab.close();
    await leader.keyboard.press('ArrowRight');
    for (const tab of tabs) await expect.poll(() => presentId(tab), SOON).toBe(deck.slides[4]!.id);
    const late = await context.newPage();
    await openDeck(late, url);
    await expect.poll(() => presentId(late), SOON).toBe(deck.slides[4]!.id);
    await context.close();
  });

  it('brings followers back to the leader by themselves after the server restarts', async () => {
    const follower = await newPage(browser(), LAPTOP);
    await openDeck(follower, url);
    const port = live.port;
    await live.close();
    await start(port);
    // A restart makes a new key: the speaker opens the new presenter address, on the slide it was on.
    const leader = await newPage(browser(), LAPTOP);
    await openDeck(leader, `${url}?lead=${live.key}`, `#/${deck.slides[7]!.id}`);
    await expect.poll(() => presentId(follower), { timeout: 15_000 }).toBe(deck.slides[7]!.id);
    for (const page of [leader, follower]) await page.context().close();
  });
});

describe('the speaker’s phone and the room’s code', () => {
  it('drives the leader from the remote on a phone, which shows the slide, the next one and the notes', async () => {
    const leader = await newPage(browser(), LAPTOP);
    await openDeck(leader, `${url}?lead=${live.key}`, `#/${deck.slides[5]!.id}`);
    const phone = await newPage(browser(), PHONE, { hasTouch: true, isMobile: true });
    await phone.goto(`${url}?remote=${live.key}`);
    const remote = phone.getByRole('region', { name: 'Remote' });
    await remote.waitFor({ timeout: 10_000 });
    await expect.poll(() => remote.locator('.live-remote-now').innerText(), SOON).toBe(deck.slides[5]!.title);
    // The speaker's phone is not one of the room's followers.
    await expect.poll(() => badge(leader).innerText(), SOON).toBe('Live: 0 following');
    expect(await remote.locator('.live-remote-next').innerText()).toBe(`Next: ${deck.slides[6]!.title}`);
    expect((await remote.locator('.live-remote-notes').innerText()).replace(/\s+/g, ' ')).toBe(deck.slides[5]!.notesText.replace(/\s+/g, ' ').trim());
    await remote.getByRole('button', { name: /Next/ }).tap();
    await expect.poll(() => presentId(leader), SOON).toBe(deck.slides[6]!.id);
    await expect.poll(() => remote.locator('.live-remote-now').innerText(), SOON).toBe(deck.slides[6]!.title);
    await remote.getByRole('button', { name: /Previous/ }).tap();
    await expect.poll(() => presentId(leader), SOON).toBe(deck.slides[5]!.id);
    // Big enough for a thumb: the buttons are at least 96 px tall and fill the phone's width.
    const box = await remote.getByRole('button', { name: /Next/ }).boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(96);
    for (const page of [leader, phone]) await page.context().close();
  });

  it('shows the audience’s address as a QR code across the leader’s screen on Q, and hides it on Q', async () => {
    const leader = await newPage(browser(), LAPTOP);
    await openDeck(leader, `${url}?lead=${live.key}`);
    // The live code loads after reveal is ready; Q is its key from then on (on a loaded machine
    // the key could come first, and go to a deck that has no Q yet).
    await leader.locator('.live-qr').waitFor({ state: 'attached', timeout: 10_000 });
    await leader.keyboard.press('q');
    const code = leader.locator('.live-qr img');
    await code.waitFor({ state: 'visible', timeout: 10_000 });
    await expect.poll(() => code.evaluate((img: HTMLImageElement) => img.naturalWidth), SOON).toBeGreaterThan(0);
    expect((await code.boundingBox())!.height).toBeGreaterThan(500);
    await leader.keyboard.press('q');
    await code.waitFor({ state: 'hidden', timeout: 10_000 });
    await leader.context().close();
  });
});

describe('anywhere else', () => {
  it('never goes live: the static site has no Live badge and opens no event stream', async () => {
    const page = await newPage(browser(), LAPTOP);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await openDeck(page, inject('deckUrl'), `#/${deck.slides[3]!.id}`);
    // Anything the deck would fetch to go live, it fetches as it starts: by now it has.
    await page.waitForLoadState('networkidle');
    expect(await page.locator('.live-badge').count()).toBe(0);
    expect(requests.filter((r) => r.includes('/live/') || /\/live-[\w-]+\.js$/.test(r))).toEqual([]);
    await page.context().close();
  });
});

describe('one laptop for the room', () => {
  // The join's size in bytes is the talk's (its slides, their images and characters): the
  // benchmark holds it to its budget (bench/budgets.json, "live join bytes").
  it('sends the page and its scripts compressed: a phone joins with a fraction of the bytes it reads', async () => {
    const phone = await newPage(browser(), PHONE);
    const fetched: Promise<{ file: string; encoding: string; wire: number; read: number }>[] = [];
    phone.on('response', (response) => {
      // The event stream never ends; it is not part of the join.
      if (response.url().includes('/live/') || !/\/$|\.js$/.test(response.url())) return;
      fetched.push(
        (async () => ({
          file: new URL(response.url()).pathname.replace(/-[\w-]+\.js$/, '.js'),
          encoding: (await response.allHeaders())['content-encoding'] ?? 'none',
          wire: (await response.request().sizes()).responseBodySize,
          read: (await response.body()).length,
        }))(),
      );
    });
    await openDeck(phone, url);
    await settled(phone);
    const files = await Promise.all(fetched);
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const { file, encoding, wire, read } of files) {
      expect(encoding, file).toMatch(/^(br|gzip)$/);
      expect(wire / read, file).toBeLessThan(0.5);
    }
    await phone.context().close();
  });
});

describe('nobody but the speaker drives', () => {
  it('refuses every message from a client without the key, and the leader stays where it is', async () => {
    const leader = await newPage(browser(), LAPTOP);
    await openDeck(leader, `${url}?lead=${live.key}`, `#/${deck.slides[2]!.id}`);
    const stranger = await newPage(browser(), LAPTOP);
    await openDeck(stranger, url);
    await expect.poll(() => presentId(stranger), SOON).toBe(deck.slides[2]!.id);
    // Every slide the follower shows from now on.
    await stranger.evaluate(() => {
      const shown: string[] = [];
      (window as unknown as { shown: string[] }).shown = shown;
      const present = () => document.querySelector('.reveal .slides > section.present')?.id ?? '';
      let last = present();
      new MutationObserver(() => {
        if (present() !== last) shown.push((last = present()));
      }).observe(document.querySelector('.reveal .slides')!, { subtree: true, attributeFilter: ['class'] });
    });
    const move = JSON.stringify({ h: 9, v: 0, f: -1, overview: false, paused: false });
    const statuses = [
      await send(stranger, '/live/state', move),
      await send(stranger, '/live/state', move, ''),
      await send(stranger, '/live/state', move, 'x'.repeat(32)),
      await send(stranger, '/live/state', move, live.key.slice(0, 31)),
      await send(stranger, '/live/state', move, `${live.key}0`),
      await send(stranger, '/live/command', JSON.stringify({ action: 'next' })),
      await send(stranger, '/live/command', JSON.stringify({ action: 'next' }), 'wrong'),
    ];
    expect(statuses).toEqual([403, 403, 403, 403, 403, 403, 403]);
    // With the key, what is not a position in this deck is refused too.
    for (const body of [
      '{',
      '[]',
      'null',
      '{"h":99,"v":0,"f":-1,"overview":false,"paused":false}',
      '{"h":1.5,"v":0,"f":-1,"overview":false,"paused":false}',
      '{"h":1,"v":0,"f":-1,"overview":false,"paused":false,"x":1}',
      'x'.repeat(5000),
    ]) {
      expect(await send(stranger, '/live/state', body, live.key), body.slice(0, 40)).toBeGreaterThanOrEqual(400);
    }
    // A move with the key after them, which the follower shows once it arrives: the stream keeps
    // its order, so a refused move that had gone out would have arrived before it.
    const at = (paused: boolean) => JSON.stringify({ h: 2, v: 0, f: -1, overview: false, paused });
    expect(await send(stranger, '/live/state', at(true), live.key)).toBe(204);
    await expect.poll(() => stranger.locator('.reveal.paused').count(), SOON).toBe(1);
    expect(await stranger.evaluate(() => (window as unknown as { shown: string[] }).shown)).toEqual([]);
    expect(await presentId(leader)).toBe(deck.slides[2]!.id);
    expect(await presentId(stranger)).toBe(deck.slides[2]!.id);
    expect(await send(stranger, '/live/state', at(false), live.key)).toBe(204);
    // The audience page never carries the key.
    expect(await stranger.content()).not.toContain(live.key);
    for (const page of [leader, stranger]) await page.context().close();
  });

  it('serves only the built deck, whatever the path’s encoding', async () => {
    const status = (path: string) =>
      new Promise<number>((done, fail) => {
        const req = request({ host: '127.0.0.1', port: live.port, path, method: 'GET' }, (res) => {
          res.resume();
          done(res.statusCode ?? 0);
        });
        req.on('error', fail);
        req.end();
      });
    // package.json sits beside dist/ in this test's folder; slides/ beside the project's.
    cpSync('package.json', join(work, 'package.json'));
    for (const path of [
      '/../package.json',
      '/%2e%2e/package.json',
      '/..%2fpackage.json',
      '/%2e%2e%2fpackage.json',
      '/..%5cpackage.json',
      '/assets/..%2f..%2fpackage.json',
      '/%252e%252e/package.json',
      '//etc/passwd',
      '/%2fetc%2fpasswd',
      '/.deck-output',
    ]) {
      expect(await status(path), path).toBe(404);
    }
    // A backslash is no character of a path: the request is malformed.
    expect(await status('/..\\package.json')).toBe(400);
    expect(await status('/offline.html')).toBe(200);
  });
});

describe('an error nobody expected', () => {
  it('is one line in the terminal and a 500 for its request; the server goes on', async () => {
    const lines: unknown[] = [];
    const said = vi.spyOn(console, 'error').mockImplementation((line: unknown) => void lines.push(line));
    // The QR code is drawn on each request: a failure there stands for any bug in a request's handling.
    const broken = await startLiveServer({ distDir: dist, port: 0, host: '127.0.0.1' });
    const drawing = vi.spyOn(createRequire(import.meta.url)('qrcode/lib/core/qrcode.js') as typeof QRCode, 'create').mockImplementation(() => {
      throw new Error('no address');
    });
    try {
      const origin = `http://127.0.0.1:${broken.port}`;
      expect((await fetch(`${origin}/live/qr.svg`)).status).toBe(500);
      expect(lines).toEqual(['deck: GET "/live/qr.svg" failed: no address']);
      expect((await fetch(`${origin}/`)).status).toBe(200);
    } finally {
      said.mockRestore();
      drawing.mockRestore();
      await broken.close();
    }
  });
});
