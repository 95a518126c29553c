// The first slide paints with the page, before reveal.js has run (or with no script at all),
// where and as large as reveal then shows it: nothing moves when the script takes over.
import { describe, expect, inject, it } from 'vitest';
import { LAPTOP, newPage, PHONE, PROJECTOR, useChromium } from './chromium.js';

const browser = useChromium();
const url = inject('deckUrl');

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where the first slide's heading and its last line of text are on screen. */
async function firstSlideBoxes(viewport: { width: number; height: number }, javaScriptEnabled: boolean): Promise<Box[]> {
  const page = await newPage(browser(), viewport, { javaScriptEnabled });
  try {
    await page.goto(url);
    if (javaScriptEnabled) await page.waitForSelector('.reveal.ready');
    await page.evaluate(() => document.fonts.ready);
    return await page.$$eval('.reveal .slides > section:first-child > :is(h1, p:last-of-type)', (elements) =>
      elements.map((e) => {
        const { x, y, width, height } = e.getBoundingClientRect();
        return { x, y, width, height };
      }),
    );
  } finally {
    await page.context().close();
  }
}

describe('the first paint', () => {
  for (const viewport of [PROJECTOR, { width: 1920, height: 1080 }, { width: 1024, height: 768 }]) {
    it(`shows the first slide without the script, where reveal.js puts it, at ${viewport.width}×${viewport.height}`, async () => {
      const before = await firstSlideBoxes(viewport, false);
      const after = await firstSlideBoxes(viewport, true);
      expect(before).toHaveLength(2);
      // On screen and of a readable size, not collapsed or hidden.
      for (const box of before) {
        expect(box.width).toBeGreaterThan(100);
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
      }
      for (const [i, box] of before.entries()) {
        for (const side of ['x', 'y', 'width', 'height'] as const) expect(Math.abs(box[side] - after[i]![side]), `${side} of box ${i}`).toBeLessThan(1.5);
      }
    });
  }

  // Chinese waits for the Chinese face, which no system face stands in for (index.html).
  for (const [language, query, files] of [
    ['English', '', 'a font or a script'],
    ['Chinese', '?lang=zh', 'a script'],
  ] as const) {
    const held = files === 'a script' ? /\.js$/ : /\.(woff2|js)$/;
    for (const viewport of [PHONE, LAPTOP]) {
      it(`paints the first slide in ${language} before it asks for ${files}, at ${viewport.width}×${viewport.height}`, async () => {
        const page = await newPage(browser(), viewport);
        try {
          await page.goto(url + query);
          await page.waitForSelector('.reveal.ready');
          await page.evaluate(() => document.fonts.ready);
          // Its largest text on screen, then the files: on a slow network each would hold it back.
          const { painted, requested } = await page.evaluate(async (held) => {
            const paints = await new Promise<PerformanceEntryList>((done) =>
              new PerformanceObserver((list) => done(list.getEntries())).observe({ type: 'largest-contentful-paint', buffered: true }),
            );
            const files = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) =>
              new RegExp(held).test(new URL(e.name).pathname),
            );
            return { painted: paints[0]!.startTime, requested: files.map((e) => ({ file: new URL(e.name).pathname, at: e.startTime })) };
          }, held.source);
          expect(requested.length).toBeGreaterThan(0);
          expect(requested.filter((r) => r.at < painted)).toEqual([]);
        } finally {
          await page.context().close();
        }
      });
    }
  }

  // A phone on a slow network waits for each byte before the Chinese title shows: the page asks for
  // its opening slide's faces from its head, as it is read, and for nothing more.
  it('paints the Chinese opening slide in faces cut to its characters, asked for from the head', async () => {
    const page = await newPage(browser(), PHONE);
    try {
      await page.goto(url + '?lang=zh');
      await page.waitForSelector('.reveal.ready');
      await page.evaluate(() => document.fonts.ready);
      const seen = await page.evaluate(async () => {
        const paints = await new Promise<PerformanceEntryList>((done) =>
          new PerformanceObserver((list) => done(list.getEntries())).observe({ type: 'largest-contentful-paint', buffered: true }),
        );
        const before = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
          .filter((e) => e.name.endsWith('.woff2') && e.startTime < paints[0]!.startTime)
          .map((e) => ({ file: new URL(e.name).pathname, by: e.initiatorType }));
        // Each face of a stylesheet: family, weight, the code points it holds (all, without a range) and its file.
        const facesOf = (id: string) =>
          [...((document.getElementById(id) as HTMLStyleElement | null)?.sheet?.cssRules ?? [])]
            .filter((rule): rule is CSSFontFaceRule => rule instanceof CSSFontFaceRule)
            .map((rule) => {
              const get = (name: string) => rule.style.getPropertyValue(name);
              const spans = get('unicode-range')
                ? get('unicode-range')
                    .split(',')
                    .map((part) =>
                      part
                        .trim()
                        .slice(2)
                        .split('-')
                        .map((hex) => parseInt(hex, 16)),
                    )
                    .map(([from = 0, to = from]) => [from, to] as const)
                : [[0, 0x10ffff] as const];
              return {
                family: get('font-family').replace(/["']/g, ''),
                weight: Number(get('font-weight')),
                holds: (c: number) => spans.some(([from, to]) => from <= c && c <= to),
                file: new URL(/url\("?([^")]+)/.exec(get('src'))![1]!, location.href).pathname,
              };
            });
        const deck = facesOf('deck-faces');
        const opening = facesOf('deck-opening-faces');
        // Every character of the Chinese opening slide, in the face the deck draws it in: the first
        // family of its element's font list with a face of its weight that holds it.
        // Its notes too, under it on a phone's first page.
        const missing = new Set<string>();
        const slide = document.querySelector('.reveal .slides section[lang|="zh"]')!;
        const notes = slide.closest('.scroll-page')?.querySelector('aside.notes');
        const texts = [slide, notes].flatMap((root) => {
          if (!root) return [];
          const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
          const nodes: Node[] = [];
          for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node);
          return nodes;
        });
        for (const node of texts) {
          const style = getComputedStyle(node.parentElement!);
          const written = node.textContent!.trim().replace(/\s+/g, ' ');
          const text = style.textTransform === 'uppercase' ? written.toUpperCase() : written;
          if (!text) continue;
          const weight = Number(style.fontWeight) >= 600 ? 700 : 400;
          const families = style.fontFamily.split(',').map((f) => f.trim().replace(/["']/g, ''));
          for (const c of new Set(text)) {
            const code = c.codePointAt(0)!;
            const family = families.find((f) => deck.some((face) => face.family === f && face.weight === weight && face.holds(code)));
            if (family && !opening.some((face) => face.family === family && face.weight === weight && face.holds(code)))
              missing.add(`${family} ${weight} ${c}`);
          }
        }
        return { before, openingFiles: [...new Set(opening.map((face) => face.file))], missing: [...missing] };
      });
      expect(seen.openingFiles.length).toBeGreaterThan(0);
      expect(seen.missing).toEqual([]);
      // Only those faces before the paint, each asked for by a preload in the head. (Under a busy
      // machine one may be asked for a second time by the deck's faces, which hold a rule for the
      // same file: a host's cache answers that one.)
      expect([...new Set(seen.before.map((r) => r.file))].sort()).toEqual([...seen.openingFiles].sort());
      for (const file of seen.openingFiles)
        expect(
          seen.before.filter((r) => r.file === file && r.by === 'link'),
          file,
        ).not.toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  // A phone's first page is the scroll view's, its notes under it: they are drawn with it, where the
  // scroll view puts them, or they come later as the page's largest paint, which a phone's
  // largest contentful paint then waits for (the deck's script, its faces).
  for (const [language, query] of [
    ['English', ''],
    ['Chinese', '?lang=zh'],
  ] as const) {
    it(`draws the first page's notes with it on a phone, in ${language}, where the scroll view puts them`, async () => {
      const notesBoxes = async (script: boolean) => {
        const page = await newPage(browser(), PHONE);
        try {
          // Without the deck's script the page stays as it was first painted.
          if (!script) await page.route('**/assets/*.js', (route) => route.abort());
          await page.goto(url + query);
          if (script) await page.waitForSelector('.reveal.ready');
          await page.evaluate(() => document.fonts.ready);
          return await page.evaluate(async () => {
            const slide = document.querySelector('.reveal .slides section:not([hidden])')!;
            const notes = slide.querySelector(':scope > aside.notes') ?? slide.closest('.scroll-page')?.querySelector('aside.notes');
            const paints = await new Promise<PerformanceEntryList>((done) =>
              new PerformanceObserver((list) => done(list.getEntries())).observe({ type: 'largest-contentful-paint', buffered: true }),
            );
            const script = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((e) => e.name.endsWith('.js'));
            return {
              lines: [...(notes?.querySelectorAll('p') ?? [])].map((p) => {
                const { x, y, width, height } = p.getBoundingClientRect();
                return { x, y, width, height, text: p.textContent };
              }),
              latePaints: script ? paints.filter((e) => e.startTime > script.startTime).length : 0,
            };
          });
        } finally {
          await page.context().close();
        }
      };
      const before = await notesBoxes(false);
      const after = await notesBoxes(true);
      expect(before.lines.length).toBe(after.lines.length);
      for (const [i, line] of before.lines.entries()) {
        expect(line.width, `paragraph ${i} drawn`).toBeGreaterThan(100);
        for (const side of ['x', 'y', 'width', 'height'] as const)
          expect(Math.abs(line[side] - after.lines[i]![side]), `${side} of paragraph ${i}`).toBeLessThan(1.5);
      }
      expect(after.latePaints).toBe(0);
    });
  }

  // The Chinese opening slide the page paints first stands beside the English slides until the
  // deck's code swaps the Chinese ones in: its copy must not take an id of theirs (#/title, a
  // test or a link run at that moment would find two).
  it('never has two elements of one id while the Chinese opening slide is painted first', async () => {
    const page = await newPage(browser(), LAPTOP);
    try {
      await page.addInitScript(() => {
        const seen: string[] = [];
        const watch = { duplicateIds: seen, placed: false };
        (window as unknown as { watch: typeof watch }).watch = watch;
        const check = () => {
          watch.placed ||= !!document.querySelector('.reveal .slides > section[data-opening]');
          const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
          for (const id of ids.filter((id, i) => ids.indexOf(id) !== i)) if (!seen.includes(id)) seen.push(id);
        };
        new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['id'] });
      });
      await page.goto(url + '?lang=zh');
      await page.waitForSelector('.reveal.ready');
      // The copy painted first was there, and is gone once the Chinese slides are in.
      const watch = await page.evaluate(() => (window as unknown as { watch: { duplicateIds: string[]; placed: boolean } }).watch);
      expect(watch.placed).toBe(true);
      expect(await page.$$eval('.reveal .slides > section[data-opening]', (s) => s.length)).toBe(0);
      expect(watch.duplicateIds).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  for (const [opening, path] of [
    ['on another slide', '#/pillars-in-figures'],
    ['in the scroll view', '?view=scroll'],
  ]) {
    it(`shows no slide before reveal.js when the deck opens ${opening}, rather than the wrong one`, async () => {
      const page = await newPage(browser(), PROJECTOR);
      try {
        // The deck's own script never arrives: what shows is what shows before it runs.
        await page.route('**/assets/*.js', (route) => route.abort());
        await page.goto(url);
        const shown = () => page.$$eval('.reveal .slides > section', (sections) => sections.filter((s) => getComputedStyle(s).display !== 'none').length);
        expect(await shown()).toBe(1);
        await page.goto(url + path);
        await page.reload();
        expect(await shown()).toBe(0);
      } finally {
        await page.context().close();
      }
    });
  }
});
