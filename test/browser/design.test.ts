// The deck's look, measured on every slide as a keynote designer would hold it, in each of its
// languages at 1920 × 1080: one title size and at most two body sizes, everything inside the safe area,
// content starting at one place under the title, the accent kept for numbers, hero numbers clear
// of their card's edge, and lines that break only between words. Each failure names the slide and
// the rule.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { compileDeck } from '../../src/compile-deck.js';
import { loadDeck } from '../../src/load/load-deck.js';
import { COLOURS } from '../../src/theme.js';
import { openDeck, useChromium } from './chromium.js';
import { LAYOUTS_DECK } from './layouts-deck.js';

const url = inject('deckUrl');
const compiled = compileDeck(loadDeck('slides'));
const { deck } = compiled;
/** The fixture deck of layouts, which has a timeline that ends its slide whatever the talk has. */
const layoutsUrl = inject('layoutsUrl');
const layouts = compileDeck(loadDeck(LAYOUTS_DECK));
const browser = useChromium();
const HD = { width: 1920, height: 1080 };
/** The safe area, a share of the slide's width and height on every side. */
const SAFE = 0.06;
const CONTENT = ['default', 'pillars'];
/** A sub-point's size, and a card's unit's: one step below the body. */
const SUB_STEP = 0.889;

/** What the page tells of the slide on screen, in screen pixels. */
interface Measured {
  slide: { left: number; top: number; right: number; bottom: number; width: number; height: number };
  /** Boxes of everything drawn on the slide: text (one per line) and elements with a border or background. */
  boxes: { what: string; left: number; top: number; right: number; bottom: number }[];
  /** The text's own boxes, one a line of each text node. */
  texts: { what: string; left: number; top: number; right: number; bottom: number }[];
  title?: { px: number; ruleBottom: number };
  /** The top of the first thing under the title, and the bottom of the last. */
  content?: { top: number; bottom: number };
  /** What a reader sees under the title, from its top to its foot: text, pictures, tints and rules,
   *  not the boxes that hold them, which may stretch to the slide's foot with nothing drawn there. */
  ink?: { top: number; bottom: number };
  /** The size of a title slide's title or a closing slide's thanks, the deck's largest type. */
  display?: number;
  /** The least room between the display type and the text above or below it. */
  displayRoom?: number;
  /** A title slide's foot: the room a reader sees between one row of names and the next. */
  footGaps: number[];
  /** Figures in the cells of each grid: per cell, its row's top, whether they come first under its
   *  heading, and the top and bottom of each. */
  cellFigures: { cell: string; row: number; first: boolean; figures: { top: number; bottom: number }[] }[][];
  /** Tinted cells of grids: the top of their row, their bottom, their bottom padding, and the
   *  bottom of what they show (their text). */
  tintedCells: { cell: string; row: number; bottom: number; padding: number; ink: number }[];
  /** Items of a list that goes on after a cell's figures: the left edge of their text and of their
   *  cell, their weight, and whether a marker is drawn before them. */
  figureRows: { text: string; left: number; cell: number; weight: number; marked: boolean }[];
  /** The widest room between two blocks of what the slide shows under its title, and the block under it. */
  band?: { room: number; under: string };
  /** Quoted terms a timeline keeps whole: their text and how many lines they take. */
  timelineTerms: { text: string; lines: number }[];
  /** Whether a timeline ends the slide (nothing shown after it). */
  endsWithTimeline: boolean;
  /** Each hero number's width, and the width of its text set in the face's own figures. */
  heroWidths: { text: string; width: number; proportional: number }[];
  /** Font sizes of body text (top-level list items and paragraphs) and of sub-points. */
  body: number[];
  sub: number[];
  smallest: { px: number; text: string };
  words: { all: number; accent: number };
  /** Hero numbers and the distance of their text from each edge of their card. */
  heroes: { text: string; gap: number }[];
  /** Each block of text, and where its lines break (the index of the first character of each new line). */
  lines: { text: string; breaks: number[]; widths: number[]; lang: string }[];
  chrome: { what: string; left: number; top: number; right: number; bottom: number }[];
  /** The slide's sizes in its own pixels: its body (as fitted), the deck's caption and title. */
  scale: { body: number; caption: number; title: number };
  /** The fit step's choice for the slide, `regular` or `dense`. */
  fit?: string;
  /** The words of cards (unit, label, detail) and their size in the slide's own pixels. */
  cardWords: { text: string; px: number }[];
  /** A section slide's label ("Part 2 of 3"): the top of its box. */
  partLabel?: number;
  /** Strong rules (a top border of 3 px or more) other than the title's: their top, and whether
   *  they are a panel's edge: a tinted one's, or a pillar's, a card its rule alone draws. */
  rules: { what: string; top: number; panel: boolean }[];
}

