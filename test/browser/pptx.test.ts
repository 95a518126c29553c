// The PowerPoint file as an organiser gets it: `deck pptx` read back as the zip of XML it is, and
// rendered by LibreOffice Impress to check what it draws.
import { execFile, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { compileDeck } from '../../src/compile-deck.js';
import { deckIn, type Deck } from '../../src/types.js';
import { exportPath } from '../../src/export/export-kinds.js';
import { cardParts } from '../../src/figures/figure-text.js';
import { loadDeck } from '../../src/load/load-deck.js';
import { COLOURS } from '../../src/theme.js';
import { LAYOUTS_DECK } from './layouts-deck.js';

const compiled = compileDeck(loadDeck('slides'));
const { deck } = compiled;
/** The pillars are drawn from the fixture deck of layouts, which has them whatever the talk has. */
const layouts = compileDeck(loadDeck(LAYOUTS_DECK)).deck;
const zh = deckIn(compiled, 'zh');
const others = compiled.translations.filter((t) => t.lang !== 'zh');

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
/** The fixture deck of layouts' slides, in English. */
let layoutSlides: SlideXml[] = [];
let chinese: SlideXml[] = [];
let english_zip: JSZip;
let chinese_zip: JSZip;

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
const unescape = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
const words = (text: string) => text.normalize('NFKC').replace(/\s+/g, ' ').trim();
/** The shapes of a slide, each with its XML. */
const shapes = (xml: string) => [...xml.matchAll(/<p:sp>([^]*?)<\/p:sp>/g)].map((m) => m[1]!);
/** A pillar's rule (theme.css: 6 px of the slide's 1280), in points, and the foot of the safe area. */
const PILLAR_RULE = 4.5;
const SAFE_FOOT = 0.94 * 540;
/** A slide's title, a line the page broke (a balanced title) read as a space between its words, or
 *  as nothing beside Chinese, which has no spaces. */
const titleOf = (xml: string) =>
  words(
    texts((shapes(xml).find((s) => /<p:ph[^>]*type="title"/.test(s)) ?? '').replace(/<a:br>[^]*?<\/a:br>/g, '<a:t>\u2028</a:t>'))
      .join(' ')
      .replace(/(.)\s*\u2028\s*(.)/gu, (_, a: string, b: string) => (/[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u.test(a + b) ? a + b : `${a} ${b}`)),
  );

/** A private font set-up for LibreOffice: the system's fonts, and `extra` (a folder of fonts) or
 *  nothing more; a cache of its own, so that a font installed for one set-up never shows in another. */
function fontSetup(dir: string, extra?: string): string {
  mkdirSync(dir, { recursive: true });
  const conf = join(dir, 'fonts.conf');
  writeFileSync(
    conf,
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  ${extra ? `<dir>${extra}</dir>` : ''}
  <cachedir>${join(dir, 'cache')}</cachedir>
</fontconfig>
`,
  );
  return conf;
}

/** The two machines an organiser may open the file on: with the deck's fonts installed (the files
 *  `deck fonts` writes), and with only the system's (here Liberation, DejaVu and a Chinese fallback:
 *  no Inter, no Noto Sans SC; LibreOffice 7 does not read a file's embedded fonts). */
const SETUPS = ['deck fonts', 'system fonts'] as const;
type Setup = (typeof SETUPS)[number];
const FILES = { en: 'deck', zh: 'deck-zh' } as const;
/** Each file's render in each set-up. */
const renders = new Map<string, string>();
const renderOf = (setup: Setup, lang: 'en' | 'zh') => renders.get(`${setup} ${lang}`)!;

beforeAll(async () => {
  cpSync(inject('deckDir'), out, { recursive: true });
  await deckCli('pptx');
  await deckCli('pptx', '--lang', 'zh');
  // The slides as the deck prints them, to compare with LibreOffice's pages.
  await deckCli('pdf');
  await deckCli('pdf', '--lang', 'zh');
  // The translations written as data, whose longer words break more of a card's lines.
  for (const { lang } of others) {
    await deckCli('pptx', '--lang', lang);
    await deckCli('pdf', '--lang', lang);
  }
  const layoutsOut = join(work, 'layouts');
  cpSync(inject('layoutsDir'), layoutsOut, { recursive: true });
  await run(process.execPath, ['bin/deck.js', 'pptx', '--slides', LAYOUTS_DECK, '--out', layoutsOut]);
  layoutSlides = (await readSlides(join(layoutsOut, 'deck.pptx'))).slides;
  const read = await readSlides(join(out, 'deck.pptx'));
  english = read.slides;
  english_zip = read.zip;
  const readZh = await readSlides(join(out, 'deck-zh.pptx'));
  chinese = readZh.slides;
  chinese_zip = readZh.zip;
  await run(process.execPath, ['bin/deck.js', 'fonts', '--out', join(work, 'fonts')]);
  const confs: Record<Setup, string> = {
    'deck fonts': fontSetup(join(work, 'with-fonts'), join(work, 'fonts')),
    'system fonts': fontSetup(join(work, 'without-fonts')),
  };
  // Two at a time (one per language, each with its own profile): LibreOffice takes a core each.
  for (const setup of SETUPS) {
    await Promise.all(
      (['en', 'zh'] as const).map(async (lang) => {
        const dir = join(work, 'rendered', `${setup.replace(' ', '-')}-${lang}`);
        await run(
          'soffice',
          [
            `-env:UserInstallation=file://${join(work, `lo-${setup.replace(' ', '-')}-${lang}`)}`,
            '--headless',
            '--convert-to',
            'pdf',
            '--outdir',
            dir,
            join(out, `${FILES[lang]}.pptx`),
          ],
          {
            env: { ...process.env, FONTCONFIG_FILE: confs[setup] },
          },
        );
        renders.set(`${setup} ${lang}`, join(dir, `${FILES[lang]}.pdf`));
      }),
    );
  }
}, 420_000);

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
    expect(
      paragraphs.map((p) => ({
        level: Number(/lvl="(\d)"/.exec(p[1]!)?.[1] ?? 0),
        text: words(unescape([...p[2]!.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((t) => t[1]).join(''))),
      })),
    ).toEqual(items.map((i) => ({ level: i.level, text: words(unescape(i.text)) })));
    // The outer list's marker in the accent colour, the nested list's in the softer ink.
    expect(paragraphs[0]![2]).toContain(`<a:buClr><a:srgbClr val="${COLOURS.accent.slice(1).toUpperCase()}"/></a:buClr>`);
    expect(paragraphs.find((p) => p[1]!.includes('lvl="1"'))![2]).toContain(`<a:buClr><a:srgbClr val="${COLOURS.inkSoft.slice(1).toUpperCase()}"/></a:buClr>`);
  });

  it('marks a pillar’s point after its figures as the page does, with its marker', () => {
    const points = layouts.slides.flatMap((slide, i) =>
      // In a pillar (a grid's cell), a list right after its figures.
      [
        ...slide.html
          .split('<div class="cell">')
          .slice(1)
          .join('')
          .matchAll(/<\/figure>\s*<\/div>\s*<ul>([^]*?)<\/ul>/g),
      ].flatMap((list) => [...list[1]!.matchAll(/<li>([^]*?)<\/li>/g)].map((li) => ({ i, text: words(unescape(li[1]!.replace(/<[^>]+>/g, ''))) }))),
    );
    expect(points.length).toBeGreaterThan(0);
    for (const { i, text } of points) {
      const paragraphs = [...layoutSlides[i]!.xml.matchAll(/<a:p><a:pPr[^>]*>([^]*?)<\/a:p>/g)].map((p) => p[1]!);
      const point = paragraphs.find((p) => words(unescape([...p.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((t) => t[1]).join(''))) === text);
      expect(point, `slide ${i + 1}: "${text}"`).toContain('<a:buChar');
    }
  });

  it('lets a bullet wrap by itself, and keeps the lines of balanced text', () => {
    // A bullet's lines are the office program's, in whatever face it has: no break mid-sentence.
    const content = english.filter((_, i) => deck.slides[i]!.layout !== 'title');
    const bullets = content.flatMap((s) => [...s.xml.matchAll(/<a:p><a:pPr[^>]*>((?:(?!<\/a:p>)[^])*?<a:buChar[^]*?)<\/a:p>/g)].map((m) => m[1]!));
    expect(bullets.length).toBeGreaterThan(10);
    expect(bullets.filter((p) => p.includes('<a:br>')).map((p) => texts(`<a:p>${p}</a:p>`).join(''))).toEqual([]);
    // Balanced text (text-wrap: balance: a card's words, a timeline's entry) keeps the page's lines.
    expect(content.some((s) => shapes(s.xml).some((sp) => !sp.includes('<a:buChar') && sp.includes('<a:br>')))).toBe(true);
  });

  it('draws the callout cards as native shapes holding each figure’s number as text', () => {
    // The deck's slide with the most cards of their own (not figures inside a grid's cell).
    const cardsOn = (html: string) => (html.includes('class="cell"') ? 0 : html.split('class="callout"').length - 1);
    const slide = deck.slides.reduce((best, s, i) => (cardsOn(s.html) > cardsOn(deck.slides[best]!.html) ? i : best), 0);
    const { xml } = english[slide]!;
    const cards = [...deck.slides[slide]!.html.matchAll(/<figure class="callout" data-figure="([^"]+)"/g)].map((m) => m[1]!);
    expect(cards.length).toBeGreaterThan(1);
    // A tinted box for each card, and a navy rule above it.
    const tint = COLOURS.tint.slice(1).toUpperCase();
    expect(shapes(xml).filter((s) => s.includes(`<a:srgbClr val="${tint}"/>`) && s.includes('prst="rect"'))).toHaveLength(cards.length);
    const all = texts(xml).map(words);
    for (const key of cards) {
      const card = cardParts(deck.data.figures.get(key)!, 'en');
      expect(all, key).toContain(words(card.number + (card.more ? '+' : '')));
    }
    // No picture of a slide: the only picture in the file is the deck's one, the QR code.
    expect(xml).not.toContain('<p:pic>');
  });

  it('draws the pillars as the page does, each under its navy rule on the slide’s white', () => {
    const pillars = layouts.slides.flatMap((s, i) => (s.layout === 'pillars' ? [i] : []));
    expect(pillars.length).toBeGreaterThan(1);
    const tint = COLOURS.tint.slice(1).toUpperCase();
    for (const i of pillars) {
      const { xml } = layoutSlides[i]!;
      const cells = layouts.slides[i]!.html.split('class="cell"').length - 1;
      expect(
        shapes(xml).filter((s) => s.includes(`<a:srgbClr val="${tint}"/>`)),
        `slide ${i + 1}`,
      ).toEqual([]);
      const cards = cardBoxes(xml);
      expect(cards, `slide ${i + 1}`).toHaveLength(cells);
      // Each holds its pillar's heading and words.
      for (const card of cards) expect(textBoxes(xml).filter((t) => t.x0 >= card.x0 - 1 && t.x1 <= card.x1 + 1 && t.y0 >= card.y0).length).toBeGreaterThan(2);
    }
  });

  it('rounds a box’s corners as the page does', () => {
    // The radii the theme gives its boxes (the pillars' numbers), in pixels.
    const radii = [...readFileSync('src/runtime/theme.css', 'utf8').matchAll(/border-radius: (\d+)px/g)].map((m) => Number(m[1]));
    // The talk's boxes, and the fixture deck's pillars, whose numbers' badges are rounded whatever the talk has.
    const rounded = [...english, ...layoutSlides].flatMap((s) => shapes(s.xml).filter((sp) => sp.includes('prst="roundRect"')));
    expect(rounded.length).toBeGreaterThan(0);
    for (const sp of rounded) {
      const [, w, h] = /<a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(sp)!.map(Number);
      const adjust = Number(/<a:gd name="adj" fmla="val (\d+)"\/>/.exec(sp)![1]);
      // The corner's radius, a share (of 100,000) of the shorter side, in pixels (9,525 EMU each).
      const radius = ((adjust / 100_000) * Math.min(w!, h!)) / 9525;
      expect(
        radii.some((r) => Math.abs(r - radius) < 0.5),
        `radius ${radius.toFixed(1)} px`,
      ).toBe(true);
    }
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

  it('names the deck’s fonts in every run as the page sets it: Inter, Chinese in Noto Sans SC; and sets the document’s properties', async () => {
    const runFonts =
      english
        .map((s) => s.xml)
        .join('')
        .match(/<a:rPr [^]*?<\/a:rPr>/g) ?? [];
    expect(runFonts.length).toBeGreaterThan(100);
    for (const rPr of runFonts) {
      expect(rPr).toMatch(/<a:latin typeface="(Inter|Noto Sans SC)"/);
      expect(rPr).toContain('<a:ea typeface="Noto Sans SC"');
      // A Chinese run (the institute's name) is set in the Chinese face, its Latin too, as on the page.
      if (rPr.includes('lang="zh-CN"')) expect(rPr).toContain('<a:latin typeface="Noto Sans SC"');
    }
    // The theme names what a PC without the faces has: Arial, and Microsoft YaHei for Chinese.
    const theme = await english_zip.file('ppt/theme/theme1.xml')!.async('string');
    expect(theme).toMatch(/<a:minorFont><a:latin typeface="Arial"\/><a:ea typeface="Microsoft YaHei"\/>/);
    expect(theme).toContain('<a:font script="Hans" typeface="Microsoft YaHei"/>');
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

  it('keeps a Chinese bullet’s line ends, where the page breaks between words', () => {
    const bullets = chinese.flatMap((s) => [...s.xml.matchAll(/<a:p><a:pPr[^>]*>((?:(?!<\/a:p>)[^])*?<a:buChar[^]*?)<\/a:p>/g)].map((m) => m[1]!));
    expect(bullets.filter((p) => p.includes('<a:br>')).length).toBeGreaterThan(0);
  });
});

describe('each language’s file', () => {
  it('keeps the lines of a card’s words that the deck breaks, a pillar’s list item’s as its figures’ words’, or none of them', async () => {
    let compared = 0;
    for (const d of [deck, ...compiled.translations]) {
      const { slides } = await readSlides(exportPath(out, 'pptx', d.lang));
      const printed = wordBoxes(exportPath(out, 'pdf', d.lang));
      for (const [i, slide] of slides.entries()) {
        const boxes = shapes(slide.xml).filter((sp) => sp.includes('<a:t>') && !sp.includes('<a:buChar'));
        for (const card of cardBoxes(slide.xml)) {
          for (const sp of boxes) {
            const [box] = textBoxes(`<p:sp>${sp}</p:sp>`);
            if (!box || box.x0 < card.x0 - 1 || box.x1 > card.x1 + 1 || box.y0 < card.y0 - 1 || box.y1 > card.y1 + 1) continue;
            const words = printed.filter(
              (w) => w.page === i + 1 && w.x0 >= box.x0 - deckStart(w) && w.x1 <= box.x1 + 3 && (w.y0 + w.y1) / 2 >= box.y0 && (w.y0 + w.y1) / 2 <= box.y1,
            );
            // The deck's lines: its words' glyph boxes, one line's over the next's.
            const tops = words.map((w) => w.y0).sort((a, b) => a - b);
            const lines = tops.filter((y, k) => k === 0 || y - tops[k - 1]! > 0.5 * (words[0]!.y1 - words[0]!.y0)).length;
            // Or none of them, where a line would not fit a wider face (see the test below).
            if (lines < 2 || !sp.includes('<a:br>')) continue;
            expect(sp.split('<a:br>').length, `${d.lang}, slide ${i + 1}: ${box.text}`).toBe(lines);
            compared++;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(5);
  });
});

/** The faces a file's runs and markers are set in ("Inter 700"), with the characters set in each. */
function facesOfRuns(slides: SlideXml[]): Map<string, Set<string>> {
  const faces = new Map<string, Set<string>>();
  for (const slide of slides) {
    // A list's marker is drawn in its font's regular face.
    for (const marker of slide.xml.matchAll(/<a:buFont typeface="([^"]+)"[^>]*\/><a:buChar char="([^"]+)"\/>/g)) {
      faces.set(`${marker[1]} 400`, (faces.get(`${marker[1]} 400`) ?? new Set()).add(unescape(marker[2]!)));
    }
    for (const run of slide.xml.matchAll(/<a:r><a:rPr ([^>]*)>([^]*?)<\/a:rPr><a:t>([^<]*)<\/a:t><\/a:r>/g)) {
      const weight = /\bb="1"/.test(run[1]!) ? 700 : 400;
      const latin = /<a:latin typeface="([^"]+)"/.exec(run[2]!)![1]!;
      for (const c of unescape(run[3]!).replace(/\s/g, '')) {
        const face = `${/[\u2e80-\uffff]/.test(c) ? 'Noto Sans SC' : latin} ${weight}`;
        faces.set(face, (faces.get(face) ?? new Set()).add(c));
      }
    }
  }
  return faces;
}

/** A TrueType font's family, style and characters, as fontconfig reads it. */
function fontFile(bytes: Uint8Array): { family: string; style: string; has: (c: string) => boolean } {
  const file = join(work, `font-${Math.random().toString(36).slice(2)}.ttf`);
  writeFileSync(file, bytes);
  const [family, style, charset] = spawnSync('fc-scan', ['--format', '%{family}\n%{style}\n%{charset}', file], { encoding: 'utf8' }).stdout.split('\n');
  const ranges = charset!.split(' ').map((r) => r.split('-').map((h) => parseInt(h, 16)));
  return { family: family!, style: style!, has: (c) => ranges.some(([from, to]) => c.codePointAt(0)! >= from! && c.codePointAt(0)! <= (to ?? from)!) };
}

describe.each([
  ['deck.pptx', () => ({ zip: english_zip, slides: english })],
  ['deck-zh.pptx', () => ({ zip: chinese_zip, slides: chinese })],
])('%s carries its fonts', (_, file) => {
  it('embeds each face its runs use, cut to their characters, as PowerPoint reads them, and lists them in the presentation', async () => {
    const { zip, slides } = file();
    const text = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
    const presentation = await text('ppt/presentation.xml');
    const rels = await text('ppt/_rels/presentation.xml.rels');
    expect(presentation).toMatch(/<p:presentation [^>]*embedTrueTypeFonts="1"/);
    // Where the schema puts the list: after the notes' size, before the default text style.
    expect(presentation).toMatch(/<p:notesSz [^>]*\/><p:embeddedFontLst>(<p:embeddedFont>[^]*?<\/p:embeddedFont>)+<\/p:embeddedFontLst><p:defaultTextStyle>/);
    expect(await text('[Content_Types].xml')).toContain('<Default Extension="fntdata" ContentType="application/x-fontdata"/>');
    const embedded = new Map<string, ReturnType<typeof fontFile> & { size: number }>();
    for (const entry of presentation.matchAll(/<p:embeddedFont><p:font typeface="([^"]+)"[^>]*\/>([^]*?)<\/p:embeddedFont>/g)) {
      for (const slot of entry[2]!.matchAll(/<p:(regular|bold) r:id="([^"]+)"\/>/g)) {
        const target = new RegExp(
          `<Relationship Id="${slot[2]}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/font" Target="(fonts/[^"]+\\.fntdata)"/>`,
        ).exec(rels)?.[1];
        expect(target, `${entry[1]} ${slot[1]}`).toBeDefined();
        const part = await zip.file(`ppt/${target}`)!.async('nodebuffer');
        // Embedded OpenType 2.2: its size, its font's size, the magic number, the font uncompressed at its end.
        expect(part.readUInt32LE(0)).toBe(part.length);
        expect(part.readUInt32LE(8)).toBe(0x00020002);
        expect(part.readUInt32LE(12) & 0x4).toBe(0);
        expect(part.readUInt16LE(34)).toBe(0x504c);
        const font = fontFile(part.subarray(part.length - part.readUInt32LE(4)));
        expect(font.family).toBe(entry[1]);
        expect(font.style).toBe(slot[1] === 'bold' ? 'Bold' : 'Regular');
        embedded.set(`${entry[1]} ${slot[1] === 'bold' ? 700 : 400}`, { ...font, size: part.length });
      }
    }
    const used = facesOfRuns(slides);
    expect([...embedded.keys()].sort()).toEqual([...used.keys()].sort());
    for (const [face, chars] of used) {
      expect(
        [...chars].filter((c) => !embedded.get(face)!.has(c)),
        face,
      ).toEqual([]);
    }
    // Cut: the Chinese face is a small part of its whole (2.5 MB).
    for (const [face, font] of embedded) if (face.startsWith('Noto')) expect(font.size, face).toBeLessThan(400_000);
  });

  it('is a whole package: every part it refers to is there, with its content type', async () => {
    const { zip } = file();
    const types = await zip.file('[Content_Types].xml')!.async('string');
    const defaults = new Set([...types.matchAll(/<Default Extension="([^"]+)"/g)].map((m) => m[1]!.toLowerCase()));
    const overrides = new Set([...types.matchAll(/<Override PartName="\/([^"]+)"/g)].map((m) => m[1]));
    for (const name of Object.keys(zip.files).filter((n) => !zip.files[n]!.dir && n !== '[Content_Types].xml')) {
      expect(overrides.has(name) || defaults.has(name.split('.').pop()!.toLowerCase()), name).toBe(true);
    }
    for (const relsName of Object.keys(zip.files).filter((n) => n.endsWith('.rels'))) {
      const base = relsName.replace(/_rels\/[^/]*\.rels$/, '');
      for (const rel of (await zip.file(relsName)!.async('string')).matchAll(/<Relationship ([^>]*)\/>/g)) {
        if (/TargetMode="External"/.test(rel[1]!)) continue;
        const target = /Target="([^"]+)"/.exec(rel[1]!)![1]!;
        const resolved = target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join(base, target));
        expect(zip.file(resolved), `${relsName} → ${target}`).not.toBeNull();
      }
    }
  });
});

describe('deck fonts', () => {
  it('writes the faces the file names as installable TrueType, with their licences', () => {
    const dir = join(work, 'fonts');
    const names = readdirSync(dir).sort();
    expect(names).toEqual(['Inter-Bold.ttf', 'Inter-OFL.txt', 'Inter-Regular.ttf', 'NotoSansSC-Bold.ttf', 'NotoSansSC-OFL.txt', 'NotoSansSC-Regular.ttf']);
    for (const [name, family, style] of [
      ['Inter-Regular.ttf', 'Inter', 'Regular'],
      ['Inter-Bold.ttf', 'Inter', 'Bold'],
      ['NotoSansSC-Regular.ttf', 'Noto Sans SC', 'Regular'],
      ['NotoSansSC-Bold.ttf', 'Noto Sans SC', 'Bold'],
    ] as const) {
      const font = fontFile(readFileSync(join(dir, name)));
      expect([font.family, font.style], name).toEqual([family, style]);
    }
    // Whole faces, for an organiser's edits: every character of the Chinese deck, and more.
    const noto = fontFile(readFileSync(join(dir, 'NotoSansSC-Regular.ttf')));
    expect([...facesOfRuns(chinese).get('Noto Sans SC 400')!].filter((c) => !noto.has(c))).toEqual([]);
    expect(readFileSync(join(dir, 'Inter-OFL.txt'), 'utf8')).toContain('SIL Open Font License');
  });
});

/** Each page's words with their boxes, in points from the page's top left. */
function wordBoxes(pdf: string): { page: number; word: string; x0: number; y0: number; x1: number; y1: number }[] {
  const html = spawnSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' }).stdout;
  const found: ReturnType<typeof wordBoxes> = [];
  let page = 0;
  for (const m of html.matchAll(/<page |<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
    if (m[0] === '<page ') page++;
    else found.push({ page, word: unescape(m[5]!), x0: Number(m[1]), y0: Number(m[2]), x1: Number(m[3]), y1: Number(m[4]) });
  }
  return found;
}

/** Where a word of the deck's PDF may start before its text box: the page sets an opening quote
 *  half-width at a line's start, and its PDF gives the glyph its whole box, half an em further left. */
const deckStart = (w: { y0: number; y1: number }) => 3 + (w.y1 - w.y0) / 2;

/** A slide's text boxes, in points (12,700 EMU a point), with their text and its first run's size
 *  and weight. */
function textBoxes(xml: string): { x0: number; y0: number; x1: number; y1: number; text: string; style: string | undefined }[] {
  return shapes(xml)
    .filter((sp) => sp.includes('<a:t>'))
    .map((sp) => {
      const [, x, y] = /<a:off x="(-?\d+)" y="(-?\d+)"\/>/.exec(sp)!.map(Number);
      const [, w, h] = /<a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(sp)!.map(Number);
      const style = /<a:rPr [^>]*?(sz="\d+" b="\d")/.exec(sp)?.[1];
      return { x0: x! / 12700, y0: y! / 12700, x1: (x! + w!) / 12700, y1: (y! + h!) / 12700, text: texts(sp).join(''), style };
    });
}

/** A shape's box, in points. */
function boxOf(sp: string): { x0: number; y0: number; x1: number; y1: number } {
  const [, x, y] = /<a:off x="(-?\d+)" y="(-?\d+)"\/>/.exec(sp)!.map(Number);
  const [, w, h] = /<a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(sp)!.map(Number);
  return { x0: x! / 12700, y0: y! / 12700, x1: (x! + w!) / 12700, y1: (y! + h!) / 12700 };
}

/** A slide's cards, in points: its tinted boxes, and the pillars its navy rules alone draw (a
 *  rule of a pillar's thickness over no tint), each down to the slide's safe area. */
function cardBoxes(xml: string): { x0: number; y0: number; x1: number; y1: number }[] {
  const filled = (colour: string) =>
    shapes(xml).filter((sp) => sp.includes(`<a:srgbClr val="${colour.slice(1).toUpperCase()}"/>`) && sp.includes('prst="rect"'));
  const tinted = filled(COLOURS.tint).map(boxOf);
  const ruled = filled(COLOURS.navy)
    .map(boxOf)
    .filter((r) => Math.abs(r.y1 - r.y0 - PILLAR_RULE) < 0.1 && !tinted.some((t) => Math.abs(t.y0 - r.y0) < 1 && Math.abs(t.x0 - r.x0) < 1))
    .map((r) => ({ ...r, y1: SAFE_FOOT }));
  return [...tinted, ...ruled];
}

const decks = { en: () => ({ deck, slides: english }), zh: () => ({ deck: zh!, slides: chinese }) };
const bare = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');
/** The figures' numbers as the slides write them (with their + and measure word). */
const heroNumbers = (d: Deck) =>
  d.slides.flatMap((s) => [...s.html.matchAll(/<p class="callout-value"[^>]*>([^]*?)<\/p>/g)].map((m) => bare(unescape(m[1]!.replace(/<[^>]*>/g, '')))));
/** Whether words are drawn on one line: each one's glyph box spans most of each other's. */
const oneLine = (words: { y0: number; y1: number }[]) =>
  words.every((w) => words.every((v) => Math.min(w.y1, v.y1) - Math.max(w.y0, v.y0) > 0.5 * Math.min(w.y1 - w.y0, v.y1 - v.y0)));

describe.each(SETUPS.flatMap((setup) => (['en', 'zh'] as const).map((lang) => [`${FILES[lang]}.pptx`, setup, lang] as const)))(
  '%s in LibreOffice Impress, %s',
  (_, setup, lang) => {
    it('renders a page per slide holding its title and its figures', () => {
      const { deck: d } = decks[lang]();
      const pdf = renderOf(setup, lang);
      const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout;
      expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBe(d.slides.length);
      for (const [i, slide] of d.slides.entries()) {
        // Spaces aside: LibreOffice spaces Chinese from Latin, and pdftotext says so.
        const text = bare(spawnSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), pdf, '-'], { encoding: 'utf8' }).stdout);
        expect(text, slide.id).toContain(bare(slide.title));
        for (const key of slide.figures) {
          const card = cardParts(d.data.figures.get(key)!, lang);
          expect(text, `${slide.id}: ${key}`).toContain(bare(card.number));
        }
      }
    });

    it('keeps every word on its slide and inside its text box, and no two words on one another', () => {
      const { slides } = decks[lang]();
      const boxes = slides.map((s) => textBoxes(s.xml));
      const found = wordBoxes(renderOf(setup, lang));
      expect(found.length).toBeGreaterThan(lang === 'en' ? 500 : 250);
      // Across, the whole word; down, its middle: a large number's glyph box (the font's ascent and
      // descent) is taller than its line, and a word that spilled would be a line below its box.
      const slack = 3;
      const inside = (w: (typeof found)[number], b: (typeof boxes)[number][number]) =>
        w.x0 >= b.x0 - slack && w.x1 <= b.x1 + slack && (w.y0 + w.y1) / 2 >= b.y0 && (w.y0 + w.y1) / 2 <= b.y1;
      const outside = found.filter((w) => w.x0 < 0 || w.x1 > 960 || !boxes[w.page - 1]!.some((b) => inside(w, b)));
      expect(outside.map((w) => `slide ${w.page}: ${w.word}`)).toEqual([]);
      // Two words drawn over each other: across by more than a point, and down by most of a line.
      const overlapping: string[] = [];
      for (const [i, a] of found.entries()) {
        for (const b of found.slice(i + 1)) {
          if (a.page !== b.page) break;
          const across = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
          const down = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
          if (across > 1 && down > 0.4 * Math.min(a.y1 - a.y0, b.y1 - b.y0)) overlapping.push(`slide ${a.page}: ${a.word} / ${b.word}`);
        }
      }
      expect(overlapping).toEqual([]);
    });

    it('draws each year and each hero number, with its unit, on one line', () => {
      const { deck: d, slides } = decks[lang]();
      const found = wordBoxes(renderOf(setup, lang));
      // The years, and the cards' numbers as the slides write them (with their + and measure word).
      const values = heroNumbers(d);
      const oneLiners = new Set([...(d.data.timeline ?? []).map((entry) => String(entry.year)), ...values]);
      let checked = 0;
      for (const [i, slide] of slides.entries()) {
        for (const box of textBoxes(slide.xml).filter((b) => oneLiners.has(bare(b.text)))) {
          const its = found.filter(
            (w) => w.page === i + 1 && w.x0 >= box.x0 - 3 && w.x1 <= box.x1 + 3 && (w.y0 + w.y1) / 2 >= box.y0 && (w.y0 + w.y1) / 2 <= box.y1,
          );
          expect(bare(its.map((w) => w.word).join('')), `slide ${i + 1}: ${box.text}`).toBe(bare(box.text));
          // On one line: every word's glyph box spans most of each other's (a measure word, set
          // smaller, within the number's), where a second line would be below it.
          for (const w of its) {
            for (const v of its)
              expect(Math.min(w.y1, v.y1) - Math.max(w.y0, v.y0), `slide ${i + 1}: ${box.text}`).toBeGreaterThan(0.5 * Math.min(w.y1 - w.y0, v.y1 - v.y0));
          }
          checked++;
        }
      }
      // Every year of the timeline and every card's number were found.
      expect(checked).toBeGreaterThanOrEqual(values.length + (d.data.timeline?.length ?? 0));
    });

    it('keeps a card’s words inside its padding, and the lines the cards set alone, two or more in one style, each on one line in one size', () => {
      const { deck: d, slides } = decks[lang]();
      const found = wordBoxes(renderOf(setup, lang));
      const printed = wordBoxes(join(out, `${FILES[lang]}.pdf`));
      const numbers = new Set(heroNumbers(d));
      const spilled: string[] = [];
      let columns = 0;
      for (const [i, slide] of slides.entries()) {
        const on = (words: typeof found, b: { x0: number; y0: number; x1: number; y1: number }, before: (w: (typeof found)[number]) => number = () => 3) =>
          words.filter((w) => w.page === i + 1 && w.x0 >= b.x0 - before(w) && w.x1 <= b.x1 + 3 && (w.y0 + w.y1) / 2 >= b.y0 && (w.y0 + w.y1) / 2 <= b.y1);
        const texts = textBoxes(slide.xml);
        // The lines the deck sets alone in its cards, other than the figures' numbers, by style.
        const styles = new Map<string, { box: (typeof texts)[number]; words: typeof found }[]>();
        // A pillar's number is its badge's, not a line of its card.
        const badges = shapes(slide.xml)
          .filter((sp) => sp.includes('prst="roundRect"'))
          .map(boxOf);
        const inBadge = (t: (typeof texts)[number]) => badges.some((b) => t.x0 >= b.x0 - 1 && t.x1 <= b.x1 + 1 && t.y0 >= b.y0 - 1 && t.y1 <= b.y1 + 1);
        for (const card of cardBoxes(slide.xml)) {
          const held = texts.filter((t) => t.x0 >= card.x0 - 1 && t.x1 <= card.x1 + 1 && t.y0 >= card.y0 - 1 && t.y1 <= card.y1 + 1);
          if (!held.length) continue;
          // The card's padding, as its first column stands in from its left edge.
          const edge = card.x1 - (Math.min(...held.map((t) => t.x0)) - card.x0);
          const inCard = found.filter(
            (w) => w.page === i + 1 && w.x0 < card.x1 && w.x1 > card.x0 && (w.y0 + w.y1) / 2 > card.y0 && (w.y0 + w.y1) / 2 < card.y1,
          );
          spilled.push(...inCard.filter((w) => w.x1 > edge + 1).map((w) => `slide ${i + 1}: ${w.word} ends ${(w.x1 - edge).toFixed(1)} pt into the padding`));
          for (const t of held) {
            const deckWords = on(printed, t, deckStart);
            if (!t.style || numbers.has(bare(t.text)) || inBadge(t) || !deckWords.length || !oneLine(deckWords)) continue;
            styles.set(t.style, [...(styles.get(t.style) ?? []), { box: t, words: on(found, t) }]);
          }
        }
        for (const column of [...styles.values()].filter((c) => c.length > 1)) {
          for (const { box, words } of column) {
            // A point's marker, drawn before it, is no word of its box.
            expect(bare(words.map((w) => w.word.replace(/^•/, '')).join('')), `slide ${i + 1}`).toBe(bare(box.text));
            expect(oneLine(words), `slide ${i + 1}: ${box.text}`).toBe(true);
          }
          const heights = column.flatMap(({ words }) => words.filter((w) => w.word !== '•').map((w) => w.y1 - w.y0));
          expect(Math.max(...heights) - Math.min(...heights), `slide ${i + 1}: ${column.map((c) => c.box.text).join(' / ')}`).toBeLessThan(0.3);
          columns++;
        }
      }
      expect(spilled).toEqual([]);
      // The pillars' figures' words, and their details, at least.
      expect(columns).toBeGreaterThanOrEqual(2);
    });
  },
);

