// Reading the deck alone, on a laptop or a phone: the scroll view with the speaker's notes, the
// view switch, the outline and search.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { compileDeck } from '../../src/compile-deck.js';
import { loadDeck } from '../../src/load/load-deck.js';
import { busyPhone, LAPTOP, newPage, openDeck, PHONE, presentId, settled, shownInScrollView, useChromium, watchPage } from './chromium.js';
import { LAYOUTS_DECK } from './layouts-deck.js';

const url = inject('deckUrl');
const { deck } = compileDeck(loadDeck('slides'));
/** The fixture deck of layouts: a timeline whatever the talk has. */
const layoutsUrl = inject('layoutsUrl');
const layouts = compileDeck(loadDeck(LAYOUTS_DECK)).deck;
const browser = useChromium();

const isScrollView = (page: Page) => page.$eval('body', (b) => b.classList.contains('reveal-scroll'));
const hash = (page: Page) => page.evaluate(() => location.hash);
/** reveal writes the URL at most once a second. */
const SOON = { timeout: 5000 };
/** Where a slide's page starts, in CSS px from the top of the window (scroll view). */
const pageTop = (page: Page, id: string) => page.$eval(`section#${id}`, (s) => (s.closest('.scroll-page') ?? s).getBoundingClientRect().top);
/** The slide is the one at the top of the page, just under the toolbar, and the URL names it. */
async function expectAtTop(page: Page, id: string): Promise<void> {
  await expect.poll(() => hash(page), SOON).toBe(`#/${id}`);
  const top = await pageTop(page, id);
  expect(top).toBeGreaterThanOrEqual(40);
  expect(top).toBeLessThan(120);
}

const plain = (text: string) => text.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const contentSlides = deck.slides.filter((s) => s.layout === 'default' && s.notesText);

describe('scroll view', () => {
  it('shows every slide on one page, in order, each at reading size with its notes under it', async () => {
    const page = await newPage(browser(), LAPTOP);
    const watch = await watchPage(page, new URL(url).origin);
    await openDeck(page, `${url}?view=scroll`);
    expect(await isScrollView(page)).toBe(true);
    const pages = await page.$$eval('.reveal .slides section', (sections) =>
      sections.map((s) => {
        const box = s.getBoundingClientRect();
        const notes = s.closest('.scroll-page')?.querySelector<HTMLElement>('aside.notes');
        const heading = s.querySelector('h1, h2')!;
        return {
          id: s.id,
          top: box.top,
          bottom: box.bottom,
          headingFont: parseFloat(getComputedStyle(heading).fontSize),
          notesTop: notes?.getBoundingClientRect().top,
          notesShown: notes ? getComputedStyle(notes).display !== 'none' && notes.getBoundingClientRect().height > 0 : false,
          notes: notes?.innerText ?? '',
        };
      }),
    );
    expect(pages.map((p) => p.id)).toEqual(deck.slides.map((s) => s.id));
    for (let i = 1; i < pages.length; i++) expect(pages[i]!.top, pages[i]!.id).toBeGreaterThan(pages[i - 1]!.bottom);
    for (const slide of deck.slides.filter((s) => s.notesText)) {
      const shown = pages.find((p) => p.id === slide.id)!;
      expect(shown.notesShown, slide.id).toBe(true);
      expect(shown.notesTop!, `${slide.id}: notes under the slide`).toBeGreaterThanOrEqual(shown.bottom);
      expect(plain(shown.notes), slide.id).toContain(plain(slide.notesText).slice(0, 60));
      // Not a slide shrunk to fit: the title is printed at the theme's size.
      expect(shown.headingFont, slide.id).toBeGreaterThanOrEqual(40);
    }
    expect(watch.errors).toEqual([]);
  });

  it('opens by itself on a phone, and not on a laptop', async () => {
    const phone = await newPage(browser(), PHONE);
    await openDeck(phone, url);
    expect(await isScrollView(phone)).toBe(true);
    const laptop = await newPage(browser(), LAPTOP);
    await openDeck(laptop, url);
    expect(await isScrollView(laptop)).toBe(false);
  });

  it('opens the slide a shared #/id link names, on a laptop and on a phone', async () => {
    const target = deck.slides.find((s) => s.id === 'limits-of-current-cooperation') ?? deck.slides.at(-3)!;
    for (const [viewport, query] of [
      [LAPTOP, '?view=scroll'],
      [PHONE, ''],
    ] as const) {
      const page = await newPage(browser(), viewport);
      await openDeck(page, `${url}${query}`, `#/${target.id}`);
      expect(await isScrollView(page)).toBe(true);
      await expectAtTop(page, target.id);
      // Still there once the page has settled (images, layout).
      await settled(page);
      await expectAtTop(page, target.id);
    }
  });

  it('follows the reader: the URL names the slide scrolled to', async () => {
    const page = await newPage(browser(), LAPTOP);
    await openDeck(page, `${url}?view=scroll`);
    const target = contentSlides.at(-1)!;
    await page.mouse.move(640, 400);
    await page.mouse.wheel(0, (await pageTop(page, target.id)) - 64);
    await expect.poll(() => hash(page), SOON).toBe(`#/${target.id}`);
    await expectAtTop(page, target.id);
  });
});

