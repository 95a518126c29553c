// The fit step: each content slide in the deck's body size, or its denser one only where the first
// would spill, the same on screen and on paper (design.test.ts measures the look itself).
import { describe, expect, inject, it } from 'vitest';
import { compileDeck } from '../../src/compile-deck.js';
import { loadDeck } from '../../src/load/load-deck.js';
import type { Page } from 'playwright-core';
import { LAPTOP, openDeck, PHONE, useChromium } from './chromium.js';
import { LAYOUTS_DECK } from './layouts-deck.js';

const url = inject('deckUrl');
const talk = compileDeck(loadDeck('slides'));
const { deck } = talk;
/** The talk's languages, its own first. */
const TALK_LANGUAGES = [deck.lang, ...talk.translations.map((t) => t.lang)];
/** The pillars are measured on the fixture deck of layouts, which has them whatever the talk has. */
const layoutsUrl = inject('layoutsUrl');
const layouts = compileDeck(loadDeck(LAYOUTS_DECK));
/** The fixture deck's languages, its own first: each is opened with ?lang=. */
const LANGUAGES = [layouts.deck.lang, ...layouts.translations.map((t) => t.lang)];
const browser = useChromium();

describe('the same design in print (the PDF, the pictures, the handout)', () => {
  for (const query of ['', '?lang=zh']) {
    it(`gives every slide the body size it has on screen, and nothing spills off a page${query && ', in Chinese'}`, async () => {
      const page = await browser().newPage({ viewport: { width: 1280, height: 720 } });
      await openDeck(page, `${url}${query}`);
      const onScreen = await page.$$eval('.reveal .slides > section', (s) => s.map((x) => `${x.id} ${x.dataset['fit'] ?? ''}`));
      await page.goto(`${url}?print-pdf${query.replace('?', '&')}`);
      await page.waitForFunction(() => 'printReady' in document.documentElement.dataset);
      const printed = await page.$$eval('.reveal .pdf-page > section', (s) => s.map((x) => `${x.id} ${x.dataset['fit'] ?? ''}`));
      expect(printed).toEqual(onScreen);
      const spilling = await page.$$eval('.reveal .pdf-page > section', (s) =>
        s.filter((x) => x.scrollHeight > x.clientHeight + 1 || x.scrollWidth > x.clientWidth + 1).map((x) => x.id),
      );
      expect(spilling).toEqual([]);
      await page.close();
    });
  }
});

declare global {
  interface Window {
    blocksOf: typeof blocksOf;
  }
}

/** Where each block of a slide is, in the slide's own pixels from its corner: headings, text, cards,
 *  the timeline's entries. */
function blocksOf(section: Element): string[] {
  const box = section.getBoundingClientRect();
  const k = 1280 / box.width;
  return [...section.querySelectorAll(':is(h1, h2, h3, p, li, figure, .callout, .timeline-entry):not(aside *)')]
    .filter((el) => el.getClientRects().length > 0)
    .map((el) => {
      const b = el.getBoundingClientRect();
      const at = [b.left - box.left, b.top - box.top, b.width, b.height].map((v) => Math.round(v * k));
      return `${el.localName}${el.className ? '.' + el.className : ''} ${at.join(' ')}`;
    });
}