/** A page of a PDF as grey pixels, a CSS pixel each (96 dpi). */
function raster(pdf: string, page: number): { at: (x: number, y: number) => number } {
  const prefix = join(work, `page-${Math.random().toString(36).slice(2)}`);
  spawnSync('pdftoppm', ['-gray', '-r', '96', '-f', String(page), '-l', String(page), '-singlefile', pdf, prefix]);
  const data = readFileSync(`${prefix}.pgm`);
  const header = /^P5\s+(\d+)\s+\d+\s+\d+\s/.exec(data.toString('latin1', 0, 40))!;
  const width = Number(header[1]);
  return { at: (x, y) => data[header[0].length + Math.round(y) * width + Math.round(x)]! };
}

/** The ink in a rectangle: its top, bottom, left edge and horizontal middle, or undefined. */
function ink(
  page: ReturnType<typeof raster>,
  x0: number,
  x1: number,
  y0: number,
  y1: number,
): { top: number; bottom: number; left: number; middle: number } | undefined {
  let top = Infinity,
    bottom = -Infinity,
    left = Infinity,
    right = -Infinity;
  for (let y = Math.round(y0); y <= y1; y++) {
    for (let x = Math.round(x0); x <= x1; x++) {
      if (page.at(x, y) < 170) {
        top = Math.min(top, y);
        bottom = Math.max(bottom, y);
        left = Math.min(left, x);
        right = Math.max(right, x);
      }
    }
  }
  return top === Infinity ? undefined : { top, bottom, left, middle: (left + right) / 2 };
}

