// The exports as a reader gets them: `deck pdf`, `deck pdf --handout` and `deck png`, read back
// with poppler's tools and pdf-lib.
import { execFile, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { compileDeck } from '../../src/compile-deck.js';
import { deckIn } from '../../src/types.js';
import { BrowserNotFoundError } from '../../src/export/export-kinds.js';
import { findBrowser } from '../../src/export/browser-session.js';
import { loadDeck } from '../../src/load/load-deck.js';
import { cardParts } from '../../src/figures/figure-text.js';
import { layoutHandout } from '../../src/export/handout-layout.js';
import { fitNotes } from '../../src/export/handout.js';
import { fontFacesCss } from '../../src/fonts/font-faces.js';
import { useChromium } from './chromium.js';

const compiled = compileDeck(loadDeck('slides'));
const { deck } = compiled;
const zh = deckIn(compiled, 'zh');
const { slides, settings } = deck;
const figure = (key: string) => deck.data.figures.get(key)!;
const browser = useChromium();

// A copy of the built deck, so the exports written here do not touch the one other tests serve.
const work = mkdtempSync(join(tmpdir(), 'deck-export-'));
const out = join(work, 'dist');
const pdf = join(out, 'deck.pdf');
const handout = join(out, 'deck-handout.pdf');

const run = promisify(execFile);
const deckCli = (...args: string[]) => run(process.execPath, ['bin/deck.js', ...args, '--out', out]);
const tool = (command: string, ...args: string[]) => spawnSync(command, args, { encoding: 'utf8' }).stdout;
const words = (text: string) => text.normalize('NFKC').replace(/\s+/g, ' ').trim();
const pdftotext = (file: string, page: number, ...options: string[]) => tool('pdftotext', '-f', String(page), '-l', String(page), ...options, file, '-');
/** The figures' table: from its first page to the end, as many pages as the deck's figures take. */
const figuresText = (file: string, firstPage: number, ...options: string[]) => tool('pdftotext', '-f', String(firstPage), ...options, file, '-');
const pageText = (file: string, page: number) => words(pdftotext(file, page));
/** The page's text in the order it is drawn, rather than as columns are guessed: notes beside a
 *  slide read on from line to line. */
const drawnText = (file: string, page: number) => words(pdftotext(file, page, '-raw'));
/** Whether `text` has every word of `wanted` in order, whatever else is between them. */
function inOrder(text: string, wanted: string): boolean {
  // A line broken at a hyphen comes out with a space after it, or without it: compared without.
  const split = (t: string) => words(t).replace(/-\s+/g, '-').replace(/-/g, '').split(' ');
  const have = split(text);
  let at = 0;
  for (const word of split(wanted)) {
    at = have.indexOf(word, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

/** The share of a page's printed area (inside its margins) with no ink on a row, from a small grey rendering. */
function blankShare(file: string, page: number): number {
  const pgm = spawnSync('pdftoppm', ['-gray', '-r', '20', '-f', String(page), '-l', String(page), file]).stdout;
  const [, size = '', ,] = pgm.subarray(0, 40).toString('latin1').split('\n');
  const [width = 0, height = 0] = size.split(' ').map(Number);
  const pixels = pgm.subarray(pgm.length - width * height);
  const [top, bottom] = [Math.round((height * 40) / 842), Math.round((height * (842 - 64)) / 842)];
  let blank = 0;
  for (let y = top; y < bottom; y++) if (Math.min(...pixels.subarray(y * width, (y + 1) * width)) > 245) blank++;
  return blank / (bottom - top);
}
const info = (file: string) =>
  Object.fromEntries(
    tool('pdfinfo', file)
      .split('\n')
      .map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trim()]),
  );

beforeAll(async () => {
  cpSync(inject('deckDir'), out, { recursive: true });
  // One export at a time: each starts its own Chromium.
  await deckCli('pdf');
  await deckCli('pdf', '--handout');
  await deckCli('png');
  await deckCli('pdf', '--lang', 'zh');
  await deckCli('pdf', '--handout', '--lang', 'zh');
  await deckCli('png', '--lang', 'zh');
  await deckCli('pdf', '--lang', 'all');
  await deckCli('pptx', '--lang', 'all');
}, 600_000); // the exports one after another
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

interface Bookmark {
  title: string;
  page: number;
  children: Bookmark[];
}

/** The document outline, each bookmark with the 1-based page it opens. */
async function bookmarks(file: string): Promise<Bookmark[]> {
  const doc = await PDFDocument.load(readFileSync(file));
  const pages = doc.getPages().map((p) => p.ref);
  const walk = (ref: unknown): Bookmark[] => {
    const list: Bookmark[] = [];
    while (ref instanceof PDFRef) {
      const item = doc.context.lookup(ref, PDFDict);
      const title = item.lookup(PDFName.of('Title'));
      const target = item.lookup(PDFName.of('Dest'), PDFArray).get(0);
      list.push({
        title: title instanceof PDFHexString || title instanceof PDFString ? title.decodeText() : '',
        page: pages.findIndex((p) => p === target) + 1,
        children: walk(item.get(PDFName.of('First'))),
      });
      ref = item.get(PDFName.of('Next'));
    }
    return list;
  };
  const outlines = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  return outlines ? walk(outlines.get(PDFName.of('First'))) : [];
}

/** pdffonts' table: each font's name and whether it is embedded. */
function fonts(file: string): { name: string; embedded: boolean }[] {
  const [header = '', , ...rows] = tool('pdffonts', file).trimEnd().split('\n');
  const emb = header.indexOf('emb');
  return rows.map((row) => ({ name: row.split(' ')[0]!, embedded: row.slice(emb, emb + 3) === 'yes' }));
}

/** How many pictures the PDF holds (pdfimages' table, under its two lines of heading). */
const pictures = (file: string) => tool('pdfimages', '-list', file).trim().split('\n').length - 2;
/** The slides' own raster pictures (an SVG prints as shapes): all a PDF of text may hold. */
const rasterImages = slides.reduce((n, slide) => n + [...slide.html.matchAll(/<img\b[^>]*\bsrc="(?![^"]*\.svg")/g)].length, 0);

describe('deck pdf', () => {
  it('has one 16:9 page per slide', () => {
    const { Pages, 'Page size': size } = info(pdf);
    expect(Number(Pages)).toBe(slides.length);
    expect(size).toMatch(/^960 x 540 pts/);
  });

  it('keeps each slide on its own page, as text: its title and its figures', () => {
    slides.forEach((slide, i) => {
      const text = pageText(pdf, i + 1);
      expect(text, slide.id).toContain(words(slide.title));
      for (const key of slide.figures) expect(text, `${slide.id}: ${key}`).toContain(cardParts(figure(key)).number);
    });
  });

  it('embeds every font, the Chinese subset too, and no picture of text', () => {
    const list = fonts(pdf);
    expect(list.filter((f) => !f.embedded)).toEqual([]);
    expect(list.some((f) => /NotoSansSC/.test(f.name))).toBe(true);
    expect(pictures(pdf)).toBe(rasterImages);
  });

  it('is tagged for screen readers: every slide is in its structure, its title a heading, in order', () => {
    const structure = tool('pdfinfo', '-struct-text', pdf);
    const squeeze = (text: string) => text.replace(/\s+/g, '');
    const said = squeeze([...structure.matchAll(/^\s*"(.*)"$/gm)].map((m) => m[1]).join(''));
    const headings = [...structure.matchAll(/^(\s*)H\d \(block\)\n((?:\1\s+.*\n)*)/gm)].map((m) =>
      squeeze([...m[2]!.matchAll(/"(.*)"/g)].map((t) => t[1]).join('')),
    );
    let from = 0;
    for (const slide of slides) {
      expect(headings, slide.id).toContain(squeeze(slide.title));
      const at = said.indexOf(squeeze(slide.title), from);
      expect(at, `${slide.id} in reading order`).toBeGreaterThanOrEqual(from);
      from = at;
    }
  });

  it('carries the title, author, subject and language of deck.yaml', async () => {
    expect(info(pdf)).toMatchObject({ Title: settings.title, Author: settings.author, Subject: settings.event });
    const doc = await PDFDocument.load(readFileSync(pdf));
    expect(doc.catalog.lookup(PDFName.of('Lang'))?.toString()).toBe(`(${settings.lang})`);
  });

  it('has bookmarks for the three parts, each holding its slides', async () => {
    const tree = await bookmarks(pdf);
    const parts = slides.filter((s) => s.layout === 'section');
    expect(parts).toHaveLength(3);
    for (const part of parts) {
      const bookmark = tree.find((b) => b.title === part.title);
      expect(bookmark?.page).toBe(slides.indexOf(part) + 1);
      const members = slides.filter((s) => s.part === part.title && s !== part);
      expect(bookmark?.children.map((b) => [b.title, b.page])).toEqual(members.map((s) => [s.title, slides.indexOf(s) + 1]));
    }
    const all = tree.flatMap((b) => [b, ...b.children]).map((b) => b.title);
    expect(all).toEqual(slides.map((s) => s.title));
  });
});

describe('deck pdf of a deck with fragments', () => {
  it('shows every fragment at once, still one page per slide', async () => {
    const sources = join(work, 'fragments');
    cpSync('test/fixtures/decks/unknown-figure', sources, { recursive: true });
    writeFileSync(
      join(sources, '01-progress.md'),
      '{#progress}\n## Steps\n\n::: fragments\n- first step\n- second step\n- third step\n:::\n\nNote: One at a time, {{joint_labs}}.\n\n---\n\n## After\n\nThe end.\n\nNote: Done.\n',
    );
    const built = join(work, 'fragments-dist');
    // A deck of its own, so this export also builds first.
    await run(process.execPath, ['bin/deck.js', 'pdf', '--slides', sources, '--out', built]);
    const file = join(built, 'deck.pdf');
    expect(info(file)['Pages']).toBe('2');
    expect(pageText(file, 1)).toMatch(/first step.*second step.*third step/);
  }, 120_000);
});

describe('deck pdf --handout', () => {
  const layout = layoutHandout(deck);

  it('is A4 portrait, three slides a page, each part opened by a band, then a page of figures', () => {
    const { Pages, 'Page size': size } = info(handout);
    // The figures from the page after the slides on, over as many pages as they take.
    expect(Number(Pages)).toBeGreaterThanOrEqual(layout.figuresPage + 1);
    expect(Number(Pages)).toBeLessThanOrEqual(layout.figuresPage + Math.ceil(deck.data.figures.size / 10));
    expect(size).toMatch(/\(A4\)$/);
    const perPage = layout.frames.reduce<number[]>((count, frame) => (frame ? ((count[frame.page] = (count[frame.page] ?? 0) + 1), count) : count), []);
    expect(Math.max(...perPage)).toBe(3);
    // A part's opening slide is a band over the part, not a slide of its own.
    slides.forEach((slide, i) => expect(layout.frames[i] === undefined, slide.id).toBe(slide.layout === 'section'));
  });

  it('puts each slide, still as text, on its page with its speaker notes', () => {
    slides.forEach((slide, i) => {
      const text = pageText(handout, layout.pageOf[i]! + 1);
      expect(inOrder(drawnText(handout, layout.pageOf[i]! + 1), slide.notesText), slide.id).toBe(true);
      // The slide's own words, from the slide drawn on the page.
      for (const key of slide.figures) expect(text, `${slide.id}: ${key}`).toContain(cardParts(figure(key)).number);
    });
    expect(fonts(handout).filter((f) => !f.embedded)).toEqual([]);
    expect(pictures(handout)).toBe(rasterImages);
  });

  /** The handout of `d` as the browser lays it out to print, in its faces, its notes fitted. */
  const handoutPage = async (d: typeof deck) => {
    const { html } = layoutHandout(d);
    const page = await browser().newPage();
    await page.setContent(html);
    await page.addStyleTag({ content: await fontFacesCss(html) });
    await page.evaluate(() => document.fonts.ready);
    await fitNotes(page);
    return page;
  };

  // The handout's pages as the browser lays them out to print, in English and in Chinese.
  it('keeps the notes in their column beside the slide, or runs them on under it by three lines or more', async () => {
    for (const d of [deck, zh!]) {
      const page = await handoutPage(d);
      const strays = await page.$$eval('.row .text', (texts) =>
        texts.flatMap((text) => {
          const slide = text.querySelector('.beside-slide');
          if (!slide) return [];
          const bottom = slide.getBoundingClientRect().bottom;
          const tops = new Set<number>();
          const walker = document.createTreeWalker(text.querySelector('.notes')!, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const range = document.createRange();
            range.selectNodeContents(node);
            for (const r of range.getClientRects())
              if (r.height > 0 && r.top >= bottom - 0.5 && r.left < slide.getBoundingClientRect().right) tops.add(Math.round(r.top));
          }
          return tops.size > 0 && tops.size < 3 ? [`${text.querySelector('h3')?.textContent}: ${tops.size} line(s) under its slide`] : [];
        }),
      );
      expect(strays, d.lang).toEqual([]);
      await page.close();
    }
  });

  it('keeps each paragraph of the notes at one measure: begun beside the slide, it stays beside it', async () => {
    for (const d of [deck, zh!]) {
      const page = await handoutPage(d);
      // Where each paragraph's lines start: at one place, or its measure changed on the way.
      const changing = await page.$$eval('.row .notes > *', (blocks) =>
        blocks.flatMap((block) => {
          const lineStarts = new Map<number, number>();
          const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const range = document.createRange();
            range.selectNodeContents(node);
            for (const r of range.getClientRects()) {
              if (r.height > 0) lineStarts.set(Math.round(r.top), Math.min(lineStarts.get(Math.round(r.top)) ?? Infinity, r.left));
            }
          }
          // A line may start a half-width quote or an inline's edge further in; a measure, the slide's width.
          const starts = [...lineStarts.values()];
          return Math.max(...starts) - Math.min(...starts) > 40
            ? [`${block.closest('.text')?.querySelector('h3')?.textContent}: ${(block.textContent ?? '').slice(0, 40)}`]
            : [];
        }),
      );
      expect(changing, d.lang).toEqual([]);
      await page.close();
    }
  });

  it('leaves no page of slides but the last much more than a third blank', () => {
    for (let page = 1; page < layout.figuresPage; page++) expect(blankShare(handout, page), `page ${page}`).toBeLessThan(0.4);
  });

  it('names the talk as the figures’ source once, over the table', () => {
    const text = words(figuresText(handout, layout.figuresPage + 1));
    expect(text).toContain(`Source: ${deck.data.talk}.`);
    expect(text.split(deck.data.talk)).toHaveLength(2);
  });

  it('ends with every figure under the slide it comes from, each slide named once over its figures', () => {
    const lines = figuresText(handout, layout.figuresPage + 1, '-layout')
      .split('\n')
      .map(words);
    // A slide's name starts its line: its number, then its title.
    const heads = lines.flatMap((l, at) => (/^Slide \d+ /.test(l) ? [{ at, number: Number(/^Slide (\d+)/.exec(l)![1]) }] : []));
    const sources = [...new Set([...deck.data.figures.values()].map((f) => slides.findIndex((s) => s.id === f.source) + 1))];
    expect(heads.map((h) => h.number)).toEqual(sources.sort((a, b) => a - b));
    for (const { at, number } of heads) expect(lines[at], `slide ${number}`).toBe(words(`Slide ${number} ${slides[number - 1]!.title}`));
    for (const f of deck.data.figures.values()) {
      const value = `${cardParts(f).number}${f.moreThan ? '+' : ''} `;
      const k = heads.findIndex((h) => h.number === slides.findIndex((s) => s.id === f.source) + 1);
      const [from, to] = [heads[k]!.at, heads[k + 1]?.at ?? lines.length];
      expect(
        lines.slice(from, to).filter((l) => l.startsWith(value)),
        f.key,
      ).toHaveLength(1);
    }
  });

  it('has the deck metadata, and bookmarks that open each slide’s page', async () => {
    expect(info(handout)).toMatchObject({ Author: settings.author, Subject: settings.event });
    const marks = (await bookmarks(handout)).flatMap((b) => [b, ...b.children]);
    expect(marks.map((b) => b.title)).toEqual([...slides.map((s) => s.title), 'Figures and their sources']);
    expect(marks.map((b) => b.page)).toEqual([...layout.pageOf.map((p) => p + 1), layout.figuresPage + 1]);
  });

  it('takes one or two slides a page on request, with the same notes', async () => {
    for (const perPage of [1, 2] as const) {
      const other = layoutHandout(deck, perPage);
      await deckCli('pdf', '--handout', '--per-page', String(perPage));
      expect(Number(info(handout)['Pages']), `${perPage} a page`).toBeGreaterThanOrEqual(other.figuresPage + 1);
      expect(Number(info(handout)['Pages']), `${perPage} a page`).toBeLessThanOrEqual(other.figuresPage + Math.ceil(deck.data.figures.size / 10));
      slides.forEach((slide, i) => expect(inOrder(drawnText(handout, other.pageOf[i]! + 1), slide.notesText), `${perPage} a page: ${slide.id}`).toBe(true));
    }
  }, 120_000);
});

describe('deck png', () => {
  it('writes every slide as NN-id.png at 1920×1080', () => {
    const files = readdirSync(join(out, 'slides'));
    expect(files).toEqual(slides.map((s, i) => `${String(i + 1).padStart(2, '0')}-${s.id}.png`));
    for (const file of files) {
      const png = readFileSync(join(out, 'slides', file));
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], file).toEqual([1920, 1080]);
    }
  });
});

describe('in Chinese (--lang zh)', () => {
  const chinese = zh!;
  const zhPdf = join(out, 'deck-zh.pdf');
  const zhHandout = join(out, 'deck-handout-zh.pdf');
  // Chinese has no spaces to compare by: its text is compared with none at all.
  const compact = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

  it('writes deck-zh.pdf beside the English deck.pdf, one page per slide, each slide’s Chinese as text', () => {
    expect(info(zhPdf)['Pages']).toBe(String(chinese.slides.length));
    chinese.slides.forEach((slide, i) => {
      const text = compact(pdftotext(zhPdf, i + 1));
      expect(text, slide.id).toContain(compact(slide.title));
      for (const key of slide.figures) expect(text, `${slide.id}: ${key}`).toContain(compact(cardParts(figure(key), 'zh').number));
    });
    // deck.pdf is still the English deck.
    expect(pageText(pdf, 1)).toContain(words(slides[0]!.title));
  });

  it('embeds its Chinese font, says its language and title, and has its bookmarks in Chinese', async () => {
    expect(fonts(zhPdf).filter((f) => !f.embedded)).toEqual([]);
    expect(fonts(zhPdf).some((f) => /NotoSansSC/.test(f.name))).toBe(true);
    expect(info(zhPdf)).toMatchObject({ Title: chinese.settings.title, Author: chinese.settings.author });
    const doc = await PDFDocument.load(readFileSync(zhPdf));
    expect(doc.catalog.lookup(PDFName.of('Lang'))?.toString()).toBe('(zh-Hans)');
    const all = (await bookmarks(zhPdf)).flatMap((b) => [b, ...b.children]).map((b) => b.title);
    expect(all).toEqual(chinese.slides.map((s) => s.title));
  });

  it('writes deck-handout-zh.pdf: the slides with their notes in Chinese, and the figures page', async () => {
    const layout = layoutHandout(chinese);
    expect(Number(info(zhHandout)['Pages'])).toBeGreaterThanOrEqual(layout.figuresPage + 1);
    chinese.slides.forEach((slide, i) => {
      if (!slide.notesText) return;
      const text = compact(drawnText(zhHandout, layout.pageOf[i]! + 1));
      expect(text, slide.id).toContain(compact(slide.notesText).slice(0, 40));
    });
    const marks = (await bookmarks(zhHandout)).flatMap((b) => [b, ...b.children]).map((b) => b.title);
    expect(marks).toEqual([...chinese.slides.map((s) => s.title), '数据及其来源']);
    const figuresPage = compact(figuresText(zhHandout, layout.figuresPage + 1));
    for (const f of chinese.data.figures.values()) expect(figuresPage, f.key).toContain(compact(cardParts(f, 'zh').number + cardParts(f, 'zh').measure));
  });

  it('writes the pictures into slides-zh/, and leaves the English ones in slides/', () => {
    const files = readdirSync(join(out, 'slides-zh'));
    expect(files).toEqual(chinese.slides.map((s, i) => `${String(i + 1).padStart(2, '0')}-${s.id}.png`));
    expect(readdirSync(join(out, 'slides'))).toEqual(files);
    expect(readFileSync(join(out, 'slides-zh', files[0]!)).equals(readFileSync(join(out, 'slides', files[0]!)))).toBe(false);
  });
});

describe('in every language (--lang all)', () => {
  const exported = [compiled.deck, ...compiled.translations];
  // Soft hyphens and line ends are the layout's, not the words'.
  const compact = (text: string) => text.normalize('NFKC').replace(/[\s\u00ad-]+/g, '');
  it.each(exported.map((d) => [d.tag, d] as const))(
    'in %s: a PDF with its language, title and bookmarks, its words as text, every font embedded',
    async (_tag, translated) => {
      const pdf = join(out, translated === compiled.deck ? 'deck.pdf' : `deck-${translated.lang}.pdf`);
      expect(info(pdf)).toMatchObject({ Pages: String(translated.slides.length), Title: translated.settings.title });
      const doc = await PDFDocument.load(readFileSync(pdf));
      expect(doc.catalog.lookup(PDFName.of('Lang'))?.toString()).toBe(`(${translated.tag})`);
      expect((await bookmarks(pdf)).flatMap((b) => [b, ...b.children]).map((b) => b.title)).toEqual(translated.slides.map((s) => s.title));
      expect(fonts(pdf).filter((f) => !f.embedded)).toEqual([]);
      translated.slides.forEach((slide, i) => expect(compact(pdftotext(pdf, i + 1)), slide.id).toContain(compact(slide.title)));
    },
  );

  it.each(exported.map((d) => [d.tag, d] as const))(
    'in %s: a PowerPoint file that says its language, in its properties and on its runs',
    async (_tag, translated) => {
      const zip = await JSZip.loadAsync(readFileSync(join(out, translated === compiled.deck ? 'deck.pptx' : `deck-${translated.lang}.pptx`)));
      const language = /<dc:language>([^<]*)</.exec(await zip.file('docProps/core.xml')!.async('string'))?.[1];
      // PowerPoint's own tags for English and Chinese, as its proofing tools name them; the others as they are.
      const runs = ({ en: 'en-US', zh: 'zh-CN' } as Record<string, string>)[translated.lang] ?? translated.tag;
      expect([translated.tag, runs]).toContain(language);
      const outline = await zip.file('ppt/slides/slide2.xml')!.async('string');
      expect(outline).toContain(`lang="${runs}"`);
    },
  );
});

describe('the browser', () => {
  const fakeBin = join(work, 'bin');

  it('is found on PATH as google-chrome when it is not in the usual place', () => {
    const chrome = join(fakeBin, 'google-chrome');
    cpSync('/bin/true', chrome);
    chmodSync(chrome, 0o755);
    expect(findBrowser({ PATH: fakeBin }, [])).toBe(chrome);
  });

  it('missing: says so, and how to install one', () => {
    expect(() => findBrowser({ PATH: join(work, 'empty') }, [])).toThrow(BrowserNotFoundError);
    expect(() => findBrowser({ PATH: '' }, [])).toThrow(/no Chrome or Chromium found[^]*apt-get install chromium[^]*never downloads a browser/);
  });

  it('missing: deck pdf exits 2 with the message and writes nothing', () => {
    const empty = join(work, 'no-browser');
    cpSync(out, empty, { recursive: true });
    rmSync(join(empty, 'deck.pdf'));
    const result = spawnSync(process.execPath, ['bin/deck.js', 'pdf', '--out', empty], {
      encoding: 'utf8',
      env: { ...process.env, CHROME_PATH: '/nonexistent' },
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('deck: CHROME_PATH is "/nonexistent", which is not an executable file');
    expect(existsSync(join(empty, 'deck.pdf'))).toBe(false);
  });

  it('failing: deck pdf exits 1 and leaves the previous PDF as it was', () => {
    const previous = join(work, 'previous');
    cpSync(out, previous, { recursive: true });
    writeFileSync(join(previous, 'deck.pdf'), 'the previous export');
    // An executable that is no browser: the export fails once it tries to print.
    const result = spawnSync(process.execPath, ['bin/deck.js', 'pdf', '--out', previous], {
      encoding: 'utf8',
      env: { ...process.env, CHROME_PATH: '/bin/false' },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('deck: pdf export failed: could not start the browser at /bin/false');
    expect(readFileSync(join(previous, 'deck.pdf'), 'utf8')).toBe('the previous export');
    expect(readdirSync(previous).filter((f) => f.includes('.tmp'))).toEqual([]);
  });

  it('a mistake in the sources: deck pdf says so, exits 1 and leaves no browser running', () => {
    // The export starts its browser while the deck compiles; it must not outlive the failure.
    const sources = join(work, 'broken-slides');
    cpSync('slides', sources, { recursive: true });
    writeFileSync(join(sources, '04-limits.md'), `${readFileSync(join(sources, '04-limits.md'), 'utf8')}\n{{no_such_figure}}\n`);
    // Older than the build, so the export counts the build as current and starts its browser at once.
    const past = new Date('2020-01-01');
    for (const name of readdirSync(sources, { recursive: true }) as string[]) utimesSync(join(sources, name), past, past);
    utimesSync(sources, past, past);
    const pidFile = join(work, 'browser.pid');
    mkdirSync(fakeBin, { recursive: true });
    const wrapper = join(fakeBin, 'chromium-recording-pid');
    writeFileSync(wrapper, `#!/bin/sh\necho $$ > '${pidFile}'\nexec /usr/bin/chromium "$@"\n`);
    chmodSync(wrapper, 0o755);
    const result = spawnSync(process.execPath, ['bin/deck.js', 'pdf', '--slides', sources, '--out', out], {
      encoding: 'utf8',
      env: { ...process.env, CHROME_PATH: wrapper },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('unknown figure "no_such_figure"');
    const pid = Number(readFileSync(pidFile, 'utf8'));
    expect(pid).toBeGreaterThan(0);
    expect(() => process.kill(pid, 0)).toThrow();
  });
});