describe('the slides on paper as on screen', () => {
  for (const lang of TALK_LANGUAGES) {
    it(`lays out every slide in print where the screen has it, in ${lang}`, async () => {
      const query = lang === TALK_LANGUAGES[0] ? '' : `lang=${lang}`;
      const page = await browser().newPage({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
      // The measure, in every page this tab opens.
      await page.addInitScript(`window.blocksOf = ${blocksOf.toString()}`);
      await page.goto(`${url}?print-pdf${query && '&' + query}`);
      await page.waitForFunction(() => 'printReady' in document.documentElement.dataset);
      const printed = await page.$$eval(`.reveal .pdf-page > section`, (sections) => sections.map((s) => ({ id: s.id, blocks: window.blocksOf(s) })));
      const wrong: string[] = [];
      for (const { id, blocks } of printed) {
        await openDeck(page, `${url}${query && '?' + query}`, `#/${id}`);
        const shown = await page.$eval(`.reveal .slides > section[id="${id}"]`, (s) => window.blocksOf(s));
        const moved = blocks.filter((b, i) => {
          const other = shown[i]?.split(' ');
          const mine = b.split(' ');
          return !other || other[0] !== mine[0] || mine.slice(1).some((v, j) => Math.abs(Number(v) - Number(other[j + 1])) > 2);
        });
        if (moved.length || shown.length !== blocks.length)
          wrong.push(`${id}: on paper ${moved.slice(0, 3).join('; ')} (${blocks.length} blocks, ${shown.length} on screen)`);
      }
      await page.close();
      expect(wrong).toEqual([]);
    });
  }
});

describe('the fit step', () => {
  it('sets a slide in the denser body size only where the regular one would spill, pillars slides in a row together, the title and closing slides together', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 720 } });
    for (const query of ['', '&lang=zh', '&lang=ru']) {
      await page.goto(`${url}?print-pdf${query}`);
      await page.waitForFunction(() => 'printReady' in document.documentElement.dataset);
      const measured = await page.$$eval('.reveal .pdf-page > section[data-fit]', (sections) =>
        sections.map((section) => {
          // Laid out alone at the slide's own size, as the fit step lays it out.
          const placed = section.style.cssText;
          const fit = section.dataset['fit'];
          section.style.cssText += ';display:flex;position:fixed;left:-20000px;top:0;width:1280px;height:720px';
          section.dataset['fit'] = 'regular';
          // Past the safe area counts as spilling too: the slide's padding is its safe margin.
          const box = section.getBoundingClientRect();
          const safeBottom = box.bottom - parseFloat(getComputedStyle(section).paddingBottom) * (box.height / (section as HTMLElement).offsetHeight || 1);
          const spills =
            section.scrollHeight > section.clientHeight + 0.5 ||
            section.scrollWidth > section.clientWidth + 0.5 ||
            [...section.children].some((child) => child.localName !== 'aside' && child.getBoundingClientRect().bottom > safeBottom + 0.5);
          section.dataset['fit'] = fit;
          section.style.cssText = placed;
          const end = section.classList.contains('layout-title') || section.classList.contains('layout-closing');
          return { id: section.id, fit, spills, pillars: section.classList.contains('layout-pillars'), end };
        }),
      );
      // A run of pillars slides (one table cut in two) is dense where one of them spills; the title
      // slide and its bookend, the closing slide, are dense where one of them spills.
      const ends = measured.filter((s) => s.end);
      const wrong = measured.flatMap((slide, i) => {
        let [first, last] = [i, i];
        while (slide.pillars && measured[first - 1]?.pillars) first--;
        while (slide.pillars && measured[last + 1]?.pillars) last++;
        const run = slide.end ? ends : measured.slice(first, last + 1);
        const spills = run.some((s) => s.spills);
        return (slide.fit === 'dense') === spills
          ? []
          : [`${slide.id} is ${slide.fit} but ${spills ? 'spills' : 'holds'} the regular size${run.length > 1 ? ' with its run' : ''}`];
      });
      // The run is the fit's: each of its slides fitted alike.
      if (ends.length > 1 && new Set(ends.map((s) => s.fit)).size > 1)
        wrong.push(`the title and closing slides are fitted apart: ${ends.map((s) => `${s.id} ${s.fit}`).join(', ')}`);
      expect(wrong).toEqual([]);
    }
    await page.close();
  });

  // A phone opens in the scroll view, each slide laid out as a page (the first before reveal.js):
  // the slide view, a tap away, shows each slide fitted as a slide all the same.
  it('fits every slide alike in the slide view whether the deck opened on a phone or a laptop, in every language', async () => {
    const fitsOf = (page: Page) =>
      page.$$eval('.reveal .slides section[data-fit]', (s) =>
        s.map((x) => `${x.getAttribute('lang') ?? ''} ${x.id} ${(x as HTMLElement).dataset['fit']}`).sort(),
      );
    for (const lang of TALK_LANGUAGES) {
      const laptop = await browser().newPage({ viewport: LAPTOP });
      await openDeck(laptop, `${url}?lang=${lang}`);
      const onLaptop = await fitsOf(laptop);
      await laptop.close();
      expect(onLaptop.length).toBeGreaterThan(0);
      const phone = await browser().newPage({ viewport: PHONE });
      await openDeck(phone, `${url}?lang=${lang}`);
      // The view switch's first button: Slides.
      await phone.click('.browse-switch > button:first-child');
      await phone.waitForFunction(() => !document.body.classList.contains('reveal-scroll'));
      // The slides not on screen are fitted when the browser is idle.
      await phone.waitForFunction((count) => document.querySelectorAll('.reveal .slides section[data-fit]').length >= count, onLaptop.length);
      expect(await fitsOf(phone), lang).toEqual(onLaptop);
      await phone.close();
    }
  });
});

