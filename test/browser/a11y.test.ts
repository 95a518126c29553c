// Accessibility, WCAG 2.2 AA: axe-core on every slide in both views, headings, language, the
// keyboard, what a screen reader reads, and reduced motion.
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { compileDeck } from '../../src/compile-deck.js';
import { loadDeck } from '../../src/load/load-deck.js';
import { cardParts, spokenText } from '../../src/figures/figure-text.js';
import { smartQuotes } from '../../src/html/text.js';
import { accessibleHeadings, LAPTOP, newPage, openDeck, PHONE, presentId, useChromium } from './chromium.js';
import { LAYOUTS_DECK } from './layouts-deck.js';

const url = inject('deckUrl');
const { deck, translations } = compileDeck(loadDeck('slides'));
/** The fixture deck of layouts: a timeline whatever the talk has. */
const layoutsUrl = inject('layoutsUrl');
const layouts = compileDeck(loadDeck(LAYOUTS_DECK)).deck;
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const browser = useChromium();

/** Every axe-core violation (all its rules: WCAG 2.2 A and AA, and best practice) in `scope`. */
async function axeViolations(page: Page, scope = 'html'): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  return page.evaluate(async (selector) => {
    const { axe } = window as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResults> } };
    const results = await axe.run(document.querySelector(selector), { resultTypes: ['violations'] });
    return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} (${v.help})`));
  }, scope);
}

describe('axe-core finds nothing', () => {
  // The deck's Content-Security-Policy refuses injected scripts such as axe; reduced motion
  // keeps slides from being measured mid-transition.
  const audit: BrowserContextOptions = { bypassCSP: true, reducedMotion: 'reduce' };

  const languages = [['', deck.lang], ...translations.map((t) => [`, in ${new Intl.DisplayNames('en', { type: 'language' }).of(t.lang)!}`, t.lang])] as const;
  for (const [language, lang] of languages) {
    it(`on any slide in slide view${language}`, async () => {
      const page = await newPage(browser(), LAPTOP, audit);
      const found: string[] = [];
      for (const slide of deck.slides) {
        await openDeck(page, `${url}?lang=${lang}`, `#/${slide.id}`);
        expect(await presentId(page)).toBe(slide.id);
        for (const v of await axeViolations(page)) found.push(`${slide.id}: ${v}`);
      }
      expect(found).toEqual([]);
    });

    for (const [name, viewport, view] of [
      ['on a laptop', { width: 1280, height: 800 }, '&view=scroll'],
      ['on a phone', PHONE, ''],
    ] as const) {
      it(`on any slide in scroll view ${name}${language}`, async () => {
        const page = await newPage(browser(), viewport, audit);
        const query = `?lang=${lang}${view}`;
        await openDeck(page, `${url}${query}`);
        expect(await page.$eval('body', (b) => b.classList.contains('reveal-scroll'))).toBe(true);
        const found: string[] = [];
        for (const slide of deck.slides) {
          await openDeck(page, `${url}${query}`, `#/${slide.id}`);
          for (const v of await axeViolations(page, `.scroll-page:has(#${slide.id})`)) found.push(`${slide.id}: ${v}`);
        }
        for (const v of await axeViolations(page)) found.push(`page: ${v}`);
        expect(found).toEqual([]);
      });
    }
  }

  it('with the outline open, and with search results', async () => {
    const page = await newPage(browser(), LAPTOP, audit);
    await openDeck(page, url, `#/${deck.slides.find((s) => s.layout === 'section')!.id}`);
    await page.getByRole('button', { name: 'Outline' }).click();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('searchbox').fill('cooperation');
    expect(await page.locator('.search-results li').count()).toBeGreaterThan(3);
    expect(await axeViolations(page)).toEqual([]);
    // And in Chinese, the panels' own words too.
    await openDeck(page, `${url}?lang=zh`, '#/outline');
    await page.getByRole('button', { name: '目录' }).click();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: '搜索' }).click();
    await page.getByRole('searchbox', { name: '搜索幻灯片和备注' }).fill('合作');
    expect(await page.locator('.search-results li').count()).toBeGreaterThan(3);
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('structure', () => {
  it('gives each slide one main heading, its title: h1 for the title slide, h2 after', async () => {
    const page = await newPage(browser(), LAPTOP);
    await openDeck(page, url);
    const headings = await page.$$eval('.reveal .slides > section', (sections) =>
      sections.map((s) => [...s.querySelectorAll('h1, h2')].map((h) => `${h.tagName.toLowerCase()} ${h.textContent?.trim()}`)),
    );
    expect(headings).toEqual(deck.slides.map((s, i) => [`${i === 0 ? 'h1' : 'h2'} ${s.title}`]));
  });

  it('reads as one outline in scroll view: one h1, no heading level skipped', async () => {
    const page = await newPage(browser(), PHONE);
    await openDeck(page, url);
    const levels = await page.$$eval('main :is(h1, h2, h3, h4, h5, h6)', (hs) => hs.map((h) => Number(h.getAttribute('aria-level') ?? h.tagName[1])));
    expect(levels[0]).toBe(1);
    expect(levels.filter((l) => l === 1)).toHaveLength(1);
    levels.forEach((level, i) => expect(level - (levels[i - 1] ?? 0)).toBeLessThanOrEqual(1));
  });

  it('names the page’s language, and the language of every piece of Chinese', async () => {
    const page = await newPage(browser(), LAPTOP);
    await openDeck(page, url);
    expect(await page.getAttribute('html', 'lang')).toBe(deck.settings.lang);
    const unmarked = await page.evaluate(() => {
      const out: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (/[\u3400-\u9fff]/.test(node.textContent ?? '') && !node.parentElement?.closest('[lang|="zh"], [lang^="zh-"]')) out.push(node.textContent!.trim());
      }
      return out;
    });
    expect(unmarked).toEqual([]);
    expect(await page.locator('[lang="zh-Hans"]').count()).toBeGreaterThan(0);
  });
});