/** The rows of a rectangle that hold ink, in runs: its lines of text. */
function inkRows(page: ReturnType<typeof raster>, x0: number, x1: number, y0: number, y1: number): { top: number; bottom: number }[] {
  const rows: { top: number; bottom: number }[] = [];
  for (let y = Math.round(y0); y <= y1; y++) {
    let inked = false;
    for (let x = Math.round(x0); x <= x1 && !inked; x++) inked = page.at(x, y) < 170;
    if (!inked) continue;
    const last = rows[rows.length - 1];
    if (last && last.bottom === y - 1) last.bottom = y;
    else rows.push({ top: y, bottom: y });
  }
  return rows;
}

it('keeps a line end the deck wrapped at only where each line fits a wider face: each is drawn on one line without the deck’s faces', () => {
  const found = wordBoxes(renderOf('system fonts', 'en'));
  let compared = 0;
  for (const [i, slide] of english.entries()) {
    for (const sp of shapes(slide.xml).filter((x) => x.includes('<a:br>') && !x.includes('<a:buChar'))) {
      const [box] = textBoxes(`<p:sp>${sp}</p:sp>`);
      const words = found.filter(
        (w) => w.page === i + 1 && w.x0 >= box!.x0 - 3 && w.x1 <= box!.x1 + 3 && (w.y0 + w.y1) / 2 >= box!.y0 && (w.y0 + w.y1) / 2 <= box!.y1,
      );
      // The lines LibreOffice draws: its words' glyph boxes, one line's over the next's.
      const tops = words.map((w) => w.y0).sort((a, b) => a - b);
      const drawn = tops.filter((y, k) => k === 0 || y - tops[k - 1]! > 0.5 * (words[0]!.y1 - words[0]!.y0)).length;
      expect(drawn, `slide ${i + 1}: ${texts(sp).join(' / ')}`).toBe(texts(sp).length + sp.split('<a:br>').length - 1);
      compared++;
    }
  }
  // The titles the deck balances, a card's words, the timeline's entries.
  expect(compared).toBeGreaterThan(5);
});