function measure(page: Page, accent: string): Promise<Measured> {
  return page.$eval(
    '.reveal .slides > section.present',
    (section, accent) => {
      const r = (b: DOMRect) => ({ left: b.left, top: b.top, right: b.right, bottom: b.bottom });
      const slideBox = section.getBoundingClientRect();
      const scale = slideBox.width / 1280;
      const hidden = (el: Element) => !!el.closest('aside.notes, .visually-hidden');
      const boxes: Measured['boxes'] = [];
      const texts: Measured['texts'] = [];
      const body: number[] = [];
      const sub: number[] = [];
      let smallest = { px: Infinity, text: '' };
      const words = { all: 0, accent: 0 };
      // Words as the language has them: Chinese cut by its dictionary, as the build cuts it.
      const segmenters = new Map<string, Intl.Segmenter>();
      const count = (text: string, lang: string) => {
        if (!segmenters.has(lang)) segmenters.set(lang, new Intl.Segmenter(lang, { granularity: 'word' }));
        // A number with its scale (200多, 1.5万) is one word, as 200,000 is.
        return [...segmenters.get(lang)!.segment(text.replace(/\d[\d.,]*[多万亿]*/g, '0'))].filter((s) => s.isWordLike).length;
      };
      const walker = document.createTreeWalker(section, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node.parentElement!;
        const text = node.textContent ?? '';
        if (!text.trim() || hidden(el)) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const rects = [...range.getClientRects()].filter((b) => b.width > 0 && b.height > 0);
        if (!rects.length) continue;
        for (const b of rects) {
          boxes.push({ what: `text "${text.trim().slice(0, 30)}"`, ...r(b) });
          texts.push({ what: text.trim().slice(0, 30), ...r(b) });
        }
        const style = getComputedStyle(el);
        const px = parseFloat(style.fontSize) * scale;
        if (px < smallest.px) smallest = { px, text: text.trim().slice(0, 30) };
        const n = count(text, el.closest('[lang]')?.getAttribute('lang') ?? 'en');
        words.all += n;
        if (style.color === accent) words.accent += n;
        const item = el.closest('li, p');
        if (item && !el.closest('.callout, .agenda, .timeline, .part-map, .layout-title, .layout-closing, .untranslated, h1, h2, h3')) {
          (item.closest('ul ul, ol ol') ? sub : body).push(Math.round(px * 10) / 10);
        }
      }
      for (const el of section.querySelectorAll<HTMLElement>('*')) {
        if (hidden(el)) continue;
        const style = getComputedStyle(el);
        const drawn =
          style.backgroundColor !== 'rgba(0, 0, 0, 0)' ||
          parseFloat(style.borderTopWidth) > 0 ||
          parseFloat(style.borderBottomWidth) > 0 ||
          el.tagName === 'svg' ||
          el.tagName === 'IMG';
        const b = el.getBoundingClientRect();
        if (drawn && b.width > 0 && b.height > 0) boxes.push({ what: `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''}`, ...r(b) });
      }
      const h2 = section.querySelector(':scope > h2');
      const next = h2?.nextElementSibling;
      const shown = [...section.children].filter((c) => c !== h2 && !c.matches('aside.notes') && c.getClientRects().length > 0);
      const ruleBottom = h2?.getBoundingClientRect().bottom;
      let ink: Measured['ink'];
      if (ruleBottom !== undefined) {
        const seen: [number, number][] = texts.map((t) => [t.top, t.bottom]);
        for (const el of section.querySelectorAll<HTMLElement>('*')) {
          if (hidden(el) || el === h2) continue;
          const b = el.getBoundingClientRect();
          if (b.width === 0 || b.height === 0) continue;
          const style = getComputedStyle(el);
          if (style.backgroundColor !== 'rgba(0, 0, 0, 0)' || el.tagName === 'svg' || el.tagName === 'IMG') seen.push([b.top, b.bottom]);
          const [top, bottom] = [parseFloat(style.borderTopWidth), parseFloat(style.borderBottomWidth)];
          if (top > 0) seen.push([b.top, b.top + top]);
          if (bottom > 0) seen.push([b.bottom - bottom, b.bottom]);
        }
        const under = seen.filter(([top]) => top >= ruleBottom - 0.5);
        if (under.length) ink = { top: Math.min(...under.map(([t]) => t)), bottom: Math.max(...under.map(([, b]) => b)) };
      }
      const big = section.querySelector(':scope > h1, .layout-closing h2');
      const display = big ? parseFloat(getComputedStyle(big).fontSize) * scale : undefined;
      // The room between the display type and the lines above and below it: the event's line, and
      // the next block (the speaker's name).
      const around = (el: Element | null | undefined) => el?.getBoundingClientRect();
      const bigBox = around(big);
      const aboveBox = around(big?.previousElementSibling ?? section.querySelector('.closing-event'));
      const belowBox = around(big?.nextElementSibling);
      const displayRoom = bigBox && aboveBox && belowBox ? Math.min(bigBox.top - aboveBox.bottom, belowBox.top - bigBox.bottom) : undefined;
      const inkOf = (el: Element) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        const lines = [...range.getClientRects()].filter((b) => b.height > 0);
        return { top: Math.min(...lines.map((b) => b.top)), bottom: Math.max(...lines.map((b) => b.bottom)) };
      };
      const footNames = [...section.querySelectorAll(':scope.layout-title > ul > li')];
      const columns = getComputedStyle(footNames[0]?.parentElement ?? section).gridTemplateColumns.split(' ').length;
      const footRows = Array.from({ length: Math.ceil(footNames.length / columns) }, (_, r) => footNames.slice(r * columns, (r + 1) * columns).map(inkOf));
      const footGaps = footRows.slice(1).map((row, r) => Math.min(...row.map((b) => b.top)) - Math.max(...footRows[r]!.map((b) => b.bottom)));
      const cellFigures = [...section.querySelectorAll('.grid')].map((grid) =>
        [...grid.querySelectorAll<HTMLElement>(':scope > .cell')].map((cell) => {
          const callouts = cell.querySelector(':scope > .callouts');
          return {
            cell: (cell.querySelector('h3')?.textContent ?? '').trim().slice(0, 30),
            row: Math.round(cell.getBoundingClientRect().top),
            first: !!callouts && callouts.previousElementSibling?.matches('h3') === true,
            figures: [...(callouts?.querySelectorAll(':scope > .callout') ?? [])].map((c) => {
              const b = c.getBoundingClientRect();
              return { top: b.top, bottom: b.bottom };
            }),
          };
        }),
      );
      const tintedCells = [...section.querySelectorAll<HTMLElement>('.grid > .cell')]
        .filter((cell) => getComputedStyle(cell).backgroundColor !== 'rgba(0, 0, 0, 0)')
        .map((cell) => {
          const box = cell.getBoundingClientRect();
          let ink = box.top;
          const walk = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
          for (let node = walk.nextNode(); node; node = walk.nextNode()) {
            if (!node.textContent?.trim() || hidden(node.parentElement!)) continue;
            const range = document.createRange();
            range.selectNodeContents(node);
            for (const b of range.getClientRects()) if (b.height > 0) ink = Math.max(ink, b.bottom);
          }
          const padding = parseFloat(getComputedStyle(cell).paddingBottom) * scale;
          return { cell: (cell.querySelector('h3')?.textContent ?? '').trim().slice(0, 30), row: Math.round(box.top), bottom: box.bottom, padding, ink };
        });
      const figureRows = [...section.querySelectorAll<HTMLElement>('.cell > .callouts + :is(ul, ol) > li')].map((li) => {
        const range = document.createRange();
        range.selectNodeContents(li);
        const cell = li.closest('.cell')!.getBoundingClientRect().left;
        const style = getComputedStyle(li);
        const marked = style.display === 'list-item' && getComputedStyle(li.parentElement!).listStyleType !== 'none';
        return { text: (li.textContent ?? '').trim().slice(0, 30), left: range.getBoundingClientRect().left, cell, weight: Number(style.fontWeight), marked };
      });
      const timelineTerms = [...section.querySelectorAll<HTMLElement>('.timeline-term')].map((term) => {
        const range = document.createRange();
        range.selectNodeContents(term);
        return { text: term.textContent ?? '', lines: new Set([...range.getClientRects()].filter((b) => b.width > 1).map((b) => Math.round(b.top))).size };
      });
      // A copy beside each number, in the face's own figures: as wide as the number, unless the
      // number is set in other figures, as tabular figures set a hyphen (3-й) as wide as a digit.
      const heroWidths = [...section.querySelectorAll<HTMLElement>('.callout-number')].map((number) => {
        const value = number.closest('.callout-value')!;
        const copy = value.cloneNode(true) as HTMLElement;
        for (const el of [copy, ...copy.querySelectorAll<HTMLElement>('*')]) el.style.fontVariantNumeric = 'normal';
        copy.style.position = 'absolute';
        copy.style.visibility = 'hidden';
        value.after(copy);
        const proportional = copy.querySelector('.callout-number')!.getBoundingClientRect().width;
        copy.remove();
        return { text: number.textContent ?? '', width: number.getBoundingClientRect().width, proportional };
      });
      const heroes = [...section.querySelectorAll<HTMLElement>('.callout-value')]
        .filter((v) => !v.closest('.cell'))
        .map((v) => {
          const el = v.closest('.callout')!;
          const card = el.getBoundingClientRect();
          const range = document.createRange();
          range.selectNodeContents(v);
          const t = range.getBoundingClientRect();
          // The edges a reader sees: all four of a tinted card, only the ruled ones of a card on the
          // slide's white (a figure may line up with its rule's end, as text lines up with the title).
          const style = getComputedStyle(el);
          const tinted = !/^rgba\(.*,\s*0\)$|^transparent$/.test(style.backgroundColor);
          const seen = (side: 'left' | 'right' | 'top' | 'bottom') => tinted || parseFloat(style.getPropertyValue(`border-${side}-width`)) > 0;
          const gaps = [
            seen('left') ? t.left - card.left : Infinity,
            seen('right') ? card.right - t.right : Infinity,
            seen('top') ? t.top - card.top : Infinity,
            seen('bottom') ? card.bottom - t.bottom : Infinity,
          ];
          return { text: v.textContent ?? '', gap: Math.min(...gaps) };
        });
      // Where each block's lines break: the first character of each line after the first.
      const lines: Measured['lines'] = [];
      for (const block of section.querySelectorAll<HTMLElement>(
        'h1, h2, .title-text, h3, p, li, .line, .timeline-text, .callout-unit, .callout-label, .callout-detail, .agenda-slides, .agenda-part',
      )) {
        // Blocks of lines only: one that holds other blocks (a timeline's year and words) is read through them.
        if (
          hidden(block) ||
          [...block.querySelectorAll('*')].some((c) => !getComputedStyle(c).display.startsWith('inline') && getComputedStyle(c).display !== 'none')
        )
          continue;
        let text = '';
        let last: DOMRect | undefined;
        const breaks: number[] = [];
        const spans: { left: number; right: number }[] = [];
        const walk = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
        for (let node = walk.nextNode(); node; node = walk.nextNode()) {
          if (hidden(node.parentElement!)) continue;
          const content = node.textContent ?? '';
          for (let i = 0; i < content.length; i++) {
            const range = document.createRange();
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            const b = range.getBoundingClientRect();
            if (b.height > 0 && !/\s/.test(content[i]!)) {
              // A new line starts well below the last character; a smaller one on the same line (份 after 200多) does not.
              const starts = !last || b.top > last.top + 0.6 * Math.max(b.height, last.height);
              if (starts && last) breaks.push(text.length + i);
              if (starts) spans.push({ left: b.left, right: b.right });
              spans.at(-1)!.left = Math.min(spans.at(-1)!.left, b.left);
              spans.at(-1)!.right = Math.max(spans.at(-1)!.right, b.right);
              last = b;
            }
          }
          text += content;
        }
        // A block whose text is all in one element of another language (a name's English beside its
        // Chinese) is read in that language.
        const only = block.firstElementChild;
        const own = only && only.textContent === block.textContent ? only : block;
        lines.push({ text, breaks, widths: spans.map((l) => l.right - l.left), lang: own.closest('[lang]')?.getAttribute('lang') ?? 'en' });
      }
      const own = getComputedStyle(section);
      const sizes = {
        body: parseFloat(own.fontSize),
        caption: parseFloat(own.getPropertyValue('--caption-size')),
        title: parseFloat(own.getPropertyValue('--title-size')),
      };
      const cardWords = [...section.querySelectorAll<HTMLElement>('.callout-unit, .callout-label, .callout-detail')]
        .filter((el) => !hidden(el) && el.textContent?.trim())
        .map((el) => ({ text: el.textContent.trim().slice(0, 30), px: parseFloat(getComputedStyle(el).fontSize) }));
      const chrome = [...document.querySelectorAll<HTMLElement>('.reveal .controls button:not([disabled]), .reveal .slide-number')]
        .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden' && getComputedStyle(el).opacity !== '0')
        .map((el) => ({ what: el.className, ...r(el.getBoundingClientRect()) }));
      return {
        slide: { ...r(slideBox), width: slideBox.width, height: slideBox.height },
        boxes,
        texts,
        title: h2 ? { px: parseFloat(getComputedStyle(h2).fontSize) * scale, ruleBottom: h2.getBoundingClientRect().bottom } : undefined,
        band: shown
          .map((c, i) => ({ room: c.getBoundingClientRect().top - (shown[i - 1]?.getBoundingClientRect().bottom ?? Infinity), under: c.localName }))
          .sort((a, b) => b.room - a.room)[0],
        content:
          next && shown.length ? { top: next.getBoundingClientRect().top, bottom: Math.max(...shown.map((c) => c.getBoundingClientRect().bottom)) } : undefined,
        ink,
        display,
        displayRoom,
        footGaps,
        cellFigures,
        tintedCells,
        figureRows,
        timelineTerms,
        endsWithTimeline: shown.at(-1)?.classList.contains('timeline') ?? false,
        heroWidths,
        body,
        sub,
        smallest,
        words,
        heroes,
        lines,
        chrome,
        scale: sizes,
        fit: (section as HTMLElement).dataset['fit'],
        cardWords,
        partLabel: section.querySelector('.part-number')?.getBoundingClientRect().top,
        rules: [...section.querySelectorAll<HTMLElement>('*')]
          .filter((el) => el !== h2 && !hidden(el) && parseFloat(getComputedStyle(el).borderTopWidth) >= 3 && el.getClientRects().length > 0)
          .map((el) => ({
            what: `${el.localName}.${el.getAttribute('class') ?? ''}`,
            top: el.getBoundingClientRect().top,
            panel: getComputedStyle(el).backgroundColor !== 'rgba(0, 0, 0, 0)' || el.matches('.layout-pillars > .grid > .cell'),
          })),
      };
    },
    accent,
  );
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Where a line may not end: inside a word as Intl.Segmenter sees it, between a number and its
 *  unit, and (in English) at a hyphen inside a word. */