describe('view switch', () => {
  it('switches a laptop to scroll view and back, on the same slide, and the choice survives a reload', async () => {
    const page = await newPage(browser(), LAPTOP);
    const slide = contentSlides[2]!;
    await openDeck(page, url, `#/${slide.id}`);
    const scroll = page.getByRole('button', { name: 'Scroll', exact: true });
    const slides = page.getByRole('button', { name: 'Slides', exact: true });
    expect(await slides.getAttribute('aria-pressed')).toBe('true');

    await scroll.click();
    expect(await isScrollView(page)).toBe(true);
    expect(await scroll.getAttribute('aria-pressed')).toBe('true');
    await expectAtTop(page, slide.id);
    await page.reload();
    await page.waitForSelector('.reveal.ready');
    expect(await isScrollView(page)).toBe(true);
    await expectAtTop(page, slide.id);

    await slides.click();
    expect(await isScrollView(page)).toBe(false);
    expect(await presentId(page)).toBe(slide.id);
    // reveal writes the address a moment after the slide changes; a reload reads it.
    await expect.poll(() => hash(page), SOON).toBe(`#/${slide.id}`);
    await page.reload();
    await page.waitForSelector('.reveal.ready');
    expect(await isScrollView(page)).toBe(false);
    expect(await presentId(page)).toBe(slide.id);
  });

  it('gives a phone slide view on request, kept across a reload, where a swipe turns the slide', async () => {
    const page = await newPage(browser(), PHONE, { hasTouch: true, isMobile: true });
    await openDeck(page, url, `#/${deck.slides[1]!.id}`);
    await page.getByRole('button', { name: 'Slides', exact: true }).click();
    // As above: the address is written a moment after the view changes, and a reload reads it.
    await expect.poll(() => hash(page), SOON).toBe(`#/${deck.slides[1]!.id}`);
    await page.reload();
    await page.waitForSelector('.reveal.ready');
    expect(await isScrollView(page)).toBe(false);
    await expect.poll(() => presentId(page), SOON).toBe(deck.slides[1]!.id);

    const cdp = await page.context().newCDPSession(page);
    const swipe = async (from: number, to: number) => {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: from, y: 420 }] });
      for (let step = 1; step <= 5; step++) {
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: from + ((to - from) * step) / 5, y: 420 }] });
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    };
    await swipe(320, 60);
    await expect.poll(() => presentId(page), SOON).toBe(deck.slides[2]!.id);
    await swipe(60, 320);
    await expect.poll(() => presentId(page), SOON).toBe(deck.slides[1]!.id);
  });
});

