// Presenting from a venue laptop: slides fit any projector, the speaker view follows and paces.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { compileDeck } from '../../src/compile-deck.js';
import { cardParts } from '../../src/figures/figure-text.js';
import { serveDist } from '../../src/export/browser-session.js';
import { loadDeck } from '../../src/load/load-deck.js';
import { LAPTOP, newPage, openDeck, overflowing, presentId as presentIdOf, PROJECTOR, closeLeftTabs, useChromium } from './chromium.js';

const url = inject('deckUrl');
const { deck } = compileDeck(loadDeck('slides'));
const browser = useChromium();
closeLeftTabs(browser);

describe('projector-safe', () => {
  for (const [width, height] of [
    [1920, 1080],
    [1280, 720],
    [1024, 768],
  ] as const) {
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
    // The deck's own clock and pacing, not reveal's.
    await expect.poll(() => speaker.locator('#deck-stage-clock [data-pace="talk"]').isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await speaker.locator('.speaker-controls-time').isVisible()).toBe(false);

    const next = deck.slides[deck.slides.indexOf(content!) + 1]!;
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => notes.innerText(), { timeout: 10_000 }).toContain(next.notesText.slice(0, 60));
    await page.close();
  });
});

describe('speaker view previews', () => {
  it('show the current slide and the next one, even when the previews start after the speaker window has told them where', async () => {
    const page = await browser().newPage({ viewport: PROJECTOR });
    // The previews' code comes slowly (a loaded laptop, a USB stick): it listens only after the
    // speaker window has sent them their slides.
    await page.context().route('**/*', async (route) => {
      const request = route.request();
      if (/\.js$/.test(new URL(request.url()).pathname) && new URL(request.frame().url()).searchParams.has('receiver')) {
        await new Promise((resolve) => setTimeout(resolve, 1500));
      }
      await route.continue();
    });
    const [content] = deck.slides.filter((s) => s.layout === 'default');
    const next = deck.slides[deck.slides.indexOf(content!) + 1]!;
    await openDeck(page, url, `#/${content!.id}`);
    const [speaker] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
    const shown = (preview: string) => async () => {
      const frame = await speaker
        .locator(`${preview} iframe`)
        .elementHandle()
        .then((el) => el?.contentFrame());
      return frame?.evaluate(() => document.querySelector('.reveal.ready .slides > section.present')?.id).catch(() => undefined);
    };
    await expect.poll(shown('#current-slide'), { timeout: 15_000 }).toBe(content!.id);
    await expect.poll(shown('#upcoming-slide'), { timeout: 15_000 }).toBe(next.id);
    await page.close();
  });
});

describe('speaker view and deck in step', () => {
  it('keeps two quick moves made in the hall when the speaker window echoes a stale state, and follows the speaker’s own keys', async () => {
    const page = await browser().newPage({ viewport: PROJECTOR });
    // Each state the speaker window sends the deck, seen as it arrives (before the deck's code).
    await page.addInitScript(() => {
      const seen: unknown[] = [];
      Object.assign(window, { speakerStates: seen });
      addEventListener(
        'message',
        (event) => {
          if (typeof event.data === 'string' && event.data.includes('"setState"')) seen.push(event.data);
        },
        true,
      );
    });
    const sent = () => page.evaluate(() => (window as unknown as { speakerStates: string[] }).speakerStates.length);
    const [title, outline, background, fourth] = deck.slides;
    await openDeck(page, url, `#/${title!.id}`);
    const [speaker] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
    await previewShows(speaker, title!.id);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await previewShows(speaker, background!.id);
    // The preview reports the outline late, as a loaded laptop's does: the speaker window sends it
    // on to the deck half a second later, as it would a move made in the preview.
    const before = await sent();
    await speaker.evaluate(
      (h) =>
        window.postMessage(
          JSON.stringify({ namespace: 'reveal', eventName: 'slidechanged', state: { indexh: h, indexv: 0, paused: false, overview: false } }),
          '*',
        ),
      deck.slides.indexOf(outline!),
    );
    await expect.poll(sent, { timeout: 5_000 }).toBeGreaterThan(before);
    expect(await presentIdOf(page)).toBe(background!.id);
    // A key pressed in the speaker window moves the deck, there and back.
    await speaker.keyboard.press('ArrowRight');
    await expect.poll(() => presentIdOf(page), { timeout: 5_000 }).toBe(fourth!.id);
    await speaker.keyboard.press('ArrowLeft');
    await expect.poll(() => presentIdOf(page), { timeout: 5_000 }).toBe(background!.id);
    await page.close();
  });
});