function badBreaks(text: string, breaks: number[], lang: string): string[] {
  const bounds = new Set([...segmenter.segment(text)].map((s) => s.index));
  const out: string[] = [];
  for (const at of breaks) {
    const around = `${text.slice(Math.max(0, at - 6), at)} / ${text.slice(at, at + 6)}`;
    const [before, after] = [text.slice(0, at), text.slice(at)];
    if (lang.startsWith('zh')) {
      if (/[\u3400-\u9fff]$/.test(before) && /^[\u3400-\u9fff]/.test(after) && !bounds.has(at)) out.push(`breaks inside a word: "${around}"`);
      if (/\d[多万亿]*$/.test(before) && /^[\u3400-\u9fff]/.test(after)) out.push(`parts a number from its unit: "${around}"`);
    } else if (/\p{L}-$/u.test(before) && /^\p{L}/u.test(after)) {
      out.push(`breaks at the hyphen of a compound: "${around}"`);
    } else if (/\p{L}$/u.test(before) && /^\p{L}/u.test(after)) {
      out.push(`breaks inside a word: "${around}"`);
    }
  }
  return out;
}

/** The lines of the shown slide's `selector` (its title, its thanks): each character's box, gathered
 *  by the line it sits on, in the slide's pixels at 1920 × 1080 from its top; and its language. */