describe('outline', () => {
  it('lists the three parts with their slides, and the slides outside any part', async () => {
    const page = await newPage(browser(), LAPTOP);
    await openDeck(page, url);
    await page.getByRole('button', { name: 'Outline' }).click();
    const menu = page.getByRole('navigation', { name: 'Outline' });
    expect(await menu.isVisible()).toBe(true);
    const shown = await menu.locator('.outline > li').evaluateAll((items) =>
      items.map((li) => ({
        title: li.querySelector(':scope > a')!.lastChild!.textContent!.trim(),
        slides: [...li.querySelectorAll(':scope > ol a')].map((a) => (a.textContent ?? '').trim()),
      })),
    );
    const expected = deck.slides
      .filter((s) => !s.part || s.layout === 'section')
      .map((s) => ({ title: s.title, slides: deck.slides.filter((c) => s.layout === 'section' && c.part === s.title && c !== s).map((c) => c.title) }));
    expect(shown).toEqual(expected);
    expect(expected.filter((e) => e.slides.length > 0)).toHaveLength(3);
    expect(await menu.getByText(/^Part \d$/).allInnerTexts()).toEqual(['PART 1', 'PART 2', 'PART 3']);
  });

  it('opens any slide; the URL follows and back and forward retrace the steps', async () => {
    const page = await newPage(browser(), LAPTOP);
    await openDeck(page, url);
    const [first, second] = [contentSlides[1]!, contentSlides.at(-1)!];
    for (const slide of [first, second]) {
      await page.getByRole('button', { name: 'Outline' }).click();
      await page.getByRole('navigation', { name: 'Outline' }).getByRole('link', { name: slide.title, exact: true }).click();
      expect(await presentId(page)).toBe(slide.id);
      await expect.poll(() => hash(page), SOON).toBe(`#/${slide.id}`);
      expect(await page.getByRole('navigation', { name: 'Outline' }).isVisible()).toBe(false);
    }
    await page.goBack();
    await expect.poll(() => presentId(page), SOON).toBe(first.id);
    await page.goBack();
    await expect.poll(() => presentId(page), SOON).toBe(deck.slides[0]!.id);
    await page.goForward();
    await expect.poll(() => presentId(page), SOON).toBe(first.id);
  });

  it('opens a slide in scroll view too, and back returns', async () => {
    const page = await newPage(browser(), PHONE);
    await openDeck(page, url);
    const [first, second] = [contentSlides[0]!, contentSlides.at(-2)!];
    for (const slide of [first, second]) {
      await page.getByRole('button', { name: 'Outline' }).click();
      await page.getByRole('navigation', { name: 'Outline' }).getByRole('link', { name: slide.title, exact: true }).click();
      await expectAtTop(page, slide.id);
    }
    await page.goBack();
    await expectAtTop(page, first.id);
  });

  it('opens a slide far down on a busy phone, whose pages there are not laid out yet: that slide alone, at the top', async () => {
    const page = await newPage(browser(), PHONE);
    const runIdleSteps = await busyPhone(page);
    await page.goto(url);
    await page.waitForSelector('.reveal.ready');
    const onIt = (id: string) => expect.poll(() => shownInScrollView(page), SOON).toEqual({ ids: [id], atTop: true });
    const [far, farther] = [contentSlides.at(-2)!, contentSlides.at(-1)!];
    await page.getByRole('button', { name: 'Outline' }).click();
    await page.getByRole('navigation', { name: 'Outline' }).getByRole('link', { name: far.title, exact: true }).click();
    await onIt(far.id);
    // A link to a slide.
    await page.evaluate((hash) => (location.hash = hash), `#/${farther.id}`);
    await onIt(farther.id);
    await runIdleSteps();
    await page.waitForFunction(() => 'fitted' in document.documentElement.dataset);
    await onIt(farther.id);
  });

  it('works from the keyboard: focus on the current slide, Escape closes and gives focus back', async () => {
    const page = await newPage(browser(), LAPTOP);
    const slide = contentSlides[0]!;
    await openDeck(page, url, `#/${slide.id}`);
    const button = page.getByRole('button', { name: 'Outline' });
    await button.focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(slide.title);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-current'))).toBe('page');
    await page.keyboard.press('Escape');
    expect(await page.getByRole('navigation', { name: 'Outline' }).isVisible()).toBe(false);
    expect(await button.evaluate((b) => b === document.activeElement)).toBe(true);
    // Escape went to the menu, not to reveal's overview.
    expect(await page.locator('.reveal.overview').count()).toBe(0);

    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const next = deck.slides[deck.slides.indexOf(slide) + 1]!;
    expect(await presentId(page)).toBe(next.id);
    // Focus moved to the slide, where a screen reader goes on reading.
    expect(await page.evaluate(() => document.activeElement?.closest('section')?.id)).toBe(next.id);
  });
});