describe.each(['en', 'zh'] as const)('the %s file’s layout beside the deck’s', (lang) => {
  it('keeps the title slide’s line breaks', () => {
    const { deck: d, slides } = decks[lang]();
    const title = d.slides.findIndex((s) => s.layout === 'title');
    // Written lines: parted by a break, or each a block of its own (html/line-blocks.ts).
    const broken = [...d.slides[title]!.html.matchAll(/<(p|li)\b[^>]*>((?:(?!<\/\1>)[^])*(?:<br>|<span class="line">)[^]*?)<\/\1>/g)].map((m) =>
      m[2]!
        .split(/<br>|<span class="line">/)
        .map((part) => bare(unescape(part.replace(/<[^>]*>/g, ''))))
        .filter(Boolean),
    );
    expect(broken.length).toBeGreaterThan(0);
    const paragraphs = [...slides[title]!.xml.matchAll(/<a:p>([^]*?)<\/a:p>/g)].map((p) =>
      p[1]!.split(/<a:br>/).map((line) => bare(unescape([...line.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((t) => t[1]).join('')))),
    );
    for (const parts of broken) {
      const paragraph = paragraphs.find((lines) => lines.join('') === parts.join(''));
      expect(paragraph, parts.join(' / ')).toBeDefined();
      // Each part starts a line (a Chinese paragraph may have more lines: the page's own breaks).
      const starts = new Set(paragraph!.map((_, i) => paragraph!.slice(0, i).join('').length));
      for (const [i] of parts.entries()) expect(starts.has(parts.slice(0, i).join('').length), parts[i]).toBe(true);
    }
  });

  it('draws each list’s marker as the deck does (its size, and its height against the first line) and its lines where the deck does', () => {
    const { deck: d, slides } = decks[lang]();
    const lo = renderOf('deck fonts', lang);
    const page = join(out, lang === 'en' ? 'deck.pdf' : 'deck-zh.pdf');
    let compared = 0;
    for (const [i, slide] of slides.entries()) {
      for (const sp of shapes(slide.xml).filter((x) => x.includes('<a:buChar char="•"/>'))) {
        const [, x, y] = /<a:off x="(\d+)" y="(\d+)"\/>/.exec(sp)!.map(Number);
        const first = /<a:pPr marL="(\d+)"[^>]*><a:lnSpc><a:spcPts val="(\d+)"\/>/.exec(sp)!;
        const [left, top, text, line] = [x! / 9525, y! / 9525, (x! + Number(first[1])) / 9525, Number(first[2]) / 75];
        const measure = (pdf: string) => {
          const raster_ = raster(pdf, i + 1);
          const marker = ink(raster_, left, text - 3, top - 4, top + line + 2);
          const words = ink(raster_, text, text + 150, top - 4, top + line + 2);
          return marker && words && { size: marker.bottom - marker.top, height: words.bottom - (marker.top + marker.bottom) / 2, across: text - marker.middle };
        };
        const [deckMarker, fileMarker] = [measure(page), measure(lo)];
        expect(deckMarker, `${d.slides[i]!.id} in the deck`).toBeDefined();
        expect(fileMarker, `${d.slides[i]!.id} in the file`).toBeDefined();
        expect(fileMarker!.size / deckMarker!.size, d.slides[i]!.id).toBeGreaterThan(0.75);
        expect(fileMarker!.size / deckMarker!.size, d.slides[i]!.id).toBeLessThan(1.3);
        expect(Math.abs(fileMarker!.height - deckMarker!.height), d.slides[i]!.id).toBeLessThan(2.5);
        expect(Math.abs(fileMarker!.across - deckMarker!.across), d.slides[i]!.id).toBeLessThan(3);
        // And the list's lines, each where the deck has it.
        const [, , h] = /<a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(sp)!.map(Number);
        const lineTops = (pdf: string) => inkRows(raster(pdf, i + 1), text, text + 400, top - 4, Math.min(715, top + h! / 9525)).map((r) => r.top);
        const [deckLines, fileLines] = [lineTops(page), lineTops(lo)];
        expect(deckLines.length, d.slides[i]!.id).toBeGreaterThan(0);
        // A Chinese list keeps the page's line ends. An English one wraps by itself (the page sets it
        // `pretty`, the office program fills each line): its words, not its first line, may differ.
        if (lang === 'zh') expect(fileLines.length, d.slides[i]!.id).toBe(deckLines.length);
        const kept = lang === 'zh' ? fileLines : fileLines.slice(0, 1);
        // Within a few pixels: a list's paragraphs drift a pixel or so each in LibreOffice.
        for (const [k, y] of kept.entries()) expect(Math.abs(y - deckLines[k]!), `${d.slides[i]!.id}, line ${k + 1}`).toBeLessThan(5);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(2);
  });
});

it('hangs no opening quote: no paragraph but a marked one has a negative indent, and a Chinese line that opens with a quote starts no further left than the deck’s, with the deck’s faces or without', () => {
  // A hung quote, drawn narrow by a face other than the deck's, stands in the margin, on a badge
  // or on the title slide's bar.
  for (const [lang, slides] of [
    ['en', english],
    ['zh', chinese],
  ] as const) {
    for (const [i, slide] of slides.entries()) {
      const hung = [...slide.xml.matchAll(/<a:pPr [^>]*indent="-[^>]*>((?:(?!<\/a:pPr>)[^])*)<\/a:pPr>/g)].filter((m) => !m[1]!.includes('<a:buChar'));
      expect(
        hung.map((m) => m[0]),
        `${lang}, slide ${i + 1}`,
      ).toEqual([]);
    }
  }
  const page = join(out, 'deck-zh.pdf');
  let compared = 0;
  for (const [i, slide] of chinese.entries()) {
    // What is drawn beside the text (a badge, the bar), not under it (a card).
    const drawn = shapes(slide.xml)
      .filter((sp) => !sp.includes('<a:t>') && sp.includes('<a:solidFill>'))
      .map((sp) => {
        const [, x, y] = /<a:off x="(-?\d+)" y="(-?\d+)"\/>/.exec(sp)!.map((n) => Number(n) / 9525);
        const [, w, h] = /<a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(sp)!.map((n) => Number(n) / 9525);
        return { x0: x!, y0: y!, x1: x! + w!, y1: y! + h! };
      });
    for (const sp of shapes(slide.xml).filter((x) => /^[“‘《〈「『【〔〖（［｛]/.test(texts(x).join('')))) {
      const [, x, y] = /<a:off x="(-?\d+)" y="(-?\d+)"\/>/.exec(sp)!.map((n) => Number(n) / 9525);
      const [, w] = /<a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(sp)!.map((n) => Number(n) / 9525);
      const line = Number(/<a:lnSpc><a:spcPts val="(\d+)"\/>/.exec(sp)![1]) / 75;
      // The first line's ink, from a little left of the box (where a quote would hang), or from
      // what is drawn before it, across.
      const before = drawn.filter((d) => d.x1 < x! + w! / 2 && d.y0 < y! + line && d.y1 > y!).map((d) => d.x1 + 1);
      const from = Math.max(16, x! - 40, ...before);
      const left = (pdf: string) => ink(raster(pdf, i + 1), from, x! + w!, y!, y! + line)?.left;
      const deckLeft = left(page);
      expect(deckLeft, `slide ${i + 1}: ${texts(sp).join('')}`).toBeDefined();
      for (const setup of SETUPS) expect(left(renderOf(setup, 'zh'))!, `slide ${i + 1}, ${setup}: ${texts(sp).join('')}`).toBeGreaterThanOrEqual(deckLeft! - 2);
      compared++;
    }
  }
  // The title slide's title, the section titles and a card's heading, at least.
  expect(compared).toBeGreaterThan(3);
});