function lineBoxes(page: Page, selector: string): Promise<{ lang: string; lines: { top: number; bottom: number; left: number; right: number }[] }> {
  return page.$eval(
    '.reveal .slides > section.present',
    (section, selector) => {
      const box = section.getBoundingClientRect();
      const k = 1080 / box.height;
      const big = section.querySelector(selector)!;
      const lines: { top: number; bottom: number; left: number; right: number }[] = [];
      const walk = document.createTreeWalker(big, NodeFilter.SHOW_TEXT);
      for (let node = walk.nextNode() as Text | null; node; node = walk.nextNode() as Text | null) {
        for (let i = 0; i < node.length; i++) {
          if (!node.data[i]!.trim()) continue;
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const char = range.getClientRects()[0];
          if (!char) continue;
          const at = { top: (char.top - box.top) * k, bottom: (char.bottom - box.top) * k, left: char.left * k, right: char.right * k };
          const line = lines.find((l) => Math.abs(l.top - at.top) < (char.height * k) / 2);
          if (line) [line.left, line.right, line.bottom] = [Math.min(line.left, at.left), Math.max(line.right, at.right), Math.max(line.bottom, at.bottom)];
          else lines.push(at);
        }
      }
      return { lang: big.closest('[lang]')?.getAttribute('lang') ?? '', lines };
    },
    selector,
  );
}