describe('search', () => {
  const slideText = (html: string) => html.replace(/<span class="visually-hidden">[^<]*<\/span>/g, ' ').replace(/<[^>]+>/g, ' ');
  const mentions = (word: string) => deck.slides.filter((s) => `${slideText(s.html)} ${s.notesText}`.toLowerCase().includes(word)).map((s) => s.title);
  /** A word that only the notes of one slide use: finding it proves the notes are searched. */
  const notesOnly = (() => {
    for (const slide of contentSlides) {
      for (const word of slide.notesText.toLowerCase().match(/\p{L}{8,}/gu) ?? []) {
        if (!slideText(slide.html).toLowerCase().includes(word) && mentions(word).length === 1) return { slide, word };
      }
    }
    throw new Error('no word is used by the notes of one slide only');
  })();

  async function search(page: Page, query: string): Promise<void> {
    const field = page.getByRole('searchbox', { name: 'Search the slides and notes' });
    if (!(await field.isVisible())) await page.getByRole('button', { name: 'Search' }).click();
    await field.fill(query);
  }
  const resultTitles = (page: Page) => page.locator('.search-results .search-title').allInnerTexts();

  it('lists every slide whose text or notes have the words', async () => {
    const page = await newPage(browser(), LAPTOP);
    await openDeck(page, url);
    await search(page, 'laboratories');
    expect(await resultTitles(page)).toEqual(mentions('laboratories'));
    expect(mentions('laboratories').length).toBeGreaterThan(1);
    expect(await page.getByRole('status').innerText()).toBe(`${mentions('laboratories').length} slides found`);
    // Every word must be there, not any one of them.
    await search(page, 'laboratories xyzzy');
    expect(await resultTitles(page)).toEqual([]);
    expect(await page.getByRole('status').innerText()).toContain('No slide or note has');
  });

  it('finds a word of the notes and goes to its slide in slide view', async () => {
    const page = await newPage(browser(), LAPTOP);
    await openDeck(page, url);
    await search(page, notesOnly.word);
    expect(await resultTitles(page)).toEqual([notesOnly.slide.title]);
    expect(await page.locator('.search-snippet').innerText()).toMatch(/^Notes:/);
    expect((await page.locator('.search-snippet mark').allInnerTexts()).map((m) => m.toLowerCase())).toContain(notesOnly.word);
    await page.keyboard.press('Enter');
    expect(await presentId(page)).toBe(notesOnly.slide.id);
    await expect.poll(() => hash(page), SOON).toBe(`#/${notesOnly.slide.id}`);
  });

  it('goes to the hit in scroll view: the notes with the word are on screen, painted', async () => {
    const page = await newPage(browser(), PHONE);
    await openDeck(page, url);
    await search(page, notesOnly.word);
    await page.locator('.search-results a').first().click();
    await expect.poll(() => hash(page), SOON).toBe(`#/${notesOnly.slide.id}`);
    const hit = await page.evaluate(() => {
      const range = [...(CSS.highlights.get('deck-search') ?? [])].find((r) => (r as Range).startContainer.parentElement?.closest('aside.notes')) as Range;
      const box = range.getBoundingClientRect();
      return { text: range.toString(), top: box.top, bottom: box.bottom };
    });
    expect(hit.text.toLowerCase()).toBe(notesOnly.word);
    expect(hit.top).toBeGreaterThanOrEqual(48);
    expect(hit.bottom).toBeLessThanOrEqual(PHONE.height);
  });
});

