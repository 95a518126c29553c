// Every language of the deck as a reader sees it: each slide fits at a laptop's 1024×768 and on a
// phone, the page and every block say their language, and every word is drawn in a face the deck
// ships (no system font), whatever the language brings (Cyrillic, Latin Extended).
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { compileDeck } from '../../src/compile-deck.js';
import { loadDeck } from '../../src/load/load-deck.js';
import { newPage, openDeck, overflowing, PHONE, useChromium, watchPage } from './chromium.js';

const url = inject('deckUrl');
const { deck, translations } = compileDeck(loadDeck('slides'));
const browser = useChromium();
const LAPTOP_4_3 = { width: 1024, height: 768 };

/** The fonts Chromium drew each text block of the page with, by block, where one is not shipped. */
/** The system faces Chromium drew the shown slide's text in (the others may be laid out from before
 *  their faces had come, and are drawn again when shown). */
async function systemFonts(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    await cdp.send('CSS.enable');
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', {
      nodeId: root.nodeId,
      selector: '.reveal .slides section.present :is(h1, h2, h3, li, p, figcaption span, .timeline-text, a)',
    });
    const out: string[] = [];
    for (const nodeId of nodeIds) {
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      for (const font of fonts.filter((f) => !f.isCustomFont))
        out.push(`${font.familyName} in ${(await cdp.send('DOM.getOuterHTML', { nodeId })).outerHTML.slice(0, 80)}`);
    }
    return out;
  } finally {
    await cdp.detach();
  }
}

describe.each(translations.map((t) => [new Intl.DisplayNames('en', { type: 'language' }).of(t.lang)!, t] as const))('the deck in %s', (_name, translated) => {
  const query = `?lang=${translated.lang}`;

  it('says its language on the page and on every block, and draws every word in a shipped face', async () => {
    const page = await newPage(browser(), LAPTOP_4_3);
    const watch = await watchPage(page, new URL(url).origin);
    await openDeck(page, `${url}${query}`);
    expect(await page.evaluate(() => [document.documentElement.lang, document.title])).toEqual([translated.tag, translated.settings.title]);
    const blocks = await page.$$eval('.reveal .slides > section', (sections) =>
      sections.map((s) => [s.id, s.getAttribute('lang'), s.querySelector(':scope > aside.notes')?.getAttribute('lang') ?? null]),
    );
    expect(blocks).toEqual(translated.slides.map((s) => [s.id, s.lang ?? null, s.notesHtml ? (s.lang ?? 'en') : null]));
    // Every slide shown, in the faces it needs.
    const fonts: string[] = [];
    for (const slide of translated.slides) {
      await openDeck(page, `${url}${query}`, `#/${slide.id}`);
      expect(await overflowing(page), `${slide.id} at 1024×768`).toEqual([]);
      // The faces a slide asks for swap in once they have come: wait for them, and a frame.
      await page.evaluate(() => document.fonts.ready.then(() => new Promise(requestAnimationFrame)));
      fonts.push(...(await systemFonts(page)));
    }
    expect(fonts).toEqual([]);
    expect(watch.errors).toEqual([]);
    expect(watch.foreign).toEqual([]);
    await page.context().close();
  });

  it('reads on a phone, every slide within its width, and the toolbar names the language', async () => {
    const page = await newPage(browser(), PHONE, { isMobile: true, hasTouch: true });
    await openDeck(page, `${url}${query}`);
    expect(await page.evaluate(() => document.body.classList.contains('reveal-scroll'))).toBe(true);
    const wide = await page.$$eval('.reveal .slides section[id]', (sections) =>
      sections.filter((s) => [...s.querySelectorAll<HTMLElement>('*')].some((e) => e.getBoundingClientRect().right > innerWidth + 1)).map((s) => s.id),
    );
    expect(wide).toEqual([]);
    expect(await page.getAttribute('.browse-language', 'aria-label')).toBe(`${translated.text.language}: ${translated.name}`);
    await page.context().close();
  });
});

it('lists every language in the menu, each named in itself and marked with its language', async () => {
  const page = await newPage(browser(), LAPTOP_4_3);
  await openDeck(page, url);
  await page.click('.browse-language');
  const listed = await page.$$eval('#browse-languages a', (links) => links.map((a) => [a.textContent, a.getAttribute('lang')]));
  expect(listed).toEqual([deck, ...translations].map((d) => [d.name, d.tag]));
  await page.context().close();
});

describe("the speaker's notes in any language", () => {
  const squeeze = (text: string) => text.replace(/[\s\u00ad]+/g, '');
  const notesOf = (page: Page, id: string) =>
    page.$eval(`section#${id} aside.notes`, (a) => ({ lang: a.getAttribute('lang'), text: a.textContent.replace(/[\s\u00ad]+/g, '') }));

  it.each(translations.map((t) => [t.lang, t] as const))(
    'are in %s beside the source slides with ?notes=, and chosen so in the speaker view',
    async (code, translated) => {
      const slide = translated.slides.find((s) => s.notesText && s.lang === translated.tag)!;
      const page = await newPage(browser(), LAPTOP_4_3);
      await openDeck(page, `${url}?notes=${code}`, `#/${slide.id}`);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(deck.tag);
      expect(await notesOf(page, slide.id)).toEqual({ lang: translated.tag, text: squeeze(slide.notesText) });
      // The speaker view offers every language, each named in itself, and shows the notes at once.
      await openDeck(page, url, `#/${slide.id}`);
      await page.evaluate(() => localStorage.removeItem('deck-notes-lang'));
      await openDeck(page, `${url}?lang=${deck.lang}`, `#/${slide.id}`);
      const [speaker] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
      const choice = speaker.locator('#deck-notes-language select');
      await choice.waitFor({ timeout: 10_000 });
      expect(await choice.locator('option').allInnerTexts()).toEqual([deck.text.sameAsSlides, ...[deck, ...translations].map((d) => d.name)]);
      await choice.selectOption(code);
      const notes = speaker.locator('.speaker-controls-notes .value');
      await expect.poll(() => notes.innerText().then(squeeze), { timeout: 10_000 }).toBe(squeeze(slide.notesText));
      expect(await notes.getAttribute('lang')).toBe(translated.tag);
      await speaker.close();
      await page.context().close();
    },
  );
});
