// Following step by step: a slide an author reveals a point at a time (`::: fragments`) shows the
// followers the points the speaker has shown, forward and back, on the same slide.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLiveServer, type LiveServer } from '../../src/present/live-server.js';
import { LAPTOP, newPage, openDeck, presentId, closeLeftTabs, useChromium } from './chromium.js';

const browser = useChromium();
closeLeftTabs(browser);
const work = mkdtempSync(join(tmpdir(), 'deck-live-steps-'));
const ID = 'three-steps';
let live: LiveServer;
let url = '';

beforeAll(async () => {
  const slides = join(work, 'slides');
  cpSync('slides', slides, { recursive: true });
  // Added the README's way: a slide at the end of a part's file, its list in `::: fragments`.
  const file = join(slides, '05-prospect.md');
  writeFileSync(
    file,
    `${readFileSync(file, 'utf8').trimEnd()}\n\n---\n\n{#${ID}}\n\n## Three steps\n\n::: fragments\n- first\n- second\n- third\n:::\n\nNote: One at a time.\n`,
  );
  execFileSync(process.execPath, ['bin/deck.js', 'build', '--slides', slides, '--out', join(work, 'dist')], { stdio: 'ignore' });
  live = await startLiveServer({ distDir: join(work, 'dist'), port: 0, host: '127.0.0.1' });
  url = `http://127.0.0.1:${live.port}/`;
});
afterAll(async () => {
  await live?.close();
  rmSync(work, { recursive: true, force: true });
});

const SOON = { timeout: 10_000 };
/** The points of the slide on screen a reader sees. */
const shown = (page: Page) => page.$$eval(`section#${ID} .fragment.visible`, (items) => items.map((li) => li.textContent?.trim()));

describe('following a slide revealed step by step', () => {
  it('shows each follower the points the speaker has shown, forward and back', async () => {
    const leader = await newPage(browser(), LAPTOP);
    await openDeck(leader, `${url}?lead=${live.key}`, `#/${ID}`);
    // A reader in slide view (a phone's scroll view shows every point at once).
    const follower = await newPage(browser(), LAPTOP);
    await openDeck(follower, url);
    await expect.poll(() => presentId(follower), SOON).toBe(ID);
    expect(await shown(follower)).toEqual([]);
    await leader.keyboard.press('ArrowRight');
    await leader.keyboard.press('ArrowRight');
    expect(await shown(leader)).toEqual(['first', 'second']);
    await expect.poll(() => shown(follower), SOON).toEqual(['first', 'second']);
    await leader.keyboard.press('ArrowLeft');
    await expect.poll(() => shown(follower), SOON).toEqual(['first']);
    // A reader who joins now finds the speaker's step too.
    const late = await newPage(browser(), LAPTOP);
    await openDeck(late, url);
    await expect.poll(() => shown(late), SOON).toEqual(['first']);
    expect(await presentId(late)).toBe(ID);
  });
});
