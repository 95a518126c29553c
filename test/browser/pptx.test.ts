// The PowerPoint file as an organiser gets it: `deck pptx` read back as the zip of XML it is, and
// rendered by LibreOffice Impress to check what it draws.
import { execFile, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import subsetFont from 'subset-font';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { compileDeck } from '../../src/compile-deck.js';
import { cardParts } from '../../src/figures/figure-text.js';
import { loadDeck } from '../../src/load/load-deck.js';
import { COLOURS } from '../../src/theme.js';

const { deck, zh } = compileDeck(loadDeck('slides'));

const work = mkdtempSync(join(tmpdir(), 'deck-pptx-'));
const out = join(work, 'dist');
const run = promisify(execFile);
const deckCli = (...args: string[]) => run(process.execPath, ['bin/deck.js', ...args, '--out', out]);

interface SlideXml {
  xml: string;
  notes: string;
  rels: string;
}
let english: SlideXml[] = [];
let chinese: SlideXml[] = [];
let english_zip: JSZip;
let rendered = '';

async function readSlides(file: string): Promise<{ zip: JSZip; slides: SlideXml[] }> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const text = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  const count = (await text('ppt/presentation.xml')).match(/<p:sldId /g)?.length ?? 0;
  const slides: SlideXml[] = [];
  for (let n = 1; n <= count; n++) {
    const rels = await text(`ppt/slides/_rels/slide${n}.xml.rels`);
    const notesFile = /Target="\.\.\/notesSlides\/(notesSlide\d+\.xml)"/.exec(rels)?.[1];
    slides.push({ xml: await text(`ppt/slides/slide${n}.xml`), notes: notesFile ? await text(`ppt/notesSlides/${notesFile}`) : '', rels });
  }
  return { zip, slides };
}

