// Slides for a hall, measured as the back row sees them on a 1920 × 1080 projector: every slide's
// text fills its slide and is large enough, titles above the body, card numbers the largest.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { compileDeck } from '../../src/compile-deck.js';
import { loadDeck } from '../../src/load/load-deck.js';
import { openDeck, useChromium } from './chromium.js';

const url = inject('deckUrl');
const { deck, zh } = compileDeck(loadDeck('slides'));
const browser = useChromium();
const HD = { width: 1920, height: 1080 };

/** A text on the slide, in screen pixels: what it is and how large it is drawn. */
interface TextBox {
  kind: 'title' | 'body' | 'number' | 'other';
  px: number;
  top: number;
  bottom: number;
  text: string;
}

/** Every visible text on the slide on screen (not the notes, not text only a screen reader reads). */
function measure(page: Page): Promise<{ top: number; height: number; texts: TextBox[] }> {
  return page.$eval('.reveal .slides > section.present', (section) => {
    const slide = section.getBoundingClientRect();
    const scale = slide.width / 1280;
    const texts: TextBox[] = [];
    const walker = document.createTreeWalker(section, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement!;
      if (!node.textContent!.trim() || el.closest('aside.notes, .visually-hidden')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
      if (rects.length === 0) continue;
      // A Chinese card's measure word (份, 个) is a unit set small beside its number, as English sets "billion" under it.
      const kind = el.closest('.callout-value') && !el.closest('.callout-measure')
        ? 'number'
        : el.closest('section > h1, section > h2')
          ? 'title'
          : el.closest('p, li') && !el.closest('.callout, .agenda, .timeline, .part-map, .layout-title, .layout-closing')
            ? 'body'
            : 'other';
      texts.push({
        kind,
        px: parseFloat(getComputedStyle(el).fontSize) * scale,
        top: Math.min(...rects.map((r) => r.top)),
        bottom: Math.max(...rects.map((r) => r.bottom)),
        text: node.textContent!.trim().slice(0, 30),
      });
    }
    return { top: slide.top, height: slide.height, texts };
  });
}

describe('at 1920 × 1080, every slide', () => {
  for (const [language, query, slides] of [['English', '', deck.slides], ['Chinese', '?lang=zh', zh!.slides]] as const) {
  it(`fills its slide with text large enough for the back of the hall, in ${language}`, async () => {
    // Still: no transition, every fragment shown, cards on their final numbers.
    const page = await browser().newPage({ viewport: HD, reducedMotion: 'reduce' });
    const failures: string[] = [];
    for (const slide of slides) {
      await openDeck(page, `${url}${query}`, `#/${slide.id}`);
      const { top, height, texts } = await measure(page);
      const fail = (rule: string) => failures.push(`${slide.id}: ${rule}`);
      const first = Math.min(...texts.map((t) => t.top));
      const last = Math.max(...texts.map((t) => t.bottom));
      if (slide.layout !== 'section') {
        const share = (last - first) / height;
        if (share < 0.7) fail(`its text spans ${Math.round(share * 100)}% of the slide's height, under 70%`);
        const below = (top + height - last) / height;
        if (below > 0.2) fail(`${Math.round(below * 100)}% of the slide is empty under its text, over 20%`);
      }
      for (const t of texts) if (t.px < 19.5) fail(`"${t.text}" is ${t.px.toFixed(1)} px, under 20 px`);
      const body = texts.filter((t) => t.kind === 'body');
      if (['default', 'pillars'].includes(slide.layout)) {
        for (const t of body) if (t.px < 31.5 || t.px > 56.5) fail(`body text "${t.text}" is ${t.px.toFixed(1)} px, not 32–56 px`);
      }
      const largestBody = Math.max(0, ...body.map((t) => t.px));
      for (const t of texts.filter((x) => x.kind === 'title')) if (t.px <= largestBody) fail(`the title (${t.px.toFixed(1)} px) is not above the body (${largestBody.toFixed(1)} px)`);
      const numbers = texts.filter((t) => t.kind === 'number');
      const largestOther = Math.max(0, ...texts.filter((t) => t.kind !== 'number').map((t) => t.px));
      for (const t of numbers) if (t.px < largestOther) fail(`the card number "${t.text}" (${t.px.toFixed(1)} px) is smaller than other text (${largestOther.toFixed(1)} px)`);
    }
    await page.close();
    expect(failures).toEqual([]);
  });
  }
});

describe('the same design in print (the PDF, the pictures, the handout)', () => {
  for (const query of ['', '?lang=zh']) {
  it(`gives every slide the type size it has on screen, and nothing spills off a page${query && ', in Chinese'}`, async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 720 } });
    await openDeck(page, `${url}${query}`);
    const onScreen = await page.$$eval('.reveal .slides > section', (s) => s.map((x) => `${x.id} ${x.style.getPropertyValue('--body-size')}`));
    await page.goto(`${url}?print-pdf${query.replace('?', '&')}`);
    await page.waitForFunction(() => 'printReady' in document.documentElement.dataset);
    const printed = await page.$$eval('.reveal .pdf-page > section', (s) => s.map((x) => `${x.id} ${x.style.getPropertyValue('--body-size')}`));
    expect(printed).toEqual(onScreen);
    const spilling = await page.$$eval('.reveal .pdf-page > section', (s) => s.filter((x) => x.scrollHeight > x.clientHeight + 1 || x.scrollWidth > x.clientWidth + 1).map((x) => x.id));
    expect(spilling).toEqual([]);
    await page.close();
  });
  }
});

