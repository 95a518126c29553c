// The dev server while an author edits: changes show, mistakes show in the overlay, fixes recover.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { compileDeck } from '../../src/compile-deck.js';
import { formatDiagnostic } from '../../src/diagnostics.js';
import { loadDeck } from '../../src/load/load-deck.js';
import { deckViteConfig } from '../../src/vite/dev-config.js';
import { launchChromium, openDeck, PROJECTOR, presentId } from './chromium.js';

let dir: string;
let server: ViteDevServer;
let browser: Browser;
let page: Page;
/** The page the dev server serves for the slides as they are in slides/. */
let original: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'deck-dev-'));
  cpSync('slides', dir, { recursive: true });
  const config = deckViteConfig({ slidesDir: dir, outDir: join(dir, 'dist') });
  server = await createServer({ ...config, configFile: false, logLevel: 'silent', server: { ...config.server, port: 0, host: '127.0.0.1' } });
  await server.listen();
  original = await (await fetch(server.resolvedUrls!.local[0]!)).text();
  browser = await launchChromium();
});

// Each test has a page of its own, and leaves the slides as it found them: an edit reloads every
// open page a moment later, which must not land in the next test.
beforeEach(async () => {
  page = await browser.newPage({ viewport: PROJECTOR });
});

afterEach(async () => {
  // Bounded: a page caught mid-reload has kept close() waiting on a loaded machine; the browser
  // itself closes after the last test.
  await Promise.race([page.close(), new Promise((done) => setTimeout(done, 15_000))]);
  for (const name of readdirSync(dir, { recursive: true }) as string[])
    if (!existsSync(join('slides', name))) rmSync(join(dir, name), { recursive: true, force: true });
  for (const name of readdirSync('slides', { recursive: true }) as string[]) {
    if (statSync(join('slides', name)).isDirectory()) {
      mkdirSync(join(dir, name), { recursive: true });
      continue;
    }
    const original = readFileSync(join('slides', name));
    if (!existsSync(join(dir, name)) || !readFileSync(join(dir, name)).equals(original)) writeFileSync(join(dir, name), original);
  }
  // The watcher's events for the restored files come a moment later; the deck compiles again
  // then, and serves the page it served at the start.
  const url = server.resolvedUrls!.local[0]!;
  await expect.poll(async () => (await fetch(url)).text(), { timeout: 10_000 }).toBe(original);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const edit = (name: string, change: (text: string) => string) => {
  const path = join(dir, name);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
};
const title = () => page.locator('#outline h2').innerText();

/** Marks the page; a reload loses the mark. */
const mark = () => page.evaluate(() => ((window as unknown as { kept: boolean }).kept = true));
const kept = () => page.evaluate(() => (window as unknown as { kept?: boolean }).kept === true);

/** Makes a change that reloads the page, and waits until the deck has started again. */
async function reloading(change: () => void): Promise<void> {
  await page.evaluate(() => ((window as unknown as { before: boolean }).before = true));
  change();
  await page.waitForFunction(() => !(window as unknown as { before?: boolean }).before && document.querySelector('.reveal.ready'), null, { timeout: 10_000 });
}

it('shows an edit, then a mistake in the overlay, then recovers when it is fixed', async () => {
  const url = server.resolvedUrls!.local[0]!;
  await openDeck(page, url, '#/outline');
  expect(await title()).toBe('Outline');

  edit('02-outline.md', (t) => t.replace('## Outline', '## Outline of the talk'));
  // The reload keeps the speaker on the same slide; the page is done once reveal has started again.
  await page.waitForFunction(
    () =>
      document.querySelector('#outline h2')?.textContent === 'Outline of the talk' && document.querySelector('.reveal.ready section.present')?.id === 'outline',
    null,
    { timeout: 10_000 },
  );

  edit('02-outline.md', (t) => t.replace('Note: My talk', 'Note: {{joint_lab}} My talk'));
  const overlay = page.locator('vite-error-overlay');
  await overlay.waitFor({ timeout: 10_000 });
  const message = await overlay.evaluate((el) => el.shadowRoot?.textContent ?? '');
  expect(message).toMatch(/02-outline\.md:\d+:\d+: error: unknown figure "joint_lab" \(did you mean "joint_labs"\?\)/);
  // The last good deck stays underneath, and the server still answers.
  expect(await title()).toBe('Outline of the talk');
  expect((await fetch(url)).status).toBe(500);

  edit('02-outline.md', (t) => t.replace('{{joint_lab}} ', ''));
  await page.waitForFunction(() => !document.querySelector('vite-error-overlay') && document.querySelector('.reveal.ready'), null, { timeout: 10_000 });
  expect(await title()).toBe('Outline of the talk');
  expect((await fetch(url)).status).toBe(200);
});

it('puts an edited slide in place: no reload, the same slide and fragment, fitted again', async () => {
  const url = server.resolvedUrls!.local[0]!;
  // Every letter and digit from the start: the translations show this slide in English, and their
  // faces (Noto Sans SC's, the Chinese deck's) are cut to its characters, so a new one reloads.
  writeFileSync(
    join(dir, '07-steps.md'),
    '{#steps}\n## Steps\n\n::: fragments\n- first\n- second\n- third\n:::\n\nNote: One step at a time: the quick brown fox jumps over the lazy dog, 0123456789.\n',
  );
  await expect.poll(async () => (await fetch(url)).text(), { timeout: 10_000 }).toContain('id="steps"');
  await openDeck(page, url, '#/steps');
  const shown = () => page.$$eval('#steps .fragment', (items) => items.map((li) => [li.textContent, li.classList.contains('visible')]));
  await page.keyboard.press('ArrowRight');
  await expect.poll(shown).toEqual([
    ['first', true],
    ['second', false],
    ['third', false],
  ]);
  expect(await page.$eval('#steps', (s) => s.dataset['fit'])).toBe('regular');
  await mark();

  // More text than the slide holds in its body size, after the list.
  const more = Array.from({ length: 8 }, (_, i) => `A paragraph of its own, number ${i + 1}, long enough to take a line or two of the slide.`).join('\n\n');
  edit('07-steps.md', (t) => t.replace('- second\n', '- second, edited\n').replace(':::\n', `:::\n\n${more}\n`));
  await expect.poll(shown, { timeout: 10_000 }).toEqual([
    ['first', true],
    ['second, edited', false],
    ['third', false],
  ]);
  expect(await kept()).toBe(true);
  expect(await presentId(page)).toBe('steps');
  expect(await page.$eval('#steps', (s) => s.dataset['fit'])).toBe('dense');
  // The fragments go on from where they were.
  await page.keyboard.press('ArrowRight');
  await expect.poll(shown).toEqual([
    ['first', true],
    ['second, edited', true],
    ['third', false],
  ]);
});

it('shows edited notes in the speaker view, and an edited title on the outline slide and in the outline panel', async () => {
  const url = server.resolvedUrls!.local[0]!;
  await openDeck(page, url, '#/bri-10th-anniversary');
  const [speaker] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
  const notes = speaker.locator('.speaker-controls-notes .value');
  await expect.poll(() => notes.innerText().catch(() => ''), { timeout: 10_000 }).toContain('2023 is the 10th anniversary');
  await mark();

  edit('03-background.md', (t) =>
    t.replace('## 2023: the 10th anniversary of BRI', '## 2023: ten years of BRI').replace('Note: 2023 is the 10th anniversary', 'Note: Ten years since 2013'),
  );
  await expect.poll(() => notes.innerText(), { timeout: 10_000 }).toContain('Ten years since 2013');
  expect(await page.locator('section#bri-10th-anniversary h2').innerText()).toBe('2023: ten years of BRI');
  expect(await page.locator('section#outline').textContent()).toContain('2023: ten years of BRI');
  expect(await page.locator('#browse-outline a[data-slide="bri-10th-anniversary"]').textContent()).toBe('2023: ten years of BRI');
  // The speaker view's preview, a page of the dev server's too, shows the new title.
  const preview = speaker.frameLocator('#current-slide iframe').locator('section.present h2');
  await expect.poll(() => preview.innerText(), { timeout: 10_000 }).toBe('2023: ten years of BRI');
  expect(await kept()).toBe(true);
  await speaker.close();
});

it('keeps the notes in the language chosen for them through an edit of the slides or of the notes', async () => {
  const url = server.resolvedUrls!.local[0]!;
  await openDeck(page, `${url}?notes=zh`, '#/bri-10th-anniversary');
  const notes = () => page.locator('section#bri-10th-anniversary > aside.notes').textContent();
  expect(await notes()).toContain('2023年是“一带一路”倡议提出10周年');
  await mark();
  edit('zh/03-background.md', (t) => t.replace('Note: 2023年是', 'Note: 北京，2023年是'));
  await expect.poll(notes, { timeout: 10_000 }).toContain('北京，2023年是');
  edit('03-background.md', (t) => t.replace('- an initiative for cooperation and development', '- an initiative for cooperation and for development'));
  await expect
    .poll(() => page.locator('section#bri-10th-anniversary').innerText(), { timeout: 10_000 })
    .toContain('an initiative for cooperation and for development');
  expect(await notes()).toContain('北京，2023年是');
  expect(await kept()).toBe(true);
});

it('keeps the reader’s place in the scroll view when a slide above it grows', async () => {
  const url = server.resolvedUrls!.local[0]!;
  await openDeck(page, `${url}?view=scroll`, '#/limits-of-current-cooperation');
  const reading = () => page.$eval('#limits-of-current-cooperation', (s) => s.closest('.scroll-page')!.getBoundingClientRect().top);
  const top = await reading();
  await mark();
  const more = Array.from({ length: 6 }, (_, i) => `- one more point, number ${i + 1}`).join('\n');
  edit('03-background.md', (t) =>
    t
      .replace('- an initiative for cooperation and development\n', (line) => `${line}${more}\n`)
      .replace('Note: 2023 is the 10th anniversary', 'Note: Ten years since 2013'),
  );
  await expect.poll(() => page.locator('#bri-10th-anniversary').textContent(), { timeout: 10_000 }).toContain('one more point, number 6');
  expect(await kept()).toBe(true);
  await expect.poll(reading).toBeCloseTo(top, 0);
  expect(await page.evaluate(() => location.hash)).toBe('#/limits-of-current-cooperation');
  // The notes read under their slide, once.
  const notes = await page.$eval('#bri-10th-anniversary', (s) => [...s.closest('.scroll-page')!.querySelectorAll('aside.notes')].map((n) => n.textContent));
  expect(notes).toHaveLength(1);
  expect(notes[0]).toContain('Ten years since 2013');
});

it('puts text that reads as markup or a replacement pattern on the slide as written', async () => {
  const url = server.resolvedUrls!.local[0]!;
  await openDeck(page, url, '#/outline');
  await mark();
  const words = 'Outline <script>window.ran = true</script> <img src=x onerror="window.ran = true"> $& $\' $$ a < b';
  edit('02-outline.md', (t) => t.replace('## Outline', () => `## ${words}`));
  // As the typographer sets it: curly quotes (and a quoted term's short last word kept with the
  // one before it, by a no-break space).
  const shown = async () => (await title()).replace(/\u00a0/g, ' ');
  await expect.poll(shown, { timeout: 10_000 }).toBe(words.replace("$'", '$’').replace(/"([^"]*)"/, '“$1”'));
  expect(await page.evaluate(() => 'ran' in window)).toBe(false);
  expect(await page.locator('#outline script, #outline img').count()).toBe(0);
  expect(await kept()).toBe(true);
});

it('puts an edited Russian slide in place on the Russian page, and an English one on it where it shows the English', async () => {
  const url = server.resolvedUrls!.local[0]!;
  await openDeck(page, `${url}?lang=ru`, '#/outline');
  await mark();
  edit('ru/02-outline.md', (t) => t.replace('## Содержание', '## Содержание доклада'));
  await expect.poll(title, { timeout: 10_000 }).toBe('Содержание доклада');
  // Without its Russian translation the closing slide is shown in English: a reload, then its
  // English words edited in place.
  await reloading(() => rmSync(join(dir, 'ru/06-closing.md')));
  await mark();
  edit('06-closing.md', (t) => t.replace('## Thank you', '## Thank you all'));
  await expect.poll(() => page.locator('#thanks h2').innerText(), { timeout: 10_000 }).toBe('Thank you all');
  expect(await kept()).toBe(true);
  expect(await presentId(page)).toBe('outline');
});

it('shows the last of two saves made in quick succession, as an editor formatting on save makes them', async () => {
  const url = server.resolvedUrls!.local[0]!;
  await openDeck(page, url, '#/outline');
  await mark();
  // Each second save as the server takes the first in: the watcher drops its event, within 50 ms
  // of the one before. How soon depends on the machine: five pairs.
  for (const n of [1, 2, 3, 4, 5]) {
    server.watcher.once('change', () => edit('02-outline.md', (t) => t.replace(/## .*/, `## Outline ${n}, formatted`)));
    edit('02-outline.md', (t) => t.replace(/## .*/, `## Outline ${n}`));
    await expect.poll(title, { timeout: 10_000 }).toBe(`Outline ${n}, formatted`);
  }
  expect(await kept()).toBe(true);
});

it('shows a mistake over the deck it keeps, and the fix in place', async () => {
  const url = server.resolvedUrls!.local[0]!;
  await openDeck(page, url, '#/outline');
  await mark();
  edit('02-outline.md', (t) => t.replace('Note: My talk', 'Note: {{joint_lab}} My talk'));
  const overlay = page.locator('vite-error-overlay');
  await overlay.waitFor({ timeout: 10_000 });
  expect(await title()).toBe('Outline');
  edit('02-outline.md', (t) => t.replace('{{joint_lab}} ', '').replace('## Outline', '## Outline, fixed'));
  await page.waitForFunction(
    () => !document.querySelector('vite-error-overlay') && document.querySelector('#outline h2')?.textContent === 'Outline, fixed',
    null,
    {
      timeout: 10_000,
    },
  );
  expect(await kept()).toBe(true);
  expect(await presentId(page)).toBe('outline');
});

it('reloads the page for a slide added, and for a character its faces do not hold', async () => {
  const url = server.resolvedUrls!.local[0]!;
  await openDeck(page, url, '#/outline');
  await reloading(() => writeFileSync(join(dir, '07-extra.md'), '{#extra}\n## Extra\n\n- a point\n\nNote: What to say.\n'));
  expect(await page.$$eval('.reveal .slides > section', (s) => s.map((x) => x.id))).toContain('extra');
  expect(await presentId(page)).toBe('outline');
  // Noto Sans SC's regular face on the English page is cut to the Chinese characters it shows.
  const faces = () => page.$eval('#deck-faces', (style) => style.textContent ?? '');
  expect(await faces()).not.toMatch(/U\+9F98\b/);
  await reloading(() => edit('07-extra.md', (t) => t.replace('- a point', '- a point, 龘')));
  expect(await faces()).toMatch(/U\+9F98\b/);
});

it('recovers when a slide file is deleted or renamed while it runs', async () => {
  const url = server.resolvedUrls!.local[0]!;
  await openDeck(page, url, '#/outline');
  const ids = () => page.$$eval('.reveal .slides > section', (s) => s.map((x) => x.id));
  const closing = readFileSync(join(dir, '06-closing.md'), 'utf8');
  const closingZh = readFileSync(join(dir, 'zh/06-closing.md'), 'utf8');
  // The deck's other translations, each with its own closing file and limits file.
  const others = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && e.name !== 'zh' && existsSync(join(dir, e.name, '06-closing.md')))
    .map((e) => e.name);
  const closingOthers = others.map((code) => readFileSync(join(dir, code, '06-closing.md'), 'utf8'));

  // The English alone deleted leaves its translation with nothing to translate: the overlay says so.
  rmSync(join(dir, '06-closing.md'));
  const overlay = page.locator('vite-error-overlay');
  await overlay.waitFor({ timeout: 10_000 });
  expect(await overlay.evaluate((el) => el.shadowRoot?.textContent ?? '')).toMatch(/zh\/06-closing\.md:\d+/);
  rmSync(join(dir, 'zh/06-closing.md'));
  for (const code of others) rmSync(join(dir, code, '06-closing.md'));
  await expect.poll(async () => (await ids()).includes('thanks'), { timeout: 10_000 }).toBe(false);

  renameSync(join(dir, '04-limits.md'), join(dir, '04-limits-and-challenges.md'));
  renameSync(join(dir, 'zh/04-limits.md'), join(dir, 'zh/04-limits-and-challenges.md'));
  writeFileSync(join(dir, '06-closing.md'), closing);
  writeFileSync(join(dir, 'zh/06-closing.md'), closingZh);
  others.forEach((code, i) => {
    renameSync(join(dir, code, '04-limits.md'), join(dir, code, '04-limits-and-challenges.md'));
    writeFileSync(join(dir, code, '06-closing.md'), closingOthers[i]!);
  });
  await expect.poll(async () => (await ids()).includes('thanks'), { timeout: 10_000 }).toBe(true);
  expect(await ids()).toContain('limits-of-current-cooperation');
  expect((await fetch(url)).status).toBe(200);
});

it('saves a rehearsal’s timings into the slides from its own page, and refuses everyone else', async () => {
  const url = server.resolvedUrls!.local[0]!;
  await openDeck(page, url);
  const ids = await page.$$eval('.reveal .slides > section', (s) => s.map((x) => x.id));
  const key = await page.evaluate(() => document.documentElement.dataset['timingsKey']!);
  expect(key).toMatch(/^[0-9a-f]{32}$/);
  const rehearsal = (seconds: (i: number) => unknown, list = ids) =>
    JSON.stringify({ deck: 't', date: '2026-11-29T10:00:00Z', slides: Object.fromEntries(list.map((id, i) => [id, seconds(i)])) });
  const snapshot = () =>
    readdirSync(dir)
      .filter((n) => n.endsWith('.md'))
      .map((n) => readFileSync(join(dir, n), 'utf8'))
      .join('\0');
  const before = snapshot();
  // Not from the page: another origin, no key, a wrong key; then bad rehearsals with the key.
  const post = (body: string, headers: Record<string, string>) =>
    fetch(`${url}__deck/timings`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body });
  const origin = new URL(url).origin;
  expect(
    (
      await post(
        rehearsal(() => 30),
        { Origin: 'http://evil.example', 'x-deck-key': key },
      )
    ).status,
  ).toBe(403);
  expect(
    (
      await post(
        rehearsal(() => 30),
        { Origin: origin },
      )
    ).status,
  ).toBe(403);
  expect(
    (
      await post(
        rehearsal(() => 30),
        { Origin: origin, 'x-deck-key': '0'.repeat(32) },
      )
    ).status,
  ).toBe(403);
  for (const bad of [
    rehearsal(() => 30, [...ids, 'not-a-slide']),
    rehearsal((i) => (i === 2 ? 12.5 : 30)),
    rehearsal((i) => (i === 2 ? -1 : 30)),
    rehearsal((i) => (i === 2 ? 1e9 : 30)),
    '{"slides":',
  ]) {
    expect((await post(bad, { Origin: origin, 'x-deck-key': key })).status, bad.slice(-60)).toBe(400);
  }
  expect(snapshot()).toBe(before);
  // From the page itself: written, rounded to 5 s, and the deck reloads with them.
  await page.evaluate(() => ((window as { beforeSaving?: boolean }).beforeSaving = true));
  const status = await page.evaluate(
    async ({ body, key }) =>
      (await fetch('/__deck/timings', { method: 'POST', headers: { 'Content-Type': 'application/json', 'x-deck-key': key }, body })).status,
    { body: rehearsal((i) => 40 + i), key },
  );
  expect(status).toBe(204);
  expect(readFileSync(join(dir, '03-background.md'), 'utf8')).toContain(
    `{#background layout=section timing=${Math.round((40 + ids.indexOf('background')) / 5) * 5}}`,
  );
  expect(snapshot().replace(/timing=\d+/g, 'timing=N')).toBe(before.replace(/timing=\d+/g, 'timing=N'));
  // The page reloads for the new timings: the test ends once it has, not while it navigates.
  await expect
    .poll(() => page.evaluate(() => !('beforeSaving' in window) && document.querySelector('.reveal.ready') !== null).catch(() => false), { timeout: 20_000 })
    .toBe(true);
});

it('saves from the speaker view after a table to confirm, only the slides rehearsed, and then shows one view of the new plan', async () => {
  const url = server.resolvedUrls!.local[0]!;
  await page.clock.install();
  await openDeck(page, url, '#/title');
  const sources = () =>
    new Map(
      readdirSync(dir)
        .filter((n) => n.endsWith('.md'))
        .map((n) => [n, readFileSync(join(dir, n), 'utf8')]),
    );
  const before = sources();
  const [speaker] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
  const rehearse = speaker.locator('#deck-rehearsal button').first();
  await rehearse.waitFor({ timeout: 10_000 });
  const preview = speaker.frameLocator('#current-slide iframe').locator('.reveal');
  const move = async (key: string, id: string) => {
    await page.keyboard.press(key);
    await expect.poll(() => presentId(page)).toBe(id);
    await expect.poll(() => preview.evaluate((r) => r.querySelector('.slides > section.present')?.id)).toBe(id);
  };
  // The title slide for 40 s, the outline passed through, the background for 20 s; then Stop.
  await rehearse.click();
  await page.clock.fastForward(40_000);
  await move('ArrowRight', 'outline');
  await move('ArrowRight', 'background');
  await page.clock.fastForward(20_000);
  await rehearse.click();
  const report = speaker.locator('#deck-rehearsal-report');
  await report.waitFor({ timeout: 10_000 });
  const took = async (id: string) => seconds(await report.locator(`tr[data-slide="${id}"] td`).nth(2).innerText());
  const rehearsed = { title: await took('title'), background: await took('background') };
  expect(await took('outline')).toBeLessThan(5);

  // Save timings shows what will change, and writes nothing yet.
  await speaker.getByRole('button', { name: 'Save timings' }).click();
  const changes = speaker.locator('#deck-timing-changes');
  await changes.waitFor({ timeout: 10_000 });
  const rows = await changes
    .locator('tr[data-slide]')
    .evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-slide'), ...[...tr.querySelectorAll('td')].slice(1).map((td) => td.textContent)]));
  const rounded = (s: number) => Math.max(5, Math.round(s / 5) * 5);
  const planned = (id: string) => page.$eval(`section#${id}`, (s) => Number(s.getAttribute('data-timing')));
  expect(rows).toEqual([
    ['title', clock(await planned('title')), clock(rounded(rehearsed.title))],
    ['background', clock(await planned('background')), clock(rounded(rehearsed.background))],
  ]);
  const outline = await page.$eval('section#outline h2', (h) => h.textContent);
  expect(await speaker.locator('#deck-rehearsal-panel').innerText()).toContain(`kept as they are: ${outline}, `);
  expect(sources()).toEqual(before);

  // Confirmed: one save at a time, the buttons off until the server answers.
  let release = () => {};
  const held = new Promise<void>((done) => (release = done));
  let posts = 0;
  await page.route('**/__deck/timings', async (route) => {
    posts++;
    await held;
    await route.continue();
  });
  const confirm = speaker.getByRole('button', { name: 'Confirm' });
  await confirm.click();
  await expect.poll(() => posts).toBe(1);
  expect(await confirm.isDisabled()).toBe(true);
  expect(await speaker.getByRole('button', { name: 'Save timings' }).isDisabled()).toBe(true);
  await confirm.click({ force: true });
  release();

  // The deck reloads with the new plan; the speaker view is laid out once, afresh.
  await expect
    .poll(
      () =>
        speaker
          .locator('#deck-rehearsal [role="status"]')
          .innerText()
          .catch(() => ''),
      { timeout: 20_000 },
    )
    .toBe('Saved into the slides');
  await expect
    .poll(() => page.evaluate(() => document.querySelector('.reveal.ready section.present')?.id).catch(() => ''), { timeout: 20_000 })
    .toBe('background');
  const counts = () =>
    speaker.evaluate(() =>
      ['#deck-stage-clock', '#deck-stage-tools', '#deck-rehearsal', '[data-pace]', '#deck-rehearsal-panel:not([hidden])', 'style#deck-stage-style'].map(
        (s) => document.querySelectorAll(s).length,
      ),
    );
  await expect.poll(counts, { timeout: 10_000 }).toEqual([1, 1, 1, 2, 0, 1]);
  expect(await speaker.getByRole('button', { name: 'Rehearse' }).count()).toBe(1);
  await expect.poll(() => speaker.locator('[data-pace="slide"] strong').innerText()).toBe(clock(rounded(rehearsed.background)));
  expect(posts).toBe(1);
  const after = sources();
  expect(after.get('01-title.md')).toContain(`{#title layout=title timing=${rounded(rehearsed.title)}}`);
  expect(after.get('03-background.md')).toContain(`{#background layout=section timing=${rounded(rehearsed.background)}}`);
  // Every other slide as it was: only those two lines changed.
  const changed = [...after].flatMap(([name, text]) => {
    const old = before.get(name)!.split('\n');
    return text.split('\n').flatMap((line, i) => (line === old[i] ? [] : [`${name}:${i + 1}`]));
  });
  expect(changed).toEqual(['01-title.md:1', '03-background.md:1']);
});

it('plans a slide without a timing at its share of the talk, in the speaker view and its report', async () => {
  const url = server.resolvedUrls!.local[0]!;
  // Five minutes more than the talk's slides take: the new slide's share is those five minutes.
  const given = compileDeck(loadDeck(dir)).deck.slides.reduce((sum, s) => sum + s.planned, 0);
  const minutes = Math.ceil(given / 60) + 5;
  const share = minutes * 60 - given;
  const clock = `${Math.floor(share / 60)}:${String(share % 60).padStart(2, '0')}`;
  edit('deck.yaml', (t) => t.replace(/^minutes: .*/m, `minutes: ${minutes}`));
  writeFileSync(join(dir, '07-extra.md'), '## Extra\n\n- a point\n\nNote: What to say.\n');
  await expect.poll(async () => (await fetch(url)).text(), { timeout: 10_000 }).toMatch(new RegExp(`<section id="extra"[^>]* data-timing="${share}"`));
  await openDeck(page, url, '#/extra');
  const [speaker] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
  const slide = speaker.locator('[data-pace="slide"] strong');
  await slide.waitFor({ timeout: 10_000 });
  await expect.poll(() => slide.innerText()).toBe(clock);
  const rehearse = speaker.locator('#deck-rehearsal button').first();
  await rehearse.click();
  await rehearse.click();
  await expect.poll(() => speaker.locator('#deck-rehearsal-report tr[data-slide="extra"] td').nth(1).innerText(), { timeout: 10_000 }).toBe(clock);
});

it('saves two rehearsals sent at once one after the other, each into the files as the other left them', async () => {
  const url = server.resolvedUrls!.local[0]!;
  // Slides with no attribute line: the first save adds lines, and moves the slides under them.
  writeFileSync(join(dir, '07-more.md'), '## More\n\n- a point\n\nNote: n\n\n---\n\n## Still more\n\n- a point\n\nNote: n\n');
  await expect.poll(async () => (await fetch(url)).text(), { timeout: 10_000 }).toContain('id="still-more"');
  await openDeck(page, url);
  const ids = await page.$$eval('.reveal .slides > section', (s) => s.map((x) => x.id));
  const key = await page.evaluate(() => document.documentElement.dataset['timingsKey']!);
  const before = readdirSync(dir)
    .filter((n) => n.endsWith('.md'))
    .map((n) => readFileSync(join(dir, n), 'utf8'));
  // Two whole rehearsals, as a double click sends them.
  const bodies = [20, 60].map((s) => JSON.stringify({ deck: 't', date: '2026-11-29T10:00:00Z', slides: Object.fromEntries(ids.map((id) => [id, s])) }));
  const statuses = await page.evaluate(
    ({ bodies, key }) =>
      Promise.all(
        bodies.map(
          async (body) => (await fetch('/__deck/timings', { method: 'POST', headers: { 'Content-Type': 'application/json', 'x-deck-key': key }, body })).status,
        ),
      ),
    { bodies, key },
  );
  expect(statuses).toEqual([204, 204]);
  // Nothing but the timings changed, and the one saved last wins on every slide.
  const after = readdirSync(dir)
    .filter((n) => n.endsWith('.md'))
    .map((n) => readFileSync(join(dir, n), 'utf8'));
  const same = (t: string) => t.replace(/timing=\d+/g, 'timing=N').replace(/^\{timing=N\}\n\n/gm, '');
  expect(after.map(same)).toEqual(before.map(same));
  expect(after.at(-1)).toMatch(/^\{timing=(20|60)\}\n\n## More\n[^]*\n---\n\n\{timing=\1\}\n\n## Still more\n/);
  const { deck, diagnostics } = compileDeck(loadDeck(dir));
  expect(diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic)).toEqual([]);
  expect(new Set(deck.slides.map((s) => s.planned)).size).toBe(1);
  expect([20, 60]).toContain(deck.slides[0]!.planned);
  await expect.poll(() => page.evaluate(() => document.querySelector('.reveal.ready') !== null).catch(() => false), { timeout: 20_000 }).toBe(true);
});

it('answers a save that cannot be done with an error, and keeps running', async () => {
  const url = server.resolvedUrls!.local[0]!;
  await openDeck(page, url);
  const key = await page.evaluate(() => document.documentElement.dataset['timingsKey']!);
  const post = (body: string) =>
    page.evaluate(
      async ({ body, key }) => {
        const response = await fetch('/__deck/timings', { method: 'POST', headers: { 'Content-Type': 'application/json', 'x-deck-key': key }, body });
        return [response.status, await response.text()] as const;
      },
      { body, key },
    );
  // Nested 6,000 deep.
  const [status, message] = await post(`{"slides": {"title": ${'['.repeat(6000)}${']'.repeat(6000)}}}`);
  expect(status).toBe(400);
  expect(message).toContain('"title" has a list, not seconds');
  expect((await fetch(url)).status).toBe(200);
  // A slide file with a name so long that a temporary name built from it would be too long.
  const long = `07-${'x'.repeat(240)}.md`;
  await reloading(() => writeFileSync(join(dir, long), '{#long-name}\n## Long name\n\n- a point\n\nNote: n\n'));
  // Every slide rehearsed: the long-named file is written last, after the six others.
  const ids = await page.$$eval('.reveal .slides > section', (s) => s.map((x) => x.id));
  expect(ids.at(-1)).toBe('long-name');
  expect((await post(JSON.stringify({ deck: 't', date: '2026-11-29T10:00:00Z', slides: Object.fromEntries(ids.map((id) => [id, 42])) })))[0]).toBe(204);
  expect(readFileSync(join(dir, long), 'utf8')).toBe('{#long-name timing=40}\n## Long name\n\n- a point\n\nNote: n\n');
  expect(readFileSync(join(dir, '06-closing.md'), 'utf8')).toContain('timing=40}');
  expect(readdirSync(dir).filter((n) => n.startsWith('.deck-tmp-'))).toEqual([]);
  expect((await fetch(url)).status).toBe(200);
});

it('wraps a very long word or URL inside its slide', async () => {
  const url = server.resolvedUrls!.local[0]!;
  const long = `${'Ahugeword'.repeat(10)} https://example.org/${'a/very/long/path/'.repeat(6)}index.html`;
  writeFileSync(join(dir, '07-long.md'), `{#long}\n## Long\n\n${long}\n\nNote: n\n`);
  await expect.poll(async () => (await fetch(url)).text(), { timeout: 10_000 }).toContain('id="long"');
  await openDeck(page, url, '#/long');
  // The text's own extent, not its box: unwrapped text runs out of a box that stays put.
  const sticking = await page.$eval('section#long', (section) => {
    const box = section.getBoundingClientRect();
    return [...section.querySelectorAll('p')].filter((p) => {
      const range = document.createRange();
      range.selectNodeContents(p);
      return range.getBoundingClientRect().right > box.right + 1 || p.scrollWidth > p.clientWidth + 1;
    }).length;
  });
  expect(sticking).toBe(0);
});

it('reveals a fragments list item by item, and all at once with reduced motion', async () => {
  const url = server.resolvedUrls!.local[0]!;
  writeFileSync(join(dir, '07-steps.md'), '{#steps}\n## Steps\n\n::: fragments\n- first\n- second\n:::\n\nNote: One step at a time.\n');
  await expect.poll(async () => (await fetch(url)).text(), { timeout: 10_000 }).toContain('id="steps"');
  const steps = page;
  const shown = () => steps.$$eval('#steps li', (items) => items.map((li) => getComputedStyle(li).opacity));

  await openDeck(steps, url, '#/steps');
  await expect.poll(shown).toEqual(['0', '0']);
  await steps.keyboard.press('ArrowRight');
  await expect.poll(shown).toEqual(['1', '0']);

  await steps.emulateMedia({ reducedMotion: 'reduce' });
  await steps.reload();
  await steps.waitForSelector('.reveal.ready');
  expect(await shown()).toEqual(['1', '1']);
});

it('shows warnings in a panel that leaves the deck usable, and drops it once they are fixed', async () => {
  const url = server.resolvedUrls!.local[0]!;
  await openDeck(page, url, '#/outline');
  edit('02-outline.md', (t) => t.replace(/\nNote:[^\n]*\n/, '\n'));
  const panel = page.locator('.dev-warnings');
  await expect.poll(() => panel.textContent(), { timeout: 10_000 }).toContain('slide "outline" has no speaker notes');
  expect(await page.locator('vite-error-overlay').count()).toBe(0);
  // The slide is still there to press through.
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => presentId(page)).toBe('background');
  edit('02-outline.md', (t) => `${t.trimEnd()}\n\nNote: The outline.\n`);
  await expect.poll(() => panel.isHidden(), { timeout: 10_000 }).toBe(true);
});

it('keeps serving through input that once stopped it, and recovers from each', async () => {
  const url = server.resolvedUrls!.local[0]!;
  const original = readFileSync(join(dir, '02-outline.md'), 'utf8');
  const settings = readFileSync(join(dir, 'deck.yaml'), 'utf8');
  const cases: [string, () => void, RegExp][] = [
    [
      'a malformed escape in a slide link',
      () => edit('02-outline.md', (t) => t.replace('## Outline', '## Outline [x](#/%E0%A4)')),
      /link to a slide that does not exist/,
    ],
    [
      'an address too long for a QR code',
      () => edit('deck.yaml', (t) => t.replace(/url: .*/, `url: https://example.org/${'x'.repeat(3000)}`)),
      /url is too long/,
    ],
    [
      'a --- right under a line of text',
      () => edit('02-outline.md', (t) => t.replace(/## Outline.*/, (heading) => `${heading}\n\nSome text\n---`)),
      /--- right under a line of text/,
    ],
  ];
  for (const [what, breakIt, message] of cases) {
    await openDeck(page, url, '#/outline');
    breakIt();
    const overlay = page.locator('vite-error-overlay');
    await overlay.waitFor({ timeout: 10_000 }).catch(() => {
      throw new Error(`no overlay after ${what}`);
    });
    expect(await overlay.evaluate((el) => el.shadowRoot?.textContent ?? '')).toMatch(message);
    writeFileSync(join(dir, '02-outline.md'), original);
    writeFileSync(join(dir, 'deck.yaml'), settings);
    await page.waitForFunction(() => !document.querySelector('vite-error-overlay') && document.querySelector('.reveal.ready'), null, { timeout: 10_000 });
    expect((await fetch(url)).status).toBe(200);
  }
});

it('does not reload the deck being rehearsed when a build is written beside it', async () => {
  const url = server.resolvedUrls!.local[0]!;
  const rehearsal = await browser.newPage();
  // What the dev server tells the page: a reload of any page would show here.
  const told: string[] = [];
  rehearsal.on('websocket', (socket) => socket.on('framereceived', (frame) => told.push(String(frame.payload))));
  await openDeck(rehearsal, url, '#/outline');
  // Into the project the dev server watches, as `npm run build` writes dist/ (here a folder of the test's own).
  const out = mkdtempSync(join(process.cwd(), '.test-build-'));
  try {
    for (let i = 0; i < 2; i++) execFileSync(process.execPath, ['bin/deck.js', 'build', '--slides', dir, '--out', out]);
    // Then a mistake in a slide, which the page is told of: the watcher reports changes in the
    // order they happen, so a reload for the build would have come before it.
    const outline = join(dir, '02-outline.md');
    writeFileSync(outline, `${readFileSync(outline, 'utf8')}\n{{no_such_figure}}\n`);
    await expect.poll(() => told.some((message) => message.includes('no_such_figure')), { timeout: 10_000 }).toBe(true);
    expect(told.filter((message) => message.includes('reload'))).toEqual([]);
  } finally {
    rmSync(out, { recursive: true, force: true });
    await rehearsal.close();
  }
});

/** m:ss, as the speaker view writes a time. */
function clock(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** Seconds from the speaker view's m:ss. */
function seconds(text: string): number {
  return text.split(':').reduce((m, s) => m * 60 + Number(s), 0);
}