/** A short word alone on the last line of a block of several (a widow: "(UNESCO)" under a line
 *  five times its length), in a language that spaces its words. */
function widow({ text, breaks, widths, lang }: Measured['lines'][number]): string | undefined {
  if (!breaks.length || lang.startsWith('zh')) return undefined;
  const last = text.slice(breaks.at(-1)).trim();
  if (/\s/.test(last) || widths.at(-1)! > 0.25 * Math.max(...widths)) return undefined;
  return `leaves "${last}" alone on the last line of "${text.slice(0, 40)}…"`;
}

/** The page's accent colour as getComputedStyle writes a colour, to compare text's colour with. */
function accentColour(page: Page): Promise<string> {
  return page.evaluate((hex) => {
    const probe = document.createElement('span');
    probe.style.color = hex;
    document.body.append(probe);
    const colour = getComputedStyle(probe).color;
    probe.remove();
    return colour;
  }, COLOURS.accent);
}

/** Content starts at one place under the title on every content slide: its first ink at the top
 *  of its box, not centred in the room (calm space goes under it). */
function startsLow(m: Measured): string[] {
  if (!m.ink || !m.content) return [];
  const k = m.slide.width / 1280;
  const low = (m.ink.top - m.content.top) / k;
  return low > 24 ? [`what it shows starts ${(low * k).toFixed(1)} px under the top of its content: content starts where every slide's does`] : [];
}

/** A quoted term the timeline keeps whole is on one line. */
function brokenTerms(m: Measured): string[] {
  return m.timelineTerms.filter((term) => term.lines > 1).map((term) => `the timeline breaks the quoted term "${term.text}" across ${term.lines} lines`);
}

