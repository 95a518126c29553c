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
  // From here the clock moves only when the test moves it: a busy machine adds nothing.
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);
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
  await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#/${deck.slides[0]!.id}`);
  await page.clock.fastForward(4_000);
  await rehearse.click();

  const report = speaker.locator('#deck-rehearsal-report');
  await report.waitFor({ timeout: 10_000 });
  const seconds = (clock: string) => (clock.startsWith('−') ? -1 : 1) * clock.replace(/^[+−±]/, '').split(':').reduce((m, s) => m * 60 + Number(s), 0);
  const cell = async (row: ReturnType<typeof report.locator>, column: number) => seconds(await row.locator('td').nth(column).innerText());
  const slideRow = (id: string) => report.locator(`tr[data-slide="${id}"]`);
  const [title, outline, background] = deck.slides;
  const exactly = (value: number, wanted: number) => expect(value).toBe(wanted);
  exactly(await cell(slideRow(title!.id), 2), 34);
  exactly(await cell(slideRow(outline!.id), 2), 20);
  exactly(await cell(slideRow(background!.id), 2), 12);
  // Beside the plan, with a sign: the title slide planned at 45 s took 34 s, 11 s under.
  expect(await cell(slideRow(title!.id), 1)).toBe(45);
  expect(await slideRow(title!.id).locator('td').nth(3).innerText()).toBe('−0:11');
  exactly(await cell(report.locator('tr', { hasText: 'Overview and blackout' }), 2), 5);
  exactly(await cell(report.locator('tr', { hasText: 'Total' }), 2), 66);

  // Off the dev server, Save timings downloads the rehearsal for deck timings apply.
  const [download] = await Promise.all([page.waitForEvent('download'), speaker.getByRole('button', { name: 'Save timings' }).click()]);
  const saved = JSON.parse(readFileSync((await download.path()), 'utf8')) as { deck: string; date: string; slides: Record<string, number> };
  expect(saved.deck).toBe(deck.settings.title);
  expect(Object.keys(saved.slides)).toEqual(deck.slides.map((s) => s.id));
  exactly(saved.slides[title!.id]!, 34);
  exactly(saved.slides[outline!.id]!, 20);
  exactly(saved.slides[background!.id]!, 12);
  expect(saved.slides[deck.slides[3]!.id]).toBe(0);
  await page.context().close();
});
