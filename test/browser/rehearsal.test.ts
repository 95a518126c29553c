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
  // The test moves the clock on; the real time its own steps take counts too, and is measured here
  // to bound each figure. Each move waits until the speaker view's preview shows it, as a person
  // would: reveal's notes window otherwise sends a stale state back (a blackout undone, redone).
  const preview = speaker.frameLocator('#current-slide iframe').locator('.reveal');
  const shown = (r: Element) => [r.querySelector('.slides > section.present')?.id, r.classList.contains('paused')];
  // Each interval runs from one event to the next; each event happens while its key is pressed, so
  // an interval lasts at most from the start of one press to the end of the next.
  const real: Record<string, number> = {};
  let on = deck.slides[0]!.id;
  let since = 0;
  const step = async (act: () => Promise<void>, next: string) => {
    const before = Date.now();
    await act();
    real[on] = (real[on] ?? 0) + Date.now() - since;
    [on, since] = [next, before];
  };
  const move = async (key: string, slide: string, paused = false) => {
    await step(() => page.keyboard.press(key), paused ? 'apart' : slide);
    await expect.poll(() => page.locator('.reveal').evaluate(shown)).toEqual([slide, paused]);
    await expect.poll(() => preview.evaluate(shown)).toEqual([slide, paused]);
  };
  const [title, outline, background] = deck.slides;
  since = Date.now();
  await rehearse.click();
  expect(await rehearse.innerText()).toBe('Stop');
  await page.clock.fastForward(30_000);
  await move('ArrowRight', outline!.id);
  await page.clock.fastForward(20_000);
  await move('b', outline!.id, true);
  await page.clock.fastForward(5_000);
  await move('b', outline!.id);
  await move('ArrowRight', background!.id);
  await page.clock.fastForward(12_000);
  // Back to the first slide: a second visit adds up.
  await move('Home', title!.id);
  await page.clock.fastForward(4_000);
  await step(() => rehearse.click(), '');

  const report = speaker.locator('#deck-rehearsal-report');
  await report.waitFor({ timeout: 10_000 });
  const seconds = (clock: string) =>
    (clock.startsWith('−') ? -1 : 1) *
    clock
      .replace(/^[+−±]/, '')
      .split(':')
      .reduce((m, s) => m * 60 + Number(s), 0);
  const cell = async (row: ReturnType<typeof report.locator>, column: number) => seconds(await row.locator('td').nth(column).innerText());
  const slideRow = (id: string) => report.locator(`tr[data-slide="${id}"]`);
  // At least the time the clock was moved on; at most that and the real time the steps took.
  const slack = (ms: number) => Math.ceil(ms / 1000) + 1;
  const near = (value: number, wanted: number, on: string) => {
    expect(value).toBeGreaterThanOrEqual(wanted);
    expect(value).toBeLessThanOrEqual(wanted + slack(real[on] ?? 0));
  };
  near(await cell(slideRow(title!.id), 2), 34, title!.id);
  near(await cell(slideRow(outline!.id), 2), 20, outline!.id);
  near(await cell(slideRow(background!.id), 2), 12, background!.id);
  // Beside the plan, with a sign: the title slide planned at 45 s took 34 s, 11 s under.
  expect(await cell(slideRow(title!.id), 1)).toBe(45);
  expect(await cell(slideRow(title!.id), 3)).toBe((await cell(slideRow(title!.id), 2)) - 45);
  expect(await slideRow(title!.id).locator('td').nth(3).innerText()).toMatch(/^−0:\d\d$/);
  near(await cell(report.locator('tr', { hasText: 'Overview and blackout' }), 2), 5, 'apart');
  const total = await cell(report.locator('tr', { hasText: 'Total' }), 2);
  expect(total).toBeGreaterThanOrEqual(66);
  expect(total).toBeLessThanOrEqual(66 + slack(Object.values(real).reduce((a, b) => a + b, 0)) + 3);

  // Off the dev server, Save timings downloads the rehearsal for deck timings apply.
  const [download] = await Promise.all([page.waitForEvent('download'), speaker.getByRole('button', { name: 'Save timings' }).click()]);
  const saved = JSON.parse(readFileSync(await download.path(), 'utf8')) as { deck: string; date: string; slides: Record<string, number> };
  expect(saved.deck).toBe(deck.settings.title);
  expect(Object.keys(saved.slides)).toEqual(deck.slides.map((s) => s.id));
  near(saved.slides[title!.id]!, 34, title!.id);
  near(saved.slides[outline!.id]!, 20, outline!.id);
  near(saved.slides[background!.id]!, 12, background!.id);
  expect(saved.slides[deck.slides[3]!.id]).toBe(0);
  await page.context().close();
});