describe('the design at 1920 × 1080, on every slide', () => {
  const languages = [deck, ...compiled.translations].map(
    (d) => [new Intl.DisplayNames('en', { type: 'language' }).of(d.lang)!, d === deck ? '' : `?lang=${d.lang}`, d.slides] as const,
  );
  for (const [language, query, slides] of languages) {
    it(`holds the type scale, the safe area, the grid, the accent and the line breaks, in ${language}`, async () => {
      // Still: no transition, every fragment shown, cards on their final numbers.
      const page = await browser().newPage({ viewport: HD, reducedMotion: 'reduce' });
      const accent = await accentColour(page);
      const failures: string[] = [];
      const titles = new Map<string, number>();
      const contentTops = new Map<string, number>();
      const bodySizes = new Set<number>();
      const display = new Map<string, number>();
      const fits = new Map<string, string | undefined>();
      const partLabels = new Map<string, number>();
      for (const slide of slides) {
        await openDeck(page, `${url}${query}`, `#/${slide.id}`);
        const m = await measure(page, accent);
        const fail = (rule: string) => failures.push(`${slide.id}: ${rule}`);
        const px = (n: number) => `${n.toFixed(1)} px`;
        // Safe area: 6% of the slide on every side, for everything drawn.
        const safe = {
          left: m.slide.left + SAFE * m.slide.width,
          right: m.slide.right - SAFE * m.slide.width,
          top: m.slide.top + SAFE * m.slide.height,
          bottom: m.slide.bottom - SAFE * m.slide.height,
        };
        for (const b of m.boxes) {
          if (b.left < safe.left - 1 || b.right > safe.right + 1 || b.top < safe.top - 1 || b.bottom > safe.bottom + 1) fail(`${b.what} leaves the safe area`);
        }
        for (const c of m.chrome) {
          if (c.left < safe.right && c.right > safe.left && c.top < safe.bottom && c.bottom > safe.top) fail(`reveal's ${c.what} is inside the safe area`);
        }
        // No text over other text: lines that touch (a figure beside its sentence) or whose glyph boxes
        // meet by a few pixels (tight line spacing) are fine.
        for (const [i, a] of m.texts.entries()) {
          for (const b of m.texts.slice(i + 1)) {
            const wide = Math.min(a.right, b.right) - Math.max(a.left, b.left);
            const high = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
            if (wide > 4 && high > 0.5 * Math.min(a.bottom - a.top, b.bottom - b.top)) fail(`"${a.what}" and "${b.what}" overlap`);
          }
        }
        if (m.smallest.px < 19.5) fail(`"${m.smallest.text}" is ${px(m.smallest.px)}, under 20 px`);
        for (const b of m.body) if (b < 31.5) fail(`body text is ${px(b)}, under 32 px`);
        for (const s of m.sub) if (s >= Math.min(...m.body)) fail(`a sub-point (${px(s)}) is not a step below the body`);
        if (CONTENT.includes(slide.layout)) {
          if (m.title) titles.set(slide.id, Math.round(m.title.px * 10) / 10);
          for (const b of m.body) bodySizes.add(b);
          if (m.content && m.title) contentTops.set(slide.id, Math.round(m.content.top - m.slide.top));
          // A card's words in the slide's own scale: its body, the step below it, the caption (a
          // card alone sets its unit in the title's size); no size of their own beside them.
          const k = m.slide.width / 1280;
          const sizes = [m.scale.body, SUB_STEP * m.scale.body, m.scale.caption, m.scale.title];
          for (const w of m.cardWords) {
            if (!sizes.some((size) => Math.abs(size - w.px) < 0.1))
              fail(`card words "${w.text}" are ${px(k * w.px)}, not the slide's body (${px(k * m.scale.body)}), the step below it or the caption`);
          }
          // Under the title's rule no second strong rule close by, unless it tops a panel (its
          // edge): two bars in a row read as a stutter.
          for (const rule of m.rules) {
            const gap = m.title ? (rule.top - m.title.ruleBottom) / k : Infinity;
            if (!rule.panel && gap >= 0 && gap < 48) fail(`${rule.what}'s rule is ${px(gap * k)} under the title's rule, over no panel`);
          }
          if (m.ink && m.title) {
            const room = safe.bottom - m.title.ruleBottom;
            const share = (m.ink.bottom - m.ink.top) / room;
            if (share < 0.5) fail(`what it shows spans ${Math.round(share * 100)}% of the height under the title: it looks empty`);
            for (const rule of startsLow(m)) fail(rule);
          }
        }
        fits.set(slide.id, m.fit);
        if (slide.layout === 'section' && m.partLabel !== undefined) partLabels.set(slide.id, Math.round(m.partLabel - m.slide.top));
        // A part's title of two lines in lines of a length, no tail ("… em CT&I / do BRICS").
        if (slide.layout === 'section') {
          const title = await lineBoxes(page, ':scope > h2');
          const widths = title.lang.startsWith('zh') ? [] : title.lines.map((l) => l.right - l.left);
          if (widths.length > 1 && widths.at(-1)! < 0.5 * Math.max(...widths))
            fail(`its title's lines run ${widths.map((w) => w.toFixed(0)).join(', ')} px wide: the last under half the widest`);
        }
        if (['title', 'closing'].includes(slide.layout) && m.display) display.set(slide.id, Math.round(m.display * 10) / 10);
        // The largest type needs air: not set against the lines around it (a title of four lines).
        // Under 48 px at 1080p (36 px was seen), the speaker's name reads as one more line of the title.
        if (slide.layout === 'title' && m.displayRoom !== undefined && m.displayRoom < 48 * (m.slide.height / 1080))
          fail(`its title has ${px(m.displayRoom)} of room above or below it, under 48 px at 1080p`);
        // The foot's names read as separate names (not one paragraph) and as one block (not rows
        // adrift): the same room between them in every language, within a few pixels.
        for (const gap of m.footGaps) {
          const room = gap / (m.slide.width / 1280);
          if (room < 9 || room > 24) fail(`names on its foot stand ${px(room)} apart (in the slide's pixels), not 9–24 px`);
        }
        // Figures in cells side by side read across as one table: the first under each heading level
        // along a row of cells, and one space between figures in every cell.
        for (const cells of m.cellFigures) {
          const firsts = cells.filter((c) => c.first && c.figures.length);
          for (const c of firsts) {
            const level = firsts.find((o) => o.row === c.row && Math.abs(o.figures[0]!.top - c.figures[0]!.top) > 1);
            if (level) fail(`the figures under "${c.cell}" start ${px(level.figures[0]!.top - c.figures[0]!.top)} above those under "${level.cell}"`);
          }
          const spaces = cells.flatMap((c) => c.figures.slice(1).map((f, i) => ({ cell: c.cell, space: f.top - c.figures[i]!.bottom })));
          for (const s of spaces)
            if (Math.abs(s.space - spaces[0]!.space) > 1)
              fail(`figures under "${s.cell}" are ${px(s.space)} apart, under "${spaces[0]!.cell}" ${px(spaces[0]!.space)}`);
        }
        // A tint holds words: a card as tall as its row's (or its run's) fullest shows no band of
        // empty tint at its foot. Pillars are ruled cards on the slide's white, which costs nothing
        // where their rows end level across a run.
        for (const card of m.tintedCells) {
          const empty = card.bottom - card.padding - card.ink;
          if (empty > 48 * (m.slide.height / 1080)) fail(`the card "${card.cell}" has ${px(empty)} of empty tint under its words`);
        }
        // What a content slide shows under its title is one block: no band left blank inside it
        // (its calm room goes under it; the bookends and the section slides have their feet).
        if (CONTENT.includes(slide.layout) && m.band && m.band.room > 120) fail(`a band of ${px(m.band.room)} is left blank over its ${m.band.under}`);
        // A list after a cell's figures is a point of its cell, not one more row of the figures: in
        // their words' column and their bold it reads as a figure whose number has gone missing. It
        // starts where a cell's points start, marked, in the body's weight (and size, counted above).
        for (const row of m.figureRows) {
          if (row.left - row.cell > 2 * m.scale.body * (m.slide.width / 1280))
            fail(`"${row.text}" begins ${px(row.left - row.cell)} inside its cell, in the figures' words' column: it reads as a missing number`);
          if (!row.marked) fail(`"${row.text}" has no marker: it reads as a missing number`);
          if (row.weight > 500) fail(`"${row.text}" is set in weight ${row.weight}, the figures' words', not the body's`);
        }
        for (const rule of brokenTerms(m)) fail(rule);
        for (const h of m.heroWidths) {
          if (Math.abs(h.width - h.proportional) > 0.5) fail(`hero number "${h.text}" is ${px(h.width)} wide, ${px(h.proportional)} in the face's own figures`);
        }
        const share = m.words.accent / Math.max(1, m.words.all);
        if (share > 0.15) fail(`${Math.round(share * 100)}% of its words are in the accent colour, over 15%`);
        for (const h of m.heroes) if (h.gap < 16) fail(`hero number "${h.text}" is ${px(h.gap)} from its card's edge, under 16 px`);
        for (const block of m.lines) for (const bad of badBreaks(block.text, block.breaks, block.lang)) fail(bad);
        for (const block of m.lines) {
          const alone = widow(block);
          if (alone) fail(alone);
        }
      }
      if (new Set(titles.values()).size > 1)
        failures.push(`titles come in ${new Set(titles.values()).size} sizes: ${[...titles].map(([id, s]) => `${id} ${s}`).join(', ')}`);
      const sizes = [...bodySizes].sort((a, b) => b - a);
      if (sizes.length > 2) failures.push(`body text comes in ${sizes.length} sizes: ${sizes.join(', ')} px`);
      if (sizes.length === 2 && sizes[1]! / sizes[0]! < 0.85) failures.push(`the second body size, ${sizes[1]} px, is under 85% of the first, ${sizes[0]} px`);
      // The closing slide answers the title slide: its thanks in the title's size.
      if (new Set(display.values()).size > 1)
        failures.push(`the title slide's title and the closing thanks differ: ${[...display].map(([id, s]) => `${id} ${s}`).join(', ')}`);
      // Pillars slides in a row are one table cut in two: one fit, so the pillars keep their size.
      for (const [i, slide] of slides.entries()) {
        const before = slides[i - 1];
        if (slide.layout === 'pillars' && before?.layout === 'pillars' && fits.get(slide.id) !== fits.get(before.id))
          failures.push(`${slide.id}: fitted ${fits.get(slide.id)}, the pillars slide before it (${before.id}) ${fits.get(before.id)}`);
      }
      // A section slide's label stays where it is as the speaker goes from part to part: a longer
      // title grows down from under it.
      if (new Set(partLabels.values()).size > 1)
        failures.push(`the parts' labels are at ${new Set(partLabels.values()).size} heights: ${[...partLabels].map(([id, t]) => `${id} ${t}`).join(', ')}`);
      const tops = new Set(contentTops.values());
      if (tops.size > 1) failures.push(`content starts at ${tops.size} heights under the title: ${[...contentTops].map(([id, t]) => `${id} ${t}`).join(', ')}`);
      await page.close();
      expect(failures).toEqual([]);
    });
  }
});

