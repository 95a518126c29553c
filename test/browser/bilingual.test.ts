// The talk in English and in Chinese: the switch, the address, the remembered choice, the notes in a
// language of their own, the Chinese fonts fetched only for Chinese, and Chinese set as Chinese
// typesetting expects.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { compileDeck } from '../../src/compile-deck.js';
import { deckIn } from '../../src/types.js';
import { loadDeck } from '../../src/load/load-deck.js';
import { LAPTOP, newPage, openDeck, overflowing, presentId, PROJECTOR, useChromium, watchPage } from './chromium.js';

const url = inject('deckUrl');
const compiled = compileDeck(loadDeck('slides'));
const { deck } = compiled;
const translated = deckIn(compiled, 'zh');
const zh = translated!;
const browser = useChromium();

const titles = (page: Page) => page.$$eval('.reveal .slides > section', (s) => s.map((x) => x.querySelector('h1, h2')?.textContent?.trim() ?? ''));
const notesOf = (page: Page, id: string) =>
  page.$eval(`section#${id} aside.notes`, (a) => ({ lang: a.getAttribute('lang'), text: a.textContent.replace(/\s+/g, '') }));
const squeeze = (text: string) => text.replace(/\s+/g, '');
/** The slides of both languages and how each is asked for. */
const LANGUAGES = [
  ['English', '?lang=en', deck],
  ['Chinese', '?lang=zh', zh],
] as const;

describe('choosing the language', () => {
  it('opens in Chinese with ?lang=zh: every slide, the page’s language and title, the toolbar', async () => {
    const page = await newPage(browser(), LAPTOP);
    await openDeck(page, `${url}?lang=zh`);
    expect(await titles(page)).toEqual(zh.slides.map((s) => s.title));
    expect(await page.$$eval('.reveal .slides > section', (s) => s.map((x) => x.id))).toEqual(deck.slides.map((s) => s.id));
    expect(await page.evaluate(() => [document.documentElement.lang, document.title])).toEqual(['zh-Hans', zh.settings.title]);
    expect(await page.$$eval('.reveal .slides > section', (s) => [...new Set(s.map((x) => x.getAttribute('lang')))])).toEqual(['zh-Hans']);
    expect(await page.locator('.browse-bar').innerText()).toMatch(/^目录\s*搜索\s*幻灯片\s*滚动浏览/);
    expect(await page.getAttribute('.browse-language', 'aria-label')).toBe('语言: 中文');
    expect(await page.getAttribute('#browse-languages [aria-current]', 'lang')).toBe('zh-Hans');
    await page.context().close();
  });

  it('opens the same slide in either language from its #/id', async () => {
    const page = await newPage(browser(), LAPTOP);
    for (const [, query, slides] of LANGUAGES) {
      await openDeck(page, `${url}${query}`, '#/four-pillars');
      expect(await presentId(page)).toBe('four-pillars');
      expect(await page.locator('section.present h2').innerText()).toBe(slides.slides.find((s) => s.id === 'four-pillars')!.title);
    }
    await page.context().close();
  });

  it('switches with the toolbar’s language menu and the key L, on the same slide, and remembers the choice', async () => {
    const page = await newPage(browser(), LAPTOP);
    await openDeck(page, url, '#/limits-of-current-cooperation');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await Promise.all([page.waitForEvent('load'), page.click('.browse-language').then(() => page.click('#browse-languages a[data-lang="zh"]'))]);
    await page.waitForSelector('.reveal.ready');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');
    expect(await presentId(page)).toBe('limits-of-current-cooperation');
    // A later visit, without ?lang, opens in Chinese.
    await openDeck(page, url, '#/outline');
    expect(await page.locator('section.present h2').innerText()).toBe('目录');
    // L goes on to the next of the deck's languages, on the slide on screen, and is remembered.
    const tags = [deck, ...compiled.translations].map((d) => d.tag);
    const next = tags[(tags.indexOf('zh-Hans') + 1) % tags.length];
    await page.locator('section.present h2').click();
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('l')]);
    await page.waitForSelector('.reveal.ready');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(next);
    expect(await presentId(page)).toBe('outline');
    await openDeck(page, url);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(next);
    await page.context().close();
  });

  it('lets the address choose over the remembered language', async () => {
    const page = await newPage(browser(), LAPTOP);
    await openDeck(page, url);
    await page.evaluate(() => localStorage.setItem('deck-lang', 'zh'));
    await openDeck(page, `${url}?lang=en`);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await openDeck(page, url);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');
    await page.context().close();
  });

  it('opens in Chinese for a browser set to Chinese, until the reader chooses', async () => {
    const page = await newPage(browser(), LAPTOP, { locale: 'zh-CN' });
    await openDeck(page, url);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');
    await openDeck(page, `${url}?lang=en`);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.context().close();
  });
});