/** The text of some XML's runs, a paragraph a line. */
const texts = (xml: string) =>
  [...xml.matchAll(/<a:p>([^]*?)<\/a:p>/g)].map((p) => [...p[1]!.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((t) => unescape(t[1]!)).join('')).filter(Boolean);
const unescape = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const words = (text: string) => text.normalize('NFKC').replace(/\s+/g, ' ').trim();
/** The shapes of a slide, each with its XML. */
const shapes = (xml: string) => [...xml.matchAll(/<p:sp>([^]*?)<\/p:sp>/g)].map((m) => m[1]!);
const titleOf = (xml: string) => words(texts(shapes(xml).find((s) => /<p:ph[^>]*type="title"/.test(s)) ?? '').join(' '));

/** The deck's Inter as TrueType, where LibreOffice finds it: the file names it, as it does on an
 *  organiser's machine with the deck's font installed. */
async function fontsForLibreOffice(dir: string): Promise<string> {
  mkdirSync(dir, { recursive: true });
  let chars = '';
  for (let c = 0x20; c < 0x250; c++) chars += String.fromCodePoint(c);
  for (let c = 0x2000; c < 0x2070; c++) chars += String.fromCodePoint(c);
  for (const weight of [400, 700]) {
    const woff2 = readFileSync(`node_modules/@fontsource/inter/files/inter-latin-${weight}-normal.woff2`);
    writeFileSync(join(dir, `Inter-${weight}.ttf`), await subsetFont(woff2, chars, { targetFormat: 'truetype' }));
  }
  const conf = join(dir, 'fonts.conf');
  writeFileSync(conf, `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>${dir}</dir>
  <cachedir>${join(dir, 'cache')}</cachedir>
</fontconfig>
`);
  return conf;
}

beforeAll(async () => {
  cpSync(inject('deckDir'), out, { recursive: true });
  await deckCli('pptx');
  await deckCli('pptx', '--lang', 'zh');
  const read = await readSlides(join(out, 'deck.pptx'));
  english = read.slides;
  english_zip = read.zip;
  chinese = (await readSlides(join(out, 'deck-zh.pptx'))).slides;
  const conf = await fontsForLibreOffice(join(work, 'fonts'));
  await run('soffice', [`-env:UserInstallation=file://${join(work, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', join(work, 'rendered'), join(out, 'deck.pptx')], {
    env: { ...process.env, FONTCONFIG_FILE: conf },
  });
  rendered = join(work, 'rendered', 'deck.pdf');
}, 240_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('deck.pptx', () => {
  it('has one slide per slide of the deck, in order, each title in its slide’s title placeholder', () => {
    expect(english).toHaveLength(deck.slides.length);
    expect(english.map((s) => titleOf(s.xml))).toEqual(deck.slides.map((s) => words(s.title)));
  });

  it('writes the bullets as paragraphs, each at its level, with the deck’s markers', () => {
    const slide = deck.slides.findIndex((s) => s.id === 'xi-address-2023');
    const html = deck.slides[slide]!.html;
    // The compiled slide's items, outer and nested, in order.
    const items: { level: number; text: string }[] = [];
    let level = -1;
    for (const token of html.matchAll(/<(\/?)(\w+)\b[^>]*>|([^<]+)/g)) {
      if (token[2] === 'ul') level += token[1] ? -1 : 1;
      else if (token[2] === 'li' && !token[1]) items.push({ level, text: '' });
      else if (token[3] && items.length && level >= 0) items[items.length - 1]!.text += token[3];
    }
    const paragraphs = [...english[slide]!.xml.matchAll(/<a:p><a:pPr([^>]*)>([^]*?)<\/a:p>/g)].filter((p) => p[2]!.includes('<a:buChar'));
    expect(paragraphs.map((p) => ({ level: Number(/lvl="(\d)"/.exec(p[1]!)?.[1] ?? 0), text: words(unescape([...p[2]!.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((t) => t[1]).join(''))) }))).toEqual(
      items.map((i) => ({ level: i.level, text: words(unescape(i.text)) })),
    );
    // The outer list's marker in the accent colour, the nested list's in the softer ink.
    expect(paragraphs[0]![2]).toContain(`<a:buClr><a:srgbClr val="${COLOURS.accent.slice(1).toUpperCase()}"/></a:buClr>`);
    expect(paragraphs.find((p) => p[1]!.includes('lvl="1"'))![2]).toContain(`<a:buClr><a:srgbClr val="${COLOURS.inkSoft.slice(1).toUpperCase()}"/></a:buClr>`);
  });

  it('draws the callout cards as native shapes holding each figure’s number as text', () => {
    // The deck's slide with the most cards of their own (not figures inside a grid's cell).
    const cards = (html: string) => (html.includes('class="cell"') ? 0 : html.split('class="callout"').length - 1);
    const slide = deck.slides.reduce((best, s, i) => (cards(s.html) > cards(deck.slides[best]!.html) ? i : best), 0);
    expect(cards(deck.slides[slide]!.html)).toBeGreaterThan(0);
    const { xml } = english[slide]!;
    const figures = deck.slides[slide]!.figures;
    // A tinted box for each card, and a navy rule above it.
    const tint = COLOURS.tint.slice(1).toUpperCase();
    expect(shapes(xml).filter((s) => s.includes(`<a:srgbClr val="${tint}"/>`) && s.includes('prst="rect"'))).toHaveLength(new Set(figures).size);
    const all = texts(xml).map(words);
    for (const key of figures) {
      const card = cardParts(deck.data.figures.get(key)!, 'en');
      expect(all, key).toContain(words(card.number + (card.more ? '+' : '')));
    }
    // No picture of a slide: the only picture in the file is the deck's one, the QR code.
    expect(xml).not.toContain('<p:pic>');
  });

  it('has pictures only where the deck has them, each with its alternative text', () => {
    const media = Object.keys(english_zip.files).filter((name) => name.startsWith('ppt/media/') && !name.endsWith('/'));
    const withPictures = english.flatMap((s, i) => (s.xml.includes('<p:pic>') ? [deck.slides[i]!.id] : []));
    expect(withPictures).toEqual(deck.slides.filter((s) => /<svg|<img/.test(s.html)).map((s) => s.id));
    expect(media).toHaveLength(withPictures.length);
    const closing = english[deck.slides.findIndex((s) => s.id === 'thanks')]!.xml;
    expect(closing).toMatch(/<p:cNvPr [^>]*descr="QR code of https:\/\/en\.casted\.org\.cn\/en"/);
  });

  it('puts every slide’s speaker notes in the notes pane', () => {
    for (const [i, slide] of deck.slides.entries()) {
      expect(words(texts(english[i]!.notes).join(' ')), slide.id).toContain(words(slide.notesText).slice(0, 200));
    }
  });

  it('names the deck’s fonts, the Chinese one for East Asian text, and sets the document’s properties', async () => {
    const runFonts = english.map((s) => s.xml).join('').match(/<a:rPr [^]*?<\/a:rPr>/g) ?? [];
    expect(runFonts.length).toBeGreaterThan(100);
    for (const rPr of runFonts) {
      expect(rPr).toContain('<a:latin typeface="Inter"');
      expect(rPr).toContain('<a:ea typeface="Noto Sans SC"');
    }
    const core = (await english_zip.file('docProps/core.xml')!.async('string')).replace(/\s+/g, ' ');
    expect(core).toContain(`<dc:title>${deck.settings.title}</dc:title>`);
    expect(core).toContain(`<dc:creator>${deck.settings.author}</dc:creator>`);
    expect(core).toContain(`<dc:subject>${deck.settings.event}</dc:subject>`);
    expect(core).toContain(`<dc:language>${deck.settings.lang}</dc:language>`);
    // Slide numbers on every slide.
    for (const slide of english) expect(slide.xml).toContain('type="slidenum"');
  });
});

describe('deck-zh.pptx', () => {
  it('is the Chinese deck: its titles in the title placeholders, its text marked Chinese, its notes in Chinese', () => {
    expect(chinese.map((s) => titleOf(s.xml))).toEqual(zh!.slides.map((s) => words(s.title)));
    expect(chinese.map((s) => s.xml).join('')).toContain('lang="zh-CN"');
    const slide = zh!.slides.findIndex((s) => s.id === 'four-pillars');
    expect(words(texts(chinese[slide]!.notes).join(''))).toContain(words(zh!.slides[slide]!.notesText).slice(0, 60));
  });
});

describe('deck.pptx in LibreOffice Impress', () => {
  /** Each page's words with their boxes, in points from the page's top left. */
  function wordBoxes(): { page: number; word: string; x0: number; y0: number; x1: number; y1: number }[] {
    const html = spawnSync('pdftotext', ['-bbox', rendered, '-'], { encoding: 'utf8' }).stdout;
    const found: ReturnType<typeof wordBoxes> = [];
    let page = 0;
    for (const m of html.matchAll(/<page |<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
      if (m[0] === '<page ') page++;
      else found.push({ page, word: m[5]!, x0: Number(m[1]), y0: Number(m[2]), x1: Number(m[3]), y1: Number(m[4]) });
    }
    return found;
  }

  it('renders a page per slide holding its title and its figures', () => {
    const info = spawnSync('pdfinfo', [rendered], { encoding: 'utf8' }).stdout;
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBe(deck.slides.length);
    for (const [i, slide] of deck.slides.entries()) {
      const text = words(spawnSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), rendered, '-'], { encoding: 'utf8' }).stdout);
      expect(text, slide.id).toContain(words(slide.title));
      for (const key of slide.figures) {
        const card = cardParts(deck.data.figures.get(key)!, 'en');
        expect(text, `${slide.id}: ${key}`).toContain(words(card.number));
      }
    }
  });

  it('keeps every word on its slide and inside the text box it belongs to', () => {
    // The text boxes of each slide, in points (12,700 EMU a point).
    const boxes = english.map((s) =>
      shapes(s.xml)
        .filter((sp) => sp.includes('<a:t>'))
        .map((sp) => {
          const [, x, y] = /<a:off x="(\d+)" y="(\d+)"\/>/.exec(sp)!.map(Number);
          const [, w, h] = /<a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(sp)!.map(Number);
          return { x0: x! / 12700, y0: y! / 12700, x1: (x! + w!) / 12700, y1: (y! + h!) / 12700 };
        }),
    );
    const words = wordBoxes();
    expect(words.length).toBeGreaterThan(500);
    // Across, the whole word; down, its middle: a large number's glyph box (the font's ascent and
    // descent) is taller than its line, and a word that spilled would be a line below its box.
    const slack = 3;
    const inside = (w: (typeof words)[number], b: (typeof boxes)[number][number]) =>
      w.x0 >= b.x0 - slack && w.x1 <= b.x1 + slack && (w.y0 + w.y1) / 2 >= b.y0 && (w.y0 + w.y1) / 2 <= b.y1;
    const outside = words.filter((w) => w.x0 < 0 || w.x1 > 960 || !boxes[w.page - 1]!.some((b) => inside(w, b)));
    expect(outside.map((w) => `slide ${w.page}: ${w.word}`)).toEqual([]);
  });
});