describe('a timeline that ends its slide, on the fixture deck of layouts', () => {
  it('starts where every slide’s content starts and keeps its quoted terms whole, in every language', async () => {
    const page = await browser().newPage({ viewport: HD, reducedMotion: 'reduce' });
    const accent = await accentColour(page);
    const failures: string[] = [];
    for (const d of [layouts.deck, ...layouts.translations]) {
      const query = d === layouts.deck ? '' : `?lang=${d.lang}`;
      const timelines = d.slides.filter((s) => s.html.includes('class="timeline"'));
      if (!timelines.length) failures.push(`${d.lang}: no timeline to measure`);
      for (const slide of timelines) {
        await openDeck(page, `${layoutsUrl}${query}`, `#/${slide.id}`);
        const m = await measure(page, accent);
        const fail = (rule: string) => failures.push(`${d.lang}, ${slide.id}: ${rule}`);
        if (!m.endsWithTimeline || !m.ink || !m.title) fail('no timeline ends the slide under its title');
        // Chinese keeps its quoted terms whole as it breaks its lines, with no mark of its own.
        if (d.lang !== 'zh' && !m.timelineTerms.length) fail('no quoted term to measure');
        for (const rule of [...startsLow(m), ...brokenTerms(m)]) fail(rule);
      }
    }
    await page.close();
    expect(failures).toEqual([]);
  });
});

/** Where a bookend's parts sit, in the slide's own pixels at 1920 × 1080 from the slide's top. */
interface Bookend {
  event: number;
  /** The top, the last line's foot and the size of the title slide's title or the closing slide's thanks. */
  display: { top: number; bottom: number; px: number };
  /** The top of the speaker's name. */
  speaker: number;
  /** The foot's rule (the lowest top border on the slide), and the foot of the last line of text above it. */
  rule: number;
  textAbove: number;
  /** A QR code's box: its top and height. */
  qr?: { top: number; height: number };
  /** The width of each line of the title (or the thanks), and its language. */
  displayLines: number[];
  lang: string;
  /** The title's words after its colon: their lines, and their width set on one line. */
  afterColon?: { text: string; lines: number; width: number; room: number };
}

async function measureBookend(page: Page): Promise<Bookend> {
  const big = ':scope > h1, .layout-closing > h2';
  const { lang, lines } = await lineBoxes(page, big);
  const placed = await page.$eval(
    '.reveal .slides > section.present',
    (section, selector) => {
      const box = section.getBoundingClientRect();
      const k = 1080 / box.height;
      const y = (el: Element | null) => (el ? (el.getBoundingClientRect().top - box.top) * k : NaN);
      const ruled = [...section.querySelectorAll('*')].filter((el) => !el.closest('aside') && parseFloat(getComputedStyle(el).borderTopWidth) > 0);
      const foot = ruled.sort((a, b) => y(b) - y(a))[0];
      let textAbove = 0;
      const walker = document.createTreeWalker(section, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent?.trim() || node.parentElement!.closest('aside') || foot?.contains(node)) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const line of range.getClientRects()) {
          const bottom = (line.bottom - box.top) * k;
          if (line.height > 0 && bottom <= y(foot ?? null) + 1) textAbove = Math.max(textAbove, bottom);
        }
      }
      const big = section.querySelector(selector)!;
      const afterColon = (title: Element, scale: number) => {
        const texts = document.createTreeWalker(title, NodeFilter.SHOW_TEXT);
        for (let node = texts.nextNode() as Text | null; node; node = texts.nextNode() as Text | null) {
          const at = node.data.indexOf(': ');
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, at + 2);
          range.setEnd(title, title.childNodes.length);
          const text = range.toString();
          const lines = new Set([...range.getClientRects()].filter((b) => b.width > 1).map((b) => Math.round(b.top))).size;
          const probe = document.createElement('span');
          probe.style.cssText = 'position:absolute;white-space:nowrap;visibility:hidden';
          probe.textContent = text;
          title.append(probe);
          const width = probe.getBoundingClientRect().width * scale;
          probe.remove();
          return { text, lines, width, room: title.getBoundingClientRect().width * scale };
        }
        return undefined;
      };
      const qr = section.querySelector('.qr svg');
      return {
        event: y(section.querySelector(':scope > p:first-child, .closing-event')),
        displayTop: y(big),
        px: parseFloat(getComputedStyle(big).fontSize) * (1920 / 1280),
        speaker: y(section.querySelector(':scope > h1 + p, .closing-speaker')),
        rule: y(foot ?? null),
        textAbove,
        qr: qr ? { top: y(qr), height: qr.getBoundingClientRect().height * k } : undefined,
        afterColon: afterColon(big, k),
      };
    },
    big,
  );
  const { displayTop, px, ...rest } = placed;
  return {
    ...rest,
    display: { top: displayTop, bottom: Math.max(...lines.map((l) => l.bottom)), px },
    displayLines: lines.map((l) => l.right - l.left),
    lang,
  };
}