describe('the fit step', () => {
  it('gives each fitted slide the largest type it holds: three tenths of a pixel more would spill', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 720 } });
    for (const query of ['', '&lang=zh']) {
      await page.goto(`${url}?print-pdf${query}`);
      await page.waitForFunction(() => 'printReady' in document.documentElement.dataset);
      const loose = await page.$$eval('.reveal .pdf-page > section', (sections) =>
        sections.flatMap((section) => {
          const size = parseFloat(section.style.getPropertyValue('--body-size'));
          // 37.3 px is the largest the scale allows (56 px at 1920 × 1080).
          if (!size || size >= 37.3) return [];
          // Laid out alone at the slide's own size, as the fit step lays it out.
          const placed = section.style.cssText;
          section.style.cssText += ';display:flex;position:fixed;left:-20000px;top:0;width:1280px;height:720px';
          const spillsAt = (px: number) => {
            section.style.setProperty('--body-size', `${px}px`);
            return section.scrollHeight > section.clientHeight + 0.5 || section.scrollWidth > section.clientWidth + 0.5;
          };
          const verdict = spillsAt(size) ? [`${section.id} spills at ${size}px`] : spillsAt(size + 0.3) ? [] : [`${section.id} holds ${size + 0.3}px too`];
          section.style.cssText = placed;
          return verdict;
        }),
      );
      expect(loose).toEqual([]);
    }
    await page.close();
  });
});

describe('a slide reached before the deck has fitted every slide', () => {
  it('is fitted as it is shown: walking the deck at once, each slide has its size and nothing spills', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
    await page.goto(url);
    await page.waitForSelector('.reveal.ready');
    const problems: string[] = [];
    for (const slide of deck.slides.slice(1)) {
      await page.keyboard.press('ArrowRight');
      const shown = await page.$eval('.reveal .slides > section.present', (s) => ({ id: s.id, size: s.style.getPropertyValue('--body-size'), spills: s.scrollHeight > s.clientHeight + 1 }));
      if (shown.id !== slide.id) problems.push(`${slide.id}: ${shown.id} is shown instead`);
      if (['default', 'pillars'].includes(slide.layout) && !shown.size) problems.push(`${slide.id}: shown before it was fitted`);
      if (shown.spills) problems.push(`${slide.id}: spills off its slide`);
    }
    expect(problems).toEqual([]);
    await page.close();
  });
});