describe('on a phone', () => {
  it('sets the closing page as the title page: the event at its top, as far over the thanks as over the title', async () => {
    const page = await newPage(browser(), PHONE);
    await openDeck(page, `${url}?view=scroll`);
    const { title, closing } = await page.evaluate(() => {
      const at = (section: Element, event: string, big: string) => {
        const e = section.querySelector(event)!.getBoundingClientRect();
        const b = section.querySelector(big)!.getBoundingClientRect();
        return { gap: Math.round(b.top - e.bottom), size: getComputedStyle(section.querySelector(event)!).fontSize };
      };
      return {
        title: at(document.querySelector('section.layout-title')!, ':scope > p:first-child', 'h1'),
        closing: at(document.querySelector('section.layout-closing')!, '.closing-event', 'h2'),
      };
    });
    expect(title.gap).toBeGreaterThan(0);
    expect(closing).toEqual(title);
  });

  /** Elements that stick out sideways. */
  const sticksOut = (page: Page) =>
    page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const out: string[] = [];
      if (document.documentElement.scrollWidth > width) out.push(`page is ${document.documentElement.scrollWidth}px wide`);
      for (const el of document.querySelectorAll<HTMLElement>('body *')) {
        const box = el.getBoundingClientRect();
        if (box.width === 0 || el.closest('.visually-hidden, [hidden]')) continue;
        if (box.left < -1 || box.right > width + 1) out.push(`${el.tagName.toLowerCase()}.${el.className} ${Math.round(box.left)}–${Math.round(box.right)}`);
      }
      return out;
    });

  it('lays out only the pages near the screen as the deck starts, and every page once it is idle', async () => {
    const page = await newPage(browser(), PHONE);
    // Which slides the browser has drawn (content-visibility) when reveal.js is ready.
    await page.addInitScript(`document.addEventListener('ready', () => {
      window.drawnAtReady = [...document.querySelectorAll('.scroll-page section')].map((s) => s.checkVisibility({ contentVisibilityAuto: true }));
    }, true);`);
    await openDeck(page, url);
    const atReady = await page.evaluate(() => (window as unknown as { drawnAtReady: boolean[] }).drawnAtReady);
    expect(atReady).toHaveLength(deck.slides.length);
    expect(atReady[0]).toBe(true);
    expect(atReady.at(-1)).toBe(false);
    expect(atReady.filter(Boolean).length).toBeLessThanOrEqual(3);
    const drawn = () => page.$$eval('.scroll-page section', (sections) => sections.map((s) => s.checkVisibility({ contentVisibilityAuto: true })));
    expect(await drawn()).toEqual(deck.slides.map(() => true));
  });

  it('draws the page on screen in reveal’s first frame, and the pages near it one a frame after', async () => {
    const page = await newPage(browser(), PHONE);
    // How many slides the browser has drawn at each frame, from the page's start (the browser's
    // own frames, not the busy phone's below).
    await page.addInitScript(`
      window.drawnByFrame = [];
      const frame = window.requestAnimationFrame.bind(window);
      const count = () => {
        const sections = document.querySelectorAll('.scroll-page section');
        if (sections.length) window.drawnByFrame.push([...sections].filter((s) => s.checkVisibility({ contentVisibilityAuto: true })).length);
        frame(count);
      };
      frame(count);
    `);
    // No idle time: only what the deck draws as it starts, not the pages it lays out when idle.
    await busyPhone(page);
    await page.goto(url);
    await page.waitForSelector('.reveal.ready');
    const drawnByFrame = () => page.evaluate(() => (window as unknown as { drawnByFrame: number[] }).drawnByFrame);
    // The pages near the screen: at least the one on it and the next.
    await expect.poll(async () => Math.max(0, ...(await drawnByFrame())), SOON).toBeGreaterThanOrEqual(2);
    const counts = await drawnByFrame();
    expect(counts.find((n) => n > 0)).toBe(1);
    for (const [i, n] of counts.entries()) if (i > 0) expect(n - counts[i - 1]!, `frame ${i}: ${counts.join(' ')}`).toBeLessThanOrEqual(1);
  });

  it('draws the title slide’s bar down the slide in slide view, not down the whole screen', async () => {
    const page = await newPage(browser(), PHONE, { reducedMotion: 'reduce' });
    const title = deck.slides.find((s) => s.layout === 'title')!;
    await openDeck(page, url, `#/${title.id}`);
    await page.getByRole('button', { name: 'Slides', exact: true }).click();
    await expect.poll(() => isScrollView(page), SOON).toBe(false);
    await page.evaluate(() => document.fonts.ready);
    const slide = (await page.locator('.reveal .slides > section.present').boundingBox())!;
    // The screen's pixels down its left edge (a few px in, past any rounding), read back in the page.
    const shot = (await page.screenshot()).toString('base64');
    const column = await page.evaluate(
      async ({ shot, x }) => {
        const image = new Image();
        image.src = `data:image/png;base64,${shot}`;
        await image.decode();
        const canvas = new OffscreenCanvas(image.width, image.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        const scale = image.width / innerWidth;
        return Array.from({ length: innerHeight }, (_, y) => {
          const [r, g, b] = context.getImageData(Math.round(x * scale), Math.round(y * scale), 1, 1).data;
          return r! + g! + b! < 200;
        });
      },
      { shot, x: slide.x + 2 },
    );
    // Dark (the navy bar) from the slide's top to its foot, and nowhere above or below it.
    const dark = column.flatMap((isDark, y) => (isDark ? [y] : []));
    expect(dark.length).toBeGreaterThan(0.8 * slide.height);
    expect(Math.min(...dark)).toBeGreaterThanOrEqual(Math.floor(slide.y) - 1);
    expect(Math.max(...dark)).toBeLessThanOrEqual(Math.ceil(slide.y + slide.height) + 1);
  });

  it('nothing runs off the side, in scroll view or slide view', async () => {
    // Still slides: a slide in mid-transition is off to the side on purpose.
    const page = await newPage(browser(), PHONE, { reducedMotion: 'reduce' });
    await openDeck(page, url);
    expect(await sticksOut(page)).toEqual([]);
    await page.getByRole('button', { name: 'Slides', exact: true }).click();
    for (const slide of deck.slides) {
      await openDeck(page, url, `#/${slide.id}`);
      for (const what of await sticksOut(page)) expect.fail(`${slide.id}: ${what}`);
    }
  });

  it('lays the timeline down the page, every year in sight without scrolling sideways', async () => {
    const page = await newPage(browser(), PHONE);
    const slide = layouts.slides.find((s) => s.html.includes('class="timeline"'))!;
    await openDeck(page, layoutsUrl, `#/${slide.id}`);
    const entries = await page.$$eval(`#${slide.id} .timeline-entry`, (items) => items.map((li) => li.getBoundingClientRect().toJSON() as DOMRect));
    expect(entries).toHaveLength(layouts.data.timeline.length);
    entries.slice(1).forEach((entry, i) => expect(entry.top).toBeGreaterThanOrEqual(entries[i]!.bottom));
    for (const entry of entries) expect(entry.right).toBeLessThanOrEqual(PHONE.width);
    // On a laptop's slide the years run across.
    const laptop = await newPage(browser(), LAPTOP);
    await openDeck(laptop, layoutsUrl, `#/${slide.id}`);
    const across = await laptop.$$eval(`#${slide.id} .timeline-entry`, (items) => items.map((li) => li.getBoundingClientRect().top));
    expect(new Set(across.map(Math.round)).size).toBe(1);
  });

  it('gives the closing slide’s address once, as a link', async () => {
    const page = await newPage(browser(), PHONE);
    const closing = deck.slides.find((s) => s.layout === 'closing')!;
    await openDeck(page, url, `#/${closing.id}`);
    const address = deck.settings.url.replace(/^https?:\/\//, '');
    const text = await page.$eval(`#${closing.id}`, (s) => (s as HTMLElement).innerText);
    expect(text.split(address)).toHaveLength(2);
    expect(await page.getAttribute(`#${closing.id} a:text-is("${address}")`, 'href')).toBe(deck.settings.url);
  });

  it('sets the Chinese notes flush left, never letter-spaced, broken only between words, in lines short only by the word that did not fit or before the last line, never ending on one character', async () => {
    const page = await newPage(browser(), PHONE, { deviceScaleFactor: 2 });
    await openDeck(page, `${url}?lang=zh`);
    // Every notes paragraph's lines, as set and set flush left (they break at the same places).
    const { short, loose, lone, inside, lines } = await page.evaluate(() => {
      const found = { short: [] as string[], loose: [] as string[], lone: [] as string[], inside: [] as string[], lines: 0 };
      for (const p of document.querySelectorAll<HTMLElement>('.scroll-page > aside.notes:lang(zh) p')) {
        const right = p.getBoundingClientRect().right;
        const em = parseFloat(getComputedStyle(p).fontSize);
        // Each character, and whether a line may start with it: after a word break the build
        // marked (<wbr>), a space or closing punctuation, or where the paragraph starts.
        const chars: { char: string; parent: Element; range: Range; wordStart: boolean }[] = [];
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
        let marked = true;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (node instanceof Element) {
            if (node.localName === 'wbr') marked = true;
            continue;
          }
          const text = node as Text;
          for (let i = 0; i < text.length; i++) {
            const range = document.createRange();
            range.setStart(text, i);
            range.setEnd(text, i + 1);
            const previous = chars.at(-1)?.char ?? ' ';
            chars.push({ char: text.data[i]!, parent: text.parentElement!, range, wordStart: marked || /[\s。，、；：？！）」』》〉】”’…]/u.test(previous) });
            marked = false;
          }
        }
        const set = chars.map((c) => c.range.getClientRects()[0]);
        p.style.textAlign = 'start';
        const flush = chars.map((c) => c.range.getClientRects()[0]);
        p.style.textAlign = '';
        const rows: { top: number; right: number; text: string; first: Element; at: number[] }[] = [];
        chars.forEach(({ char, parent }, k) => {
          const box = flush[k];
          if (!box) return;
          const row = rows.at(-1);
          if (!row || box.top > row.top + box.height / 2) {
            rows.push({ top: box.top, right: box.right, text: char, first: parent, at: [k] });
          } else {
            [row.right, row.text] = [Math.max(row.right, box.right), row.text + char];
            row.at.push(k);
          }
        });
        found.lines += rows.length;
        // A paragraph ends on two characters at least, its closing marks aside ("资 / 金。").
        const last = rows.at(-1)!.text.replace(/[。，、；：？！”’）」》\s]/gu, '');
        if (rows.length > 1 && [...last].length < 2) found.lone.push(`"${rows.at(-2)!.text.slice(-8)}" then "${rows.at(-1)!.text}"`);
        rows.slice(0, -1).forEach((row, i) => {
          const next = rows[i + 1]!;
          // A line starts where a word does: never inside one (同 / 时, 人工 / 智能).
          const start = next.at[0]!;
          if (!chars[start]!.wordStart) found.inside.push(`"${row.text.slice(-6)}" / "${next.text.slice(0, 6)}"`);
          // Short by the word that went down, and up to two characters more: one that goes down
          // with the 。 no line may start with. The line before the last may give it characters.
          let end = start + 1;
          while (end < chars.length && !chars[end]!.wordStart && next.at.includes(end)) end++;
          const word = flush[end - 1]!.right - flush[start]!.left;
          const givesToLast = i === rows.length - 2;
          if (right - row.right > word + 2 * em && !givesToLast) found.short.push(`"${row.text}" then "${next.text.slice(0, 8)}"`);
          // Where a character stands against where flush left puts it: a justified line, spread
          // over its width, is letter-spaced wherever it is short.
          const spread = Math.max(...row.at.map((k) => Math.abs((set[k]?.left ?? flush[k]!.left) - flush[k]!.left)));
          if (spread > 0.5) found.loose.push(`${(spread / em).toFixed(2)} em: "${row.text}" then "${next.text.slice(0, 8)}"`);
        });
      }
      return found;
    });
    expect(lines).toBeGreaterThan(0);
    expect(inside).toEqual([]);
    expect(short).toEqual([]);
    expect(loose).toEqual([]);
    expect(lone).toEqual([]);
  });

  it('prints the slides and notes at 16 px or more', async () => {
    const page = await newPage(browser(), PHONE);
    await openDeck(page, url);
    const small = await page.evaluate(() => {
      const found: string[] = [];
      const walker = document.createTreeWalker(document.querySelector('.reveal .slides')!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node.parentElement!;
        if (!node.textContent!.trim() || el.closest('.visually-hidden') || el.getClientRects().length === 0) continue;
        let px = parseFloat(getComputedStyle(el).fontSize);
        // SVG text is drawn at its font size times the picture's scale.
        if (el instanceof SVGElement) px *= el.ownerSVGElement!.getScreenCTM()!.a;
        if (px < 16) found.push(`${Math.round(px * 10) / 10}px "${node.textContent!.trim().slice(0, 30)}"`);
      }
      return found;
    });
    expect(small).toEqual([]);
  });
});

describe('print', () => {
  it('leaves the controls off paper and out of the PDF view', async () => {
    const page = await newPage(browser(), LAPTOP);
    await openDeck(page, url);
    expect(await page.locator('.browse').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.browse').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    await page.goto(`${url}?print-pdf`);
    await page.waitForSelector('.reveal.ready');
    expect(await page.locator('.browse').isVisible()).toBe(false);
  });
});