describe('pillars slides in a row', () => {
  it('end their cards at one height, on the slides and on paper, in every language, and a phone stacks them at their own', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 720 } });
    const problems: string[] = [];
    // Each run of pillars slides: the foot of each card, from its slide's top.
    const feet = () =>
      page.$$eval('.reveal .slides section', (sections) => {
        const runs: { id: string; feet: number[] }[][] = [];
        let previous: Element | null = null;
        for (const section of sections.filter((s) => s.classList.contains('layout-pillars'))) {
          const follows = previous?.classList.contains('layout-pillars') && nextSlide(previous) === section;
          const slide = {
            id: section.id,
            feet: [...section.querySelectorAll(':scope > .grid > .cell')].map(
              (cell) => cell.getBoundingClientRect().bottom - section.getBoundingClientRect().top,
            ),
          };
          if (follows) runs.at(-1)!.push(slide);
          else runs.push([slide]);
          previous = section;
        }
        return runs.filter((run) => run.length > 1);
        function nextSlide(section: Element): Element | null {
          const all: Element[] = sections.filter((s) => !s.querySelector(':scope > section'));
          return all[all.indexOf(section) + 1] ?? null;
        }
      });
    for (const lang of LANGUAGES) {
      await page.goto(`${layoutsUrl}?print-pdf&lang=${lang}`);
      await page.waitForFunction(() => 'printReady' in document.documentElement.dataset);
      const runs = await feet();
      if (!runs.length) problems.push(`${lang}: no run of pillars slides to measure`);
      for (const run of runs) {
        const all = run.flatMap((slide) => slide.feet);
        if (Math.max(...all) - Math.min(...all) > 1)
          problems.push(
            `${lang}: the cards of ${run.map((s) => s.id).join(' and ')} end at ${run.map((s) => s.feet.map((f) => f.toFixed(0)).join('/')).join(' and ')} px`,
          );
      }
    }
    // On a phone the pillars stack, each as tall as its own words.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${layoutsUrl}?view=scroll`);
    await page.waitForFunction(() => 'fitted' in document.documentElement.dataset);
    const stacked = await page.$$eval('.reveal .layout-pillars > .grid > .cell', (cells) =>
      cells.flatMap((cell) => {
        const words = Math.max(...[...cell.children].map((child) => child.getBoundingClientRect().bottom)) + parseFloat(getComputedStyle(cell).paddingBottom);
        const room = cell.getBoundingClientRect().bottom - words;
        return room > 2 ? [`on a phone a pillar of ${cell.closest('section')!.id} runs ${room.toFixed(0)} px past its words`] : [];
      }),
    );
    problems.push(...stacked);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('a grid’s heading (a pillar’s, a plain cell’s)', () => {
  it('keeps room for a second line only where a heading beside it has one, in every language', async () => {
    const page = await browser().newPage({ viewport: { width: 1920, height: 1080 }, reducedMotion: 'reduce' });
    const problems: string[] = [];
    // Pillars slides in a row are measured together, as they are fitted; any other grid on its own.
    const runs: string[][] = [];
    for (const [i, slide] of layouts.deck.slides.entries()) {
      if (slide.layout === 'pillars' && layouts.deck.slides[i - 1]?.layout === 'pillars') runs.at(-1)!.push(slide.id);
      else if (slide.layout === 'pillars' || slide.html.includes('<div class="grid')) runs.push([slide.id]);
    }
    expect(runs.filter((run) => run.length > 1).length).toBeGreaterThan(0);
    expect(runs.filter((run) => layouts.deck.slides.find((s) => s.id === run[0])!.layout !== 'pillars').length).toBeGreaterThan(0);
    for (const lang of LANGUAGES) {
      for (const run of runs) {
        // Per pillar, in the slide's own pixels: its heading's lines, one line's height, the room its
        // heading's box leaves under its last line, and the room from that line to the first of
        // what follows it.
        const pillars: { id: string; row: number; heading: string; lines: number; line: number; spare: number; gap: number }[] = [];
        for (const id of run) {
          await openDeck(page, `${layoutsUrl}?lang=${lang}`, `#/${id}`);
          pillars.push(
            ...(await page.$eval('.reveal .slides > section.present', (section) => {
              const k = 1280 / section.getBoundingClientRect().width;
              const lineBoxes = (el: Element) => {
                const range = document.createRange();
                range.selectNodeContents(el);
                return [...range.getClientRects()].filter((b) => b.width > 1 && b.height > 0);
              };
              return [...section.querySelectorAll(':scope > .grid > .cell')].map((cell) => {
                const h3 = cell.querySelector(':scope > h3')!;
                const lines = lineBoxes(h3);
                const last = Math.max(...lines.map((b) => b.bottom));
                const next = Math.min(...lineBoxes(h3.nextElementSibling!).map((b) => b.top));
                return {
                  id: section.id,
                  row: Math.round(cell.getBoundingClientRect().top),
                  heading: (h3.textContent ?? '').trim().slice(0, 30),
                  lines: new Set(lines.map((b) => Math.round(b.top))).size,
                  line: parseFloat(getComputedStyle(h3).lineHeight),
                  spare: (h3.getBoundingClientRect().bottom - last) * k,
                  gap: (next - last) * k,
                };
              });
            })),
          );
        }
        const smallest = Math.min(...pillars.map((p) => p.gap));
        const oneLine = pillars.every((p) => p.lines === 1);
        for (const p of pillars) {
          const where = `${lang}, ${p.id}, "${p.heading}"`;
          // Room for the lines of the fullest heading beside it, and no more.
          const beside = Math.max(...pillars.filter((o) => o.id === p.id && o.row === p.row).map((o) => o.lines));
          if (p.spare > (beside - p.lines) * p.line + 2) problems.push(`${where}: its heading of ${p.lines} line(s) leaves ${p.spare.toFixed(1)} px under it`);
          // What follows a heading starts at most a line lower than under the run's closest one, and
          // where every heading is one line, at one distance (a fifth of a line: a hero number's
          // glyphs and a point's stand differently in their lines).
          const over = p.gap - smallest;
          if (over > 1.2 * p.line)
            problems.push(`${where}: ${p.gap.toFixed(1)} px from its heading to its first point, ${smallest.toFixed(1)} under the closest`);
          if (oneLine && over > 0.2 * p.line)
            problems.push(`${where}: ${p.gap.toFixed(1)} px from its one-line heading to its first point, ${smallest.toFixed(1)} under another`);
        }
      }
    }
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('a pillar’s figures', () => {
  it('hold their words still while their numbers count up, in every language', async () => {
    // Pillars slides whose numbers count, those beside their words first.
    const counting = layouts.deck.slides.filter((s) => s.layout === 'pillars' && s.html.includes('data-count-to'));
    expect(counting.length).toBeGreaterThan(0);
    // Opened on a slide that counts nothing, so that each of them is arrived at.
    const still = layouts.deck.slides.find((s) => !s.html.includes('data-count-to'))!;
    const moved: string[] = [];
    for (const lang of LANGUAGES) {
      for (const slide of counting) {
        // A page of its own each time: one the deck has already counted in counts no more.
        const page = await browser().newPage({ viewport: { width: 1920, height: 1080 } });
        await openDeck(page, `${layoutsUrl}?lang=${lang}`, `#/${still.id}`);
        // Every slide fitted: what moves then is the count's doing.
        await page.waitForFunction(() => 'fitted' in document.documentElement.dataset);
        // Where each figure's words stand in their pillar, at every change of the numbers, from
        // before the slide appears (the slide itself moves in as it is shown; hidden, it has no
        // places).
        await page.evaluate((id) => {
          const places: string[] = [];
          Object.assign(window, { wordPlaces: places });
          const section = document.getElementById(id)!;
          const read = () => {
            const words = [...section.querySelectorAll('.cell figcaption')].map((caption) => {
              const [own, cell] = [caption.getBoundingClientRect(), caption.closest('.cell')!.getBoundingClientRect()];
              return `${Math.round(own.left - cell.left)},${Math.round(own.top - cell.top)}`;
            });
            if (section.getClientRects().length) places.push(words.join(' '));
          };
          new MutationObserver(read).observe(section, { subtree: true, characterData: true, childList: true });
          read();
        }, slide.id);
        await page.evaluate((id) => (location.hash = `#/${id}`), slide.id);
        await page.waitForFunction(
          (id) =>
            [...document.querySelectorAll(`#${id} [data-count-to]`)].every((n) => n.hasAttribute('data-counted')) &&
            !document.querySelector(`#${id} [data-counting]`),
          slide.id,
        );
        const places = await page.evaluate(() => (window as unknown as { wordPlaces: string[] }).wordPlaces);
        expect(places.length, `${lang}, ${slide.id}: the count was seen`).toBeGreaterThan(2);
        const kinds = [...new Set(places)];
        if (kinds.length > 1) moved.push(`${lang}, ${slide.id}: the words stood at ${kinds.slice(0, 3).join(' | ')}`);
        await page.close();
      }
    }
    expect(moved).toEqual([]);
  });

  it('keep each figure’s words near its number, no number in its words’ column, and no words of three lines beside a column a long number widens', async () => {
    const page = await browser().newPage({ viewport: { width: 1920, height: 1080 }, reducedMotion: 'reduce' });
    const problems: string[] = [];
    const kinds = new Map<string, Set<boolean>>();
    const pillars = layouts.deck.slides.filter((s) => s.layout === 'pillars').map((s) => s.id);
    // Each pillars slide's run: the first slide of the pillars slides in a row it is one of.
    const runOf = new Map<string, string>();
    layouts.deck.slides.forEach((slide, i) => {
      if (slide.layout === 'pillars') runOf.set(slide.id, runOf.get(layouts.deck.slides[i - 1]?.id ?? '') ?? slide.id);
    });
    expect(pillars.length).toBeGreaterThan(1);
    for (const lang of LANGUAGES) {
      for (const id of pillars) {
        await openDeck(page, `${layoutsUrl}?lang=${lang}`, `#/${id}`);
        // Per pillar with two figures or more, in the slide's own pixels: each number's width, the
        // room from its ink to its words, its words' most lines, and where the words' column starts.
        const cells = await page.$eval('.reveal .slides > section.present', (section) => {
          const k = 1280 / section.getBoundingClientRect().width;
          const ink = (el: Element) => {
            const range = document.createRange();
            range.selectNodeContents(el);
            return [...range.getClientRects()].filter((b) => b.width > 1 && b.height > 0);
          };
          const bounds = (boxes: DOMRect[]) => ({
            left: Math.min(...boxes.map((b) => b.left)),
            right: Math.max(...boxes.map((b) => b.right)),
            top: Math.min(...boxes.map((b) => b.top)),
            bottom: Math.max(...boxes.map((b) => b.bottom)),
          });
          return [...section.querySelectorAll(':scope > .grid > .cell')].map((cell) => ({
            heading: (cell.querySelector('h3')?.textContent ?? '').trim().slice(0, 30),
            figures: [...cell.querySelectorAll('.callouts > .callout')].map((figure) => {
              const number = bounds(ink(figure.querySelector('.callout-value')!));
              const words = bounds(ink(figure.querySelector('figcaption')!));
              const across = Math.max(0, words.left - number.right, number.left - words.right);
              const down = Math.max(0, words.top - number.bottom, number.top - words.bottom);
              return {
                number: (figure.querySelector('.callout-value')?.textContent ?? '').trim(),
                width: (number.right - number.left) * k,
                room: Math.hypot(across, down) * k,
                lines: Math.max(
                  ...[...figure.querySelectorAll('.callout-unit, .callout-label')].map((el) => new Set(ink(el).map((b) => Math.round(b.top))).size),
                ),
                column: (figure.querySelector('figcaption')!.getBoundingClientRect().left - cell.getBoundingClientRect().left) * k,
                // Its words under it, from its left; else beside it, where its ink must end.
                stacked: words.top > (number.top + number.bottom) / 2 && Math.abs(words.left - number.left) <= 2,
                intrudes: (number.right - figure.querySelector('figcaption')!.getBoundingClientRect().left) * k,
              };
            }),
          }));
        });
        // A run of pillars is one table: its figures stand over their words in every pillar, or
        // beside them in every pillar, and a number beside its words ends before their column.
        for (const f of cells.flatMap((c) => c.figures)) {
          const run = `${lang}, the run from ${runOf.get(id)!}`;
          kinds.set(run, (kinds.get(run) ?? new Set()).add(f.stacked));
          if (!f.stacked && f.intrudes > 0) problems.push(`${lang}, ${id}: "${f.number}" runs ${f.intrudes.toFixed(0)} px into its words' column`);
        }
        for (const cell of cells.filter((c) => c.figures.length > 1)) {
          const where = `${lang}, ${id}, "${cell.heading}"`;
          // A figure's words stand by their number: a table's column, not across a gulf (100 px of
          // the slide's 1280, 150 at 1080p).
          for (const f of cell.figures) if (f.room > 100) problems.push(`${where}: the words of "${f.number}" stand ${f.room.toFixed(0)} px from it`);
          // And far enough to read as a number and its caption, not one run ("200,000+ people"):
          // the widest number beside its words, 32 px of the slide's 1280 less its side bearings.
          const beside = cell.figures.filter((f) => !f.stacked);
          const closest = Math.min(...beside.map((f) => f.room));
          if (beside.length && closest < 28) problems.push(`${where}: a number stands ${closest.toFixed(0)} px from its words`);
          // The numbers' column no wider than its second widest number needs, where words run to three lines.
          const [, second] = cell.figures.map((f) => f.width).sort((a, b) => b - a);
          const column = Math.min(...cell.figures.map((f) => f.column)) - 16;
          for (const f of cell.figures) {
            if (f.lines > 2 && column > second! + 1)
              problems.push(
                `${where}: the words of "${f.number}" run to ${f.lines} lines beside a numbers' column of ${column.toFixed(0)} px, where ${second!.toFixed(0)} would do`,
              );
          }
        }
      }
    }
    for (const [run, kind] of kinds) if (kind.size > 1) problems.push(`${run}: some figures stand over their words, others beside them`);
    // The fixture has both: a run with a long number, and a slide whose numbers are alike.
    expect(new Set([...kinds.values()].flatMap((kind) => [...kind])).size).toBe(2);
    // On a phone every figure's words stand under its number, a long one's too.
    await page.setViewportSize({ width: 390, height: 844 });
    for (const lang of LANGUAGES) {
      await page.goto(`${layoutsUrl}?view=scroll&lang=${lang}`);
      await page.waitForFunction(() => 'fitted' in document.documentElement.dataset);
      const stacked = await page.$$eval('.reveal .layout-pillars .callouts > .callout', (figures) =>
        figures.flatMap((figure) => {
          const number = figure.querySelector('.callout-value')!.getBoundingClientRect();
          const words = figure.querySelector('figcaption')!.getBoundingClientRect();
          return words.top < number.bottom - 1 || Math.abs(words.left - number.left) > 1
            ? [(figure.querySelector('.callout-value')!.textContent ?? '').trim()]
            : [];
        }),
      );
      for (const figure of stacked) problems.push(`${lang}, on a phone: the words of "${figure}" are not under its number`);
    }
    expect(problems).toEqual([]);
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
      const shown = await page.$eval('.reveal .slides > section.present', (s) => ({
        id: s.id,
        size: s.dataset['fit'],
        spills: s.scrollHeight > s.clientHeight + 1,
      }));
      if (shown.id !== slide.id) problems.push(`${slide.id}: ${shown.id} is shown instead`);
      if (['default', 'pillars'].includes(slide.layout) && !shown.size) problems.push(`${slide.id}: shown before it was fitted`);
      if (shown.spills) problems.push(`${slide.id}: spills off its slide`);
    }
    expect(problems).toEqual([]);
    await page.close();
  });
});