describe('the bookends, the title slide and the closing slide, in every language', () => {
  it('set the event, the title and the thanks alike in every language, with room over the foot, and the closing slide answers the title slide', async () => {
    const page = await browser().newPage({ viewport: HD, reducedMotion: 'reduce' });
    const failures: string[] = [];
    const px = (n: number) => `${n.toFixed(1)} px`;
    const seen: { lang: string; title: Bookend }[] = [];
    for (const d of [deck, ...compiled.translations]) {
      const query = d === deck ? '' : `?lang=${d.lang}`;
      const first = d.slides.find((s) => s.layout === 'title')!;
      const last = d.slides.findLast((s) => s.layout === 'closing')!;
      await openDeck(page, `${url}${query}`, `#/${first.id}`);
      const title = await measureBookend(page);
      await openDeck(page, `${url}${query}`, `#/${last.id}`);
      const closing = await measureBookend(page);
      seen.push({ lang: d.lang, title });
      const fail = (rule: string) => failures.push(`${d.lang}: ${rule}`);
      // The speaker's block stands clear of the foot: a designer's least room over its rule.
      if (title.rule - title.textAbove < 40)
        fail(`the title slide's last line above the foot is ${px(title.rule - title.textAbove)} over its rule, under 40 px`);
      // A title of several lines ends on no stub under the others (Chinese breaks where its words
      // allow); it may break first at its colon, so its first lines may run short.
      const widest = Math.max(...title.displayLines);
      if (!title.lang.startsWith('zh') && title.displayLines.at(-1)! < 0.5 * widest)
        fail(`the title's lines run ${title.displayLines.map((w) => w.toFixed(0)).join(', ')} px wide: the last under half the widest`);
      // Where it has a colon, its lines break there: the phrase after it whole where a line holds it.
      if (title.afterColon && title.afterColon.lines > 1 && title.afterColon.width < title.afterColon.room)
        fail(
          `the title's words after its colon ("${title.afterColon.text}") break over ${title.afterColon.lines} lines though ${px(title.afterColon.width)} fits a line`,
        );
      // The closing slide mirrors the title slide: the event, the thanks at the title's top and in
      // its size, the foot's rule at one height; the speaker in the same order under the thanks, as
      // near it as under a title of two lines: no higher band left blank under a one-line thanks
      // (a display line and the least room under a title, 40 px of the slide's 720), and never
      // lower than on the title slide.
      if (Number.isNaN(closing.rule)) fail('the closing slide has no rule over its foot');
      for (const [what, a, b] of [
        ['the event', title.event, closing.event],
        ['the thanks', title.display.top, closing.display.top],
        ["the foot's rule", title.rule, closing.rule],
      ] as const) {
        if (!(Math.abs(a - b) <= 1)) fail(`${what} is at ${px(b)} on the closing slide, at ${px(a)} on the title slide`);
      }
      const underThanks = closing.speaker - closing.display.bottom;
      if (underThanks > 1.1 * closing.display.px + 60 + 1) fail(`the speaker stands ${px(underThanks)} under the thanks, more than a display line and 60 px`);
      if (closing.speaker > title.speaker + 1)
        fail(`the speaker is at ${px(closing.speaker)} on the closing slide, lower than the title slide's ${px(title.speaker)}`);
      if (Math.abs(title.display.px - closing.display.px) > 0.1) fail(`the thanks is ${px(closing.display.px)}, the title ${px(title.display.px)}`);
      // The QR code in the foot, large enough to scan from the middle of the hall, not the slide's largest thing.
      if (!closing.qr) fail('the closing slide has no QR code');
      else {
        if (closing.qr.top < closing.rule - 1) fail(`the QR code starts ${px(closing.rule - closing.qr.top)} above the foot's rule`);
        if (closing.qr.height < 0.24 * 1080 || closing.qr.height > 0.33 * 1080)
          fail(`the QR code is ${px(closing.qr.height)} high, not a quarter to a third of the slide`);
      }
    }
    // The bookends look the same in every language: the event, the title's top and its size.
    const [en, ...others] = seen;
    for (const { lang, title } of others) {
      for (const [what, a, b] of [
        ['the event', en!.title.event, title.event],
        ["the title's top", en!.title.display.top, title.display.top],
        ["the title's size", en!.title.display.px, title.display.px],
      ] as const) {
        if (Math.abs(a - b) > 1) failures.push(`${lang}: ${what} is ${px(b)}, in ${en!.lang} ${px(a)}`);
      }
    }
    await page.close();
    expect(failures).toEqual([]);
  });
});