describe('the notes in a language of their own', () => {
  const english = deck.slides.find((s) => s.id === 'four-pillars')!;
  const chinese = zh.slides.find((s) => s.id === 'four-pillars')!;

  it('follow the slides by default', async () => {
    const page = await newPage(browser(), LAPTOP);
    await openDeck(page, `${url}?lang=zh`);
    expect(await notesOf(page, 'four-pillars')).toEqual({ lang: 'zh-Hans', text: squeeze(chinese.notesText) });
    await page.context().close();
  });

  it('are Chinese beside English slides with ?notes=zh, and English beside Chinese slides with ?notes=en', async () => {
    const page = await newPage(browser(), LAPTOP);
    await openDeck(page, `${url}?notes=zh`);
    expect(await page.locator('section#four-pillars h2').textContent()).toBe(english.title);
    expect(await notesOf(page, 'four-pillars')).toEqual({ lang: 'zh-Hans', text: squeeze(chinese.notesText) });
    await openDeck(page, `${url}?lang=zh&notes=en`);
    expect(await page.locator('section#four-pillars h2').textContent()).toBe(chinese.title);
    expect(await notesOf(page, 'four-pillars')).toEqual({ lang: 'en', text: squeeze(english.notesText) });
    // Read as the narrative under each slide in scroll view, in their own language.
    await openDeck(page, `${url}?lang=zh&notes=en&view=scroll`, '#/four-pillars');
    const under = page.locator('.scroll-page:has(#four-pillars) > aside.notes');
    expect(await under.getAttribute('lang')).toBe('en');
    expect(squeeze(await under.innerText())).toBe(squeeze(english.notesText));
    await page.context().close();
  });

  it('are headed in the deck’s language in the speaker view, as are its labels and buttons', async () => {
    const page = await newPage(browser(), PROJECTOR);
    await openDeck(page, `${url}?lang=zh`, '#/four-pillars');
    const [speaker] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
    await speaker.locator('#deck-stage-clock').waitFor({ timeout: 10_000 });
    const words = await speaker.evaluate(() => [
      document.querySelector('.speaker-controls-notes > .label')?.textContent,
      document.querySelector('#upcoming-slide .label')?.textContent,
      document.querySelector('#deck-stage-clock button')?.textContent,
    ]);
    expect(words).toEqual(['备注', '下一页', '开始']);
    // Its notes are set flush left, never letter-spaced, each number with its unit and each quoted
    // term on one line.
    const notes = speaker.locator('.speaker-controls-notes .value');
    await expect.poll(() => notes.locator('.nobr').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    // One line: every box of the held words' text at the same height, at every notes size.
    await speaker.setViewportSize(LAPTOP);
    const split: string[] = [];
    const spaced: string[] = [];
    for (const size of [16, 18, 20, 22, 24, 26, 28, 30]) {
      await speaker.evaluate((px) => document.body.style.setProperty('--notes-size', `${px}px`), size);
      // Each character where flush left puts it: a justified line short of the margin (before a
      // held number or term) is spread over its width.
      const moved = await notes.evaluate((value) => {
        const chars: Range[] = [];
        const walker = document.createTreeWalker(value, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          for (let i = 0; i < node.length; i++) {
            const range = document.createRange();
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            chars.push(range);
          }
        }
        const lefts = () => chars.map((range) => range.getClientRects()[0]?.left ?? 0);
        const set = lefts();
        const all = [value, ...value.querySelectorAll<HTMLElement>('*')];
        for (const el of all) el.style.textAlign = 'start';
        const flush = lefts();
        for (const el of all) el.style.textAlign = '';
        return chars.filter((_, k) => Math.abs(set[k]! - flush[k]!) > 0.5).map((range) => range.toString());
      });
      if (moved.length) spaced.push(`${size}px: ${moved.length} characters moved, "${moved.slice(0, 12).join('')}"`);
      split.push(
        ...(await notes.evaluate((value) =>
          [...value.querySelectorAll('.nobr')]
            .filter((held) => {
              const range = document.createRange();
              range.selectNodeContents(held);
              const middles = [...range.getClientRects()].map((box) => box.top + box.height / 2);
              return Math.max(...middles) - Math.min(...middles) > 10;
            })
            .map((held) => held.textContent ?? ''),
        )),
      );
    }
    expect(split).toEqual([]);
    expect(spaced).toEqual([]);
    await page.context().close();
  });

  it('are chosen in the speaker view, which shows them at once, and the choice is kept', async () => {
    const page = await newPage(browser(), PROJECTOR);
    await openDeck(page, url, '#/four-pillars');
    const [speaker] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
    const notes = speaker.locator('.speaker-controls-notes .value');
    await expect.poll(() => notes.innerText().then(squeeze), { timeout: 10_000 }).toBe(squeeze(english.notesText));
    const choice = speaker.locator('#deck-notes-language select');
    await choice.waitFor({ timeout: 10_000 });
    expect(await choice.inputValue()).toBe('');
    await choice.selectOption('zh');
    await expect.poll(() => notes.innerText().then(squeeze), { timeout: 10_000 }).toBe(squeeze(chinese.notesText));
    expect(await notes.getAttribute('lang')).toBe('zh-Hans');
    // In the deck's Chinese face, not whatever the machine has.
    expect(await notes.evaluate((v) => getComputedStyle(v).fontFamily)).toMatch(/^"?Noto Sans SC"?,/);
    await expect
      .poll(() => speaker.evaluate(() => [...document.fonts].some((f) => f.family.replace(/"/g, '') === 'Noto Sans SC' && f.status === 'loaded')), {
        timeout: 10_000,
      })
      .toBe(true);
    // The slides stay English; the deck reopened keeps the notes in Chinese.
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await speaker.close();
    await openDeck(page, url, '#/four-pillars');
    expect(await notesOf(page, 'four-pillars')).toEqual({ lang: 'zh-Hans', text: squeeze(chinese.notesText) });
    await page.context().close();
  });
});

describe('fonts', () => {
  const fontFiles = (requests: string[]) => [...new Set(requests.filter((r) => r.endsWith('.woff2')).map((r) => new URL(r).pathname.slice(1)))].sort();

  it('the English deck fetches only the faces of its own text; the Chinese deck fetches its own as well', async () => {
    const fetched: Record<string, string[]> = {};
    for (const [name, query] of [
      ['English', ''],
      ['Chinese', '?lang=zh'],
    ] as const) {
      const page = await newPage(browser(), LAPTOP);
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      const watch = await watchPage(page, new URL(url).origin);
      await openDeck(page, `${url}${query}`);
      // Every slide shown, in case a later one needed it.
      for (const slide of deck.slides) await openDeck(page, `${url}${query}`, `#/${slide.id}`);
      fetched[name] = fontFiles(requests);
      expect(watch.errors, name).toEqual([]);
      await page.context().close();
    }
    const [english, chinese] = [fetched['English']!, fetched['Chinese']!];
    expect(english.filter((file) => /^assets\/Inter-(400|700)-\w+\.woff2$/.test(file))).toHaveLength(2);
    // Its opening slide's characters and the rest, in each weight, and Inter cut to that slide's
    // English words, which it is painted in first.
    const own = chinese.filter((file) => !english.includes(file)).map((file) => file.replace(/-\w+\.woff2$/, ''));
    // Both lists in the message: a failure then says which file came extra.
    expect(own.sort(), JSON.stringify({ english, chinese })).toEqual([
      'assets/Inter-400',
      'assets/Inter-700',
      'assets/NotoSansSC-400',
      'assets/NotoSansSC-400',
      'assets/NotoSansSC-700',
      'assets/NotoSansSC-700',
    ]);
  });

  it('sets no faux bold or italic: every face drawn is one shipped', async () => {
    const page = await newPage(browser(), LAPTOP);
    await openDeck(page, `${url}?lang=zh`);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSynthesis)).toBe('none');
    await page.context().close();
  });
});

/** Characters Chinese typesetting never starts a line with, and never ends one with. */
const NO_LINE_START = '。，、；：？！）」》』】〉”’%';
const NO_LINE_END = '（「《『【〈“‘';

/** Each line of Chinese text on the slide on screen, as its first and last characters, and the
 *  line after it in its block. */
function lineEnds(page: Page): Promise<{ first: string; last: string; line: string; next?: string }[]> {
  return page.$eval('.reveal .slides > section.present', (section) => {
    const selector = 'h1, h2, h3, li, p, figcaption > span, .timeline-text, .agenda-slides, .agenda-part';
    const lines: { first: string; last: string; line: string; next?: string }[] = [];
    for (const block of section.querySelectorAll<HTMLElement>(selector)) {
      if (block.closest('aside.notes, .visually-hidden')) continue;
      const blockStart = lines.length;
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      let current = '';
      let top: number | undefined;
      const range = document.createRange();
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        // A list inside an item has lines of its own.
        if (node.parentElement!.closest(selector) !== block) continue;
        const text = node.nodeValue!;
        for (let i = 0; i < text.length; i++) {
          if (/\s/.test(text[i]!)) continue;
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getBoundingClientRect();
          if (rect.width === 0) continue;
          if (top !== undefined && rect.top > top + rect.height / 2) {
            lines.push({ first: current[0]!, last: current.at(-1)!, line: current });
            current = '';
          }
          if (!current) top = rect.top;
          current += text[i];
        }
      }
      if (current) lines.push({ first: current[0]!, last: current.at(-1)!, line: current });
      for (let j = blockStart; j + 1 < lines.length; j++) lines[j]!.next = lines[j + 1]!.line;
    }
    return lines;
  });
}