describe('keyboard', () => {
  it('reaches every control with Tab, shows where focus is, and every target is 24 × 24 px or more', async () => {
    const page = await newPage(browser(), LAPTOP);
    await openDeck(page, url, `#/${deck.slides[3]!.id}`);
    const reached: { name: string; around: { x: number; y: number; width: number; height: number }; withFocus: Buffer }[] = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        if (el === document.body) return undefined;
        const box = el.getBoundingClientRect();
        return { name: (el.getAttribute('aria-label') ?? el.innerText).replace(/\s+/g, ' ').trim(), x: box.x, y: box.y, width: box.width, height: box.height };
      });
      if (!focused || reached.some((r) => r.name === focused.name)) break;
      expect(focused.width, focused.name).toBeGreaterThanOrEqual(24);
      expect(focused.height, focused.name).toBeGreaterThanOrEqual(24);
      const around = { x: focused.x - 8, y: focused.y - 8, width: focused.width + 16, height: focused.height + 16 };
      reached.push({ name: focused.name, around, withFocus: await page.screenshot({ clip: around }) });
    }
    // The slide number is not a control: it is no link, and the announcement says it.
    expect(reached.map((r) => r.name)).toEqual(['Outline', 'Search', 'Slides', 'Scroll', 'Language: English', 'previous slide', 'next slide']);
    // Focus is visible: each control looks different with focus than without.
    await page.evaluate(() => (document.activeElement as HTMLElement).blur());
    for (const { name, around, withFocus } of reached) {
      expect(withFocus.equals(await page.screenshot({ clip: around })), `focus on ${name} shows`).toBe(false);
    }
  });

  it('gives the outline’s links and the search field targets of 24 × 24 px or more', async () => {
    const page = await newPage(browser(), PHONE);
    await openDeck(page, url);
    await page.getByRole('button', { name: 'Outline' }).click();
    const boxes = await page.locator('.browse-panel:popover-open a').evaluateAll((links) => links.map((a) => a.getBoundingClientRect()));
    expect(boxes).toHaveLength(deck.slides.length);
    for (const box of boxes) expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24);
    await page.getByRole('button', { name: 'Search' }).click();
    const field = await page.getByRole('searchbox').boundingBox();
    expect(Math.min(field!.width, field!.height)).toBeGreaterThanOrEqual(24);
  });
});