describe('keys for the speaker', () => {
  it('show help (?), the overview (O, Esc), jump to a slide (G) and black out the screen (B)', async () => {
    const page = await browser().newPage({ viewport: PROJECTOR });
    await openDeck(page, url);
    const has = (selector: string) => page.locator(selector).count();

    // The deck's own list of keys (the last test of this block reads it).
    await page.keyboard.press('Shift+Slash');
    expect(await has('dialog#deck-key-list[open]')).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => has('dialog#deck-key-list')).toBe(0);

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
      const { nodeIds } = await cdp.send('DOM.querySelectorAll', {
        nodeId: root.nodeId,
        // Not the digits of a number counting up: their span goes once the count ends (count-up.ts),
        // maybe before this loop reaches it; the number's own span is read.
        selector: `section#${slide.id} :is(h1, h2, h3, p, li, span, cite, text, tspan, figcaption):not([data-counting])`,
      });
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
      const widths: number[][] = [];
      Object.assign(window, { seenCounts: seen, seenWidths: widths });
      const numbers = () => [...document.querySelectorAll(`#${id} [data-count-to]`)];
      const read = () => {
        seen.push(numbers().map((e) => e.textContent ?? ''));
        widths.push(numbers().map((e) => e.getBoundingClientRect().width));
      };
      new MutationObserver(read).observe(document.getElementById(id)!, { subtree: true, characterData: true, childList: true });
    }, cards.id);
    await page.keyboard.press('g');
    await page.keyboard.type(String(deck.slides.indexOf(cards) + 1));
    await page.keyboard.press('Enter');
    await expect.poll(() => numbers(page), { timeout: 5_000 }).toEqual(finals());
    const { seen, widths } = await page.evaluate(() => {
      const w = window as unknown as { seenCounts: string[][]; seenWidths: number[][] };
      return { seen: w.seenCounts, widths: w.seenWidths };
    });
    // It counted: values on the way that were not the final ones, rising to them.
    expect(seen.some((values) => values.join() !== finals().join())).toBe(true);
    expect(seen.at(-1)).toEqual(finals());
    // Steadily: no number narrows as it rises (a 1 no narrower than an 8)...
    const narrowing = finals().flatMap((final, i) => {
      const counting = widths.flatMap((row, at) => (seen[at]![i] !== final ? [{ text: seen[at]![i]!, width: row[i]! }] : []));
      return counting
        .slice(1)
        .flatMap((c, at) => (c.width < counting[at]!.width - 0.5 ? [`${counting[at]!.text} (${counting[at]!.width} px) to ${c.text} (${c.width} px)`] : []));
    });
    expect(narrowing).toEqual([]);
    // ...and it ends as wide as the number is when it does not count (reduced motion), nothing beside it moved.
    const still = await browser().newPage({ viewport: PROJECTOR, reducedMotion: 'reduce' });
    await openDeck(still, url, `#/${cards.id}`);
    const atRest = await still.$$eval(`#${cards.id} [data-count-to]`, (els) => els.map((e) => Math.round(e.getBoundingClientRect().width * 10) / 10));
    expect(widths.at(-1)!.map((w) => Math.round(w * 10) / 10)).toEqual(atRest);
    await still.close();
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
      const written = cardParts(compileDeck(loadDeck(join(work, 'slides'))).deck.data.figures.get('funding')!).number;
      expect(written).toMatch(/2\.5/);
      await expect.poll(() => funding.textContent()).toBe(written);
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

  // The slide with the longest notes, where reveal's stock view hid half of them below the fold.
  const longest = [...deck.slides].sort((a, b) => b.notesText.length - a.notesText.length)[0]!;

  for (const [width, height] of [
    [1280, 800],
    [1024, 768],
    [1920, 1080],
  ] as const) {
    it(`shows both slides, the clock and every note without covering one another at ${width}×${height}`, async () => {
      const page = await browser().newPage({ viewport: PROJECTOR });
      await openDeck(page, url, `#/${longest.id}`);
      const [speaker] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
      await speaker.setViewportSize({ width, height });
      await speaker.locator('#deck-stage-clock').waitFor({ timeout: 10_000 });
      const notes = speaker.locator('#speaker-controls > .speaker-controls-notes');
      await expect.poll(() => notes.innerText(), { timeout: 10_000 }).toContain(longest.notesText.slice(-40));
      const box = async (selector: string) => (await speaker.locator(selector).boundingBox())!;
      const parts = {
        current: await box('#current-slide iframe'),
        next: await box('#upcoming-slide iframe'),
        nextLabel: await box('#upcoming-slide .label'),
        clock: await box('#deck-stage-clock'),
        tools: await box('#deck-stage-tools'),
        notes: await box('#speaker-controls > .speaker-controls-notes'),
      };
      for (const [name, b] of Object.entries(parts)) {
        expect.soft(b.x >= 0 && b.y >= 0 && b.x + b.width <= width + 0.5 && b.y + b.height <= height + 0.5, `${name} inside the window`).toBe(true);
        expect.soft(b.height, `${name} has room`).toBeGreaterThan(name === 'nextLabel' || name === 'tools' ? 12 : 40);
      }
      const names = Object.keys(parts) as (keyof typeof parts)[];
      for (const a of names) {
        for (const b of names.filter((n) => n > a)) {
          const [p, q] = [parts[a], parts[b]];
          const apart = p.x + p.width <= q.x + 0.5 || q.x + q.width <= p.x + 0.5 || p.y + p.height <= q.y + 0.5 || q.y + q.height <= p.y + 0.5;
          expect.soft(apart, `${a} and ${b} do not overlap`).toBe(true);
        }
      }
      // The previews show the slide alone: nothing of reveal's overlay (arrows, number, progress) over it.
      for (const frame of speaker.frames().filter((f) => f !== speaker.mainFrame())) {
        await frame.waitForSelector('.reveal.ready');
        const overlay = await frame.$$eval('.reveal .controls, .reveal .slide-number, .reveal .progress', (els: Element[]): string[] =>
          els
            .filter((el) => {
              const r = el.getBoundingClientRect();
              return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden' && getComputedStyle(el).display !== 'none';
            })
            .map((el) => String(el.className)),
        );
        expect.soft(overlay, `reveal's overlay in the preview ${frame.url()}`).toEqual([]);
      }
      // The previews keep the slides' 16:9, the current one the larger.
      expect(Math.abs(parts.current.width / parts.current.height - 16 / 9)).toBeLessThan(0.05);
      expect(Math.abs(parts.next.width / parts.next.height - 16 / 9)).toBeLessThan(0.05);
      // The next slide clearly the smaller: the eye goes to the current one.
      expect(parts.next.width).toBeLessThanOrEqual(0.7 * parts.current.width);
      // The notes scroll in their own pane; the clock stays where it was.
      const scrolled = await notes.evaluate((pane) => {
        pane.scrollTop = pane.scrollHeight;
        return pane.scrollHeight > pane.clientHeight ? pane.scrollTop : -1;
      });
      if (width < 1920) expect(scrolled).toBeGreaterThan(0);
      expect(await box('#deck-stage-clock')).toEqual(parts.clock);
      // In the deck's fonts.
      expect(await notes.evaluate((pane) => getComputedStyle(pane.querySelector('.value')!).fontFamily)).toMatch(/^"?Inter"?,/);
      await expect
        .poll(() => speaker.evaluate(() => [...document.fonts].some((f) => f.family.replace(/"/g, '') === 'Inter' && f.status === 'loaded')))
        .toBe(true);
      await page.close();
    });
  }

  it('starts the talk’s clock with Start or the first move, and paces the talk and the slide in words and a sign', async () => {
    const page = await newPage(browser(), PROJECTOR);
    await page.clock.install();
    const [title, outline, background] = deck.slides;
    await openDeck(page, url, `#/${title!.id}`);
    const [speaker] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
    await speaker.setViewportSize(LAPTOP);
    const talk = speaker.locator('[data-pace="talk"] strong');
    const slide = speaker.locator('[data-pace="slide"] strong');
    const elapsed = speaker.locator('.deck-stage-elapsed');
    await talk.waitFor({ timeout: 10_000 });
    await previewShows(speaker, title!.id);
    // Opening the view does not start the talk.
    await page.clock.fastForward(30_000);
    expect(await talk.innerText()).toBe('The clock starts with Start or your first move');
    expect(await elapsed.innerText()).toBe('0:00');
    // Started on the title slide (planned 45 s): a minute later it is 15 s behind.
    await speaker.getByRole('button', { name: 'Start' }).click();
    await page.clock.fastForward(60_000);
    await expect.poll(() => talk.innerText(), { timeout: 5_000 }).toMatch(/^\+0:1[5-7] behind$/);
    expect(await speaker.locator('[data-pace="talk"]').getAttribute('data-state')).toBe('behind');
    expect(await slide.innerText()).toMatch(/^\+0:1[5-7] over$/);
    expect(await elapsed.innerText()).toMatch(/^1:0[0-2]$/);
    // The outline (planned 30 s) was due at 0:45 and ends at 1:15: on time, with its 30 s left.
    await page.keyboard.press('ArrowRight');
    await previewShows(speaker, outline!.id);
    await expect.poll(() => talk.innerText()).toBe('on time');
    expect(await slide.innerText()).toMatch(/^0:(30|29|28) left$/);
    // Restarted here and moved on at once: the next slide was due 30 s later, so 0:30 ahead.
    await speaker.getByRole('button', { name: 'Restart' }).click();
    await page.keyboard.press('ArrowRight');
    await previewShows(speaker, background!.id);
    await expect.poll(() => talk.innerText()).toMatch(/^−0:(30|29|28) ahead$/);
    expect(await speaker.locator('[data-pace="talk"]').getAttribute('data-state')).toBe('ahead');
    expect(await presentIdOf(page)).toBe(background!.id);
    await page.context().close();

    // A fresh view, opened on the outline: the first move starts the clock, from that slide.
    const again = await newPage(browser(), PROJECTOR);
    await again.clock.install();
    await openDeck(again, url, `#/${outline!.id}`);
    const [view] = await Promise.all([again.waitForEvent('popup'), again.keyboard.press('s')]);
    const button = view.locator('#deck-stage-clock button');
    await button.waitFor({ timeout: 10_000 });
    expect(await button.innerText()).toBe('Start');
    await previewShows(view, outline!.id);
    await again.keyboard.press('ArrowRight');
    await previewShows(view, background!.id);
    await expect.poll(() => button.innerText()).toBe('Restart');
    // The clock runs from the slide the move led to (background, planned 15 s).
    await expect.poll(() => view.locator('[data-pace="talk"] strong').innerText()).toBe('on time');
    // Each pace reads as a quiet label and its value, the value the larger, on one baseline.
    for (const pace of await view.locator('.deck-stage-pace').all()) {
      const [label, value] = await pace.evaluate((p) =>
        [p.querySelector('span')!, p.querySelector('strong')!].map((el) => {
          const probe = document.createElement('span');
          probe.style.cssText = 'display:inline-block;width:0;height:0;vertical-align:baseline';
          el.append(probe);
          const baseline = probe.getBoundingClientRect().top;
          probe.remove();
          return { px: parseFloat(getComputedStyle(el).fontSize), baseline };
        }),
      );
      expect(label!.px).toBeLessThan(value!.px);
      expect(Math.abs(label!.baseline - value!.baseline)).toBeLessThan(1.5);
    }
    await again.clock.fastForward(20_000);
    await expect.poll(() => view.locator('[data-pace="talk"] strong').innerText(), { timeout: 5_000 }).toMatch(/^\+0:0[5-7] behind$/);
    await again.context().close();
  });

  it('remembers the notes’ text size', async () => {
    const page = await newPage(browser(), PROJECTOR);
    await openDeck(page, url, `#/${longest.id}`);
    const size = (speaker: Page) => speaker.locator('.speaker-controls-notes .value').evaluate((v) => getComputedStyle(v).fontSize);
    const [speaker] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
    await speaker.locator('#deck-stage-clock').waitFor({ timeout: 10_000 });
    const before = Number.parseFloat(await size(speaker));
    await speaker.getByRole('button', { name: 'Larger notes' }).click();
    await speaker.getByRole('button', { name: 'Larger notes' }).click();
    expect(Number.parseFloat(await size(speaker))).toBe(before + 4);
    await speaker.close();
    const reopened = await reopenSpeakerView(page);
    await reopened.locator('#deck-stage-clock').waitFor({ timeout: 10_000 });
    expect(Number.parseFloat(await size(reopened))).toBe(before + 4);
    await reopened.getByRole('button', { name: 'Smaller notes' }).click();
    expect(Number.parseFloat(await size(reopened))).toBe(before + 2);
    await page.context().close();
  });

  it('lists the deck’s own keys on ?, in the deck and in the speaker view', async () => {
    const page = await newPage(browser(), PROJECTOR);
    await openDeck(page, url);
    await page.keyboard.press('Shift+Slash');
    const list = page.getByRole('dialog', { name: 'Keys' });
    await list.waitFor();
    expect(await list.innerText()).toContain('the slides in the next language');
    expect(await list.innerText()).not.toMatch(/navigate/i);
    // Esc closes the list and does not open the overview.
    await page.keyboard.press('Escape');
    await expect.poll(() => list.count()).toBe(0);
    expect(await page.locator('.reveal.overview').count()).toBe(0);

    const [speaker] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
    await speaker.locator('#deck-stage-clock').waitFor({ timeout: 10_000 });
    await speaker.keyboard.press('Shift+Slash');
    const there = speaker.getByRole('dialog', { name: 'Keys' });
    await there.waitFor();
    expect(await there.getByRole('row').count()).toBe(9);
    await page.context().close();
  });
});

/**
 * Waits until the speaker view's preview of the current slide shows `id`, as a person would see it
 * before moving on: reveal's notes window sends a preview's state back to the deck, and a move made
 * while a preview still loads, or before it caught up, can be undone by that stale state.
 */
/**
 * S again once the speaker window has closed. On a loaded machine the deck can still count the
 * closing window as open a moment later, and S then only brings it to the front: as a speaker
 * would, press S again until a window opens.
 */
async function reopenSpeakerView(page: Page): Promise<Page> {
  for (let attempt = 1; ; attempt++) {
    try {
      const [speaker] = await Promise.all([page.waitForEvent('popup', { timeout: 5_000 }), page.keyboard.press('s')]);
      return speaker;
    } catch (error) {
      if (attempt === 4) throw error;
    }
  }
}

async function previewShows(speaker: Page, id: string): Promise<void> {
  const preview = speaker.frameLocator('#current-slide iframe').locator('.reveal .slides > section.present');
  await expect.poll(() => preview.getAttribute('id'), { timeout: 10_000 }).toBe(id);
}