describe('Chinese on the slides', () => {
  for (const viewport of [
    { width: 1920, height: 1080 },
    { width: 1280, height: 720 },
    { width: 1024, height: 768 },
  ]) {
    it(`breaks lines as Chinese does, and nothing overflows, at ${viewport.width}×${viewport.height}`, async () => {
      const page = await browser().newPage({ viewport, reducedMotion: 'reduce' });
      const problems: string[] = [];
      let lines = 0;
      for (const slide of zh.slides) {
        await openDeck(page, `${url}?lang=zh`, `#/${slide.id}`);
        for (const what of await overflowing(page)) problems.push(`${slide.id}: ${what}`);
        for (const { first, last, line, next } of await lineEnds(page)) {
          lines++;
          if (NO_LINE_START.includes(first)) problems.push(`${slide.id}: a line starts with ${first}: ${line}`);
          if (NO_LINE_END.includes(last)) problems.push(`${slide.id}: a line ends with ${last}: ${line}`);
          // A date is one thing: its line holds it from the year to the day (2023年10月17日).
          if (/\d年$/u.test(line) && /^\d{1,2}月/u.test(next ?? '')) problems.push(`${slide.id}: a date split after its year: ${line} / ${next}`);
        }
      }
      expect(problems).toEqual([]);
      // The check saw the slides' text, many lines of it wrapped.
      expect(lines).toBeGreaterThan(zh.slides.length * 3);
      await page.close();
    });
  }

  it('finds Chinese words in the slides and notes with search', async () => {
    const page = await newPage(browser(), LAPTOP);
    await openDeck(page, `${url}?lang=zh`);
    await page.click('.browse-bar button[aria-controls="browse-search"]');
    await page.fill('#browse-search-field', '联合实验室');
    const found = zh.slides.filter((s) => (s.html + s.notesHtml).includes('联合实验室')).length;
    await expect.poll(() => page.locator('.search-status').innerText()).toBe(`找到${found}张幻灯片`);
    await page.context().close();
  });
});