describe('read aloud', () => {
  it('reads each card as words: "more than 200 cooperation agreements", never "200 +"', async () => {
    const page = await newPage(browser(), LAPTOP);
    const cards = deck.slides.filter((s) => s.html.includes('class="callout"'));
    expect(cards.length).toBeGreaterThan(0);
    for (const slide of cards) {
      await openDeck(page, url, `#/${slide.id}`);
      for (const card of await page.locator('section.present .callout').all()) {
        const figure = deck.data.figures.get((await card.getAttribute('data-figure'))!)!;
        const spoken = await card.ariaSnapshot();
        expect(spoken).toContain(smartQuotes(spokenText(figure)));
        expect(spoken, spoken).not.toMatch(/\d\s*\+/);
      }
    }
  });

  it('reads the timeline as a list of years, in order', async () => {
    const page = await newPage(browser(), LAPTOP);
    const slide = layouts.slides.find((s) => s.html.includes('class="timeline"'))!;
    await openDeck(page, layoutsUrl, `#/${slide.id}`);
    const timeline = page.getByRole('figure', { name: 'Timeline' });
    const items = await timeline.getByRole('listitem').allInnerTexts();
    expect(items.map((t) => t.replace(/\s+/g, ' ').trim())).toEqual(layouts.data.timeline.map((e) => `${e.year} ${smartQuotes(e.text)}`));
  });

  it('reaches the three parts by heading navigation: each part a level above its slides', async () => {
    const page = await newPage(browser(), PHONE);
    await openDeck(page, url);
    const headings = await accessibleHeadings(page);
    const parts = deck.slides.filter((s) => s.layout === 'section').map((s) => s.title);
    for (const slide of deck.slides) {
      const level = slide.layout === 'title' ? 1 : slide.part && slide.layout !== 'section' ? 3 : 2;
      expect(headings, slide.title).toContainEqual([smartQuotes(slide.title), level]);
    }
    expect(headings.filter(([, level]) => level === 2).map(([title]) => title)).toEqual(expect.arrayContaining(parts));
  });

  it('announces where the reader is, the slide’s title and number, not the whole slide again', async () => {
    const page = await newPage(browser(), LAPTOP);
    await openDeck(page, url);
    for (const i of [1, 2]) {
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => page.textContent('.aria-status')).toBe(`${smartQuotes(deck.slides[i]!.title)}, slide ${i + 1} of ${deck.slides.length}.`);
    }
    expect(await page.getAttribute('.slide-number', 'aria-hidden')).toBe('true');
    expect(await page.locator('.slide-number a').count()).toBe(0);
    expect((await page.textContent('.slide-number'))?.replace(/\s+/g, ' ').trim()).toBe(`3 / ${deck.slides.length}`);
  });

  it('lets a screen reader read the slide on screen as a page, and hides the others', async () => {
    const page = await newPage(browser(), LAPTOP);
    const slide = deck.slides[4]!;
    await openDeck(page, url, `#/${slide.id}`);
    expect(await page.locator('[role="application"]').count()).toBe(0);
    const main = page.getByRole('main');
    expect(await main.count()).toBe(1);
    const read = await main.ariaSnapshot();
    expect(read).toContain(`heading "${slide.title}"`);
    for (const other of deck.slides.filter((s) => s !== slide)) expect(read).not.toContain(`heading "${other.title}"`);
    const hidden = await page.$$eval('.reveal .slides > section:not(.present)', (s) =>
      s.filter((x) => x.getAttribute('aria-hidden') !== 'true').map((x) => x.id),
    );
    expect(hidden).toEqual([]);
    expect(await page.$eval('section.present', (s) => s.getAttribute('aria-hidden'))).toBeNull();
    expect(await page.getAttribute('.aria-status', 'aria-live')).toBe('polite');
  });

  it('lets a screen reader read every slide and its notes in scroll view, without live announcements', async () => {
    const page = await newPage(browser(), PHONE);
    await openDeck(page, url);
    const read = await page.getByRole('main').ariaSnapshot();
    for (const slide of deck.slides) {
      expect(read).toContain(`heading "${slide.title}"`);
      if (slide.notesText) expect(read).toContain(smartQuotes(slide.notesText.split(/(?<=\.) /)[0]!));
    }
    expect(await page.getByRole('note').count()).toBe(deck.slides.filter((s) => s.notesText).length);
    // reveal would read out each slide scrolled past, over what the reader is reading.
    expect(await page.getAttribute('.aria-status', 'aria-live')).toBe('off');
  });
});

describe('reduced motion', () => {
  it('turns slide transitions and counting figures off', async () => {
    const page = await newPage(browser(), LAPTOP, { reducedMotion: 'reduce' });
    const slide = deck.slides.find((s) => s.html.includes('data-count-to'))!;
    const before = deck.slides[deck.slides.indexOf(slide) - 1]!;
    await openDeck(page, url, `#/${before.id}`);
    await page.keyboard.press('ArrowRight');
    // At once, with no time to animate: the slide in place and every figure at its value.
    const shown = await page.$eval('section.present', (s) => ({
      id: s.id,
      left: s.getBoundingClientRect().left,
      transitions: [s, ...s.querySelectorAll('*')].map((e) => getComputedStyle(e).transitionDuration).filter((d) => d.split(', ').some((x) => x !== '0s')),
      numbers: [...s.querySelectorAll<HTMLElement>('[data-count-to]')].map((n) => n.textContent),
    }));
    expect(shown.id).toBe(slide.id);
    expect(shown.transitions).toEqual([]);
    expect(shown.left).toBeGreaterThanOrEqual(0);
    const keys = await page.$$eval('section.present [data-figure]:has([data-count-to])', (cards) => cards.map((c) => c.getAttribute('data-figure')!));
    expect(shown.numbers).toEqual(keys.map((k) => cardParts(deck.data.figures.get(k)!).number));
  });
});
