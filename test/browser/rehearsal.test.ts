// Rehearsing from the speaker view, with a clock the test controls: the time on each slide, the
// report beside the plan, and the rehearsal saved as JSON off the dev server.
import { readFileSync } from 'node:fs';
import { expect, inject, it } from 'vitest';
import { compileDeck } from '../../src/compile-deck.js';
import { loadDeck } from '../../src/load/load-deck.js';
import { newPage, openDeck, PROJECTOR, useChromium } from './chromium.js';

const { deck } = compileDeck(loadDeck('slides'));
const browser = useChromium();
const url = inject('deckUrl');

it('records each slide’s time, the overview and blackout apart, reports it beside the plan, and saves it', async () => {
  const page = await newPage(browser(), PROJECTOR, { acceptDownloads: true });
  await page.clock.install();
  await openDeck(page, url);
  const [speaker] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
  const rehearse = speaker.locator('#deck-rehearsal button').first();
  await rehearse.waitFor({ timeout: 10_000 });
  expect(await rehearse.innerText()).toBe('Rehearse');
  await rehearse.click();
  expect(await rehearse.innerText()).toBe('Stop');

  await page.clock.fastForward(30_000);
  await page.keyboard.press('ArrowRight');
  await page.clock.fastForward(20_000);
  await page.keyboard.press('b');
  await page.clock.fastForward(5_000);
  await page.keyboard.press('b');
  await page.keyboard.press('ArrowRight');
  await page.clock.fastForward(12_000);
  // Back to the first slide: a second visit adds up.
  await page.keyboard.press('Home');
  await page.clock.fastForward(4_000);
  await rehearse.click();

  const report = speaker.locator('#deck-rehearsal-report');
  await report.waitFor({ timeout: 10_000 });
  const took = (id: string) => report.locator(`tr[data-slide="${id}"] td`).nth(2).innerText();
  const [title, outline, background] = deck.slides;
  expect(await took(title!.id)).toBe('0:34');
  expect(await took(outline!.id)).toBe('0:20');
  expect(await took(background!.id)).toBe('0:12');
  // Beside the plan, with a sign: the title slide planned at 45 s took 34 s.
  expect(await report.locator(`tr[data-slide="${title!.id}"] td`).nth(1).innerText()).toBe('0:45');
  expect(await report.locator(`tr[data-slide="${title!.id}"] td`).nth(3).innerText()).toBe('−0:11');
  expect(await report.locator('tr', { hasText: 'Overview and blackout' }).locator('td').nth(2).innerText()).toBe('0:05');
  expect(await report.locator('tr', { hasText: 'Total' }).locator('td').nth(2).innerText()).toBe('1:06');

  // Off the dev server, Save timings downloads the rehearsal for deck timings apply.
  const [download] = await Promise.all([page.waitForEvent('download'), speaker.getByRole('button', { name: 'Save timings' }).click()]);
  const saved = JSON.parse(readFileSync((await download.path()), 'utf8')) as { deck: string; date: string; slides: Record<string, number> };
  expect(saved.deck).toBe(deck.settings.title);
  expect(Object.keys(saved.slides)).toEqual(deck.slides.map((s) => s.id));
  expect([saved.slides[title!.id], saved.slides[outline!.id], saved.slides[background!.id], saved.slides[deck.slides[3]!.id]]).toEqual([34, 20, 12, 0]);
  await page.context().close();
});
