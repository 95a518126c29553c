// `deck pptx`: the slides as a PowerPoint file of real text and shapes, laid out where the browser
// lays them out (slide-shapes.ts): titles in each slide's title placeholder, lists as paragraphs
// with their levels, cards and rules as native shapes, pictures with their alternative text, and
// the speaker's notes in the notes pane. Written to dist/deck.pptx (deck-zh.pptx in Chinese).
import JSZip from 'jszip';
import PptxGenJS from 'pptxgenjs';
import { writeFileAtomic } from '../files/atomic-write.js';
import { escapeHtml } from '../html/text.js';
import { NOT_TEXT } from '../load/load-deck.js';
import { COLOURS } from '../theme.js';
import type { Deck } from '../types.js';
import type { Printer } from './browser-session.js';
import { ExportError, exportPath, type Exported, type ExportTarget } from './export-kinds.js';
import { waitForPrintView } from './print-view.js';
import { readSlideShapes, type Box, type Paragraph, type Run, type Shape, type SlideShapes } from './slide-shapes.js';

/** The slide is 1280×720 CSS pixels; PowerPoint's 16:9 is 13.333×7.5 inches: 96 pixels an inch. */
const PX_PER_INCH = 96;
const inches = (px: number) => Math.round((px / PX_PER_INCH) * 1000) / 1000;
/** A CSS pixel is three quarters of a point. */
const points = (px: number) => Math.round(px * 0.75 * 10) / 10;

/** The fonts named in the file; where they are missing PowerPoint substitutes by class (a Swiss
 *  sans for Inter, a Simplified Chinese sans for Noto Sans SC), and the theme names Arial and
 *  Microsoft YaHei for text with no font of its own. */
const LATIN_FONT = 'Inter';
const CHINESE_FONT = 'Noto Sans SC';

const MASTER = 'DECK';
const SLIDE_NUMBER = { x: inches(30), y: inches(690), w: 0.8, h: 0.25, fontFace: 'Arial', fontSize: 10, color: strip(COLOURS.inkSoft) };

export async function exportPptx(printer: Printer, deck: Deck, { outDir }: ExportTarget): Promise<Exported> {
  // The browser opened the print view as it started (export-command.ts).
  const unfit = await waitForPrintView(printer.tab, deck.slides);
  const slides = await readSlideShapes((await printer.driver()).startPage);
  if (slides.map((s) => s.id).join('\n') !== deck.slides.map((s) => s.id).join('\n')) {
    throw new ExportError('the slides read from the print view are not the deck\'s: rebuild with deck build');
  }
  const pptx = presentation(deck);
  for (const [i, shapes] of slides.entries()) addSlide(pptx, shapes, deck.slides[i]!.notesText);
  const written = (await pptx.write({ outputType: 'nodebuffer', compression: true })) as Buffer;
  const bytes = await finish(written, deck, slides);
  const path = exportPath(outDir, 'pptx', deck.lang);
  writeFileAtomic(path, bytes);
  return { path, count: slides.length, bytes: bytes.length, unfit };
}

function presentation(deck: Deck): PptxGenJS {
  const { settings } = deck;
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = settings.title;
  pptx.author = settings.author;
  pptx.subject = settings.event;
  pptx.company = settings.affiliation;
  pptx.theme = { headFontFace: 'Arial', bodyFontFace: 'Arial' };
  // The title placeholder gives each slide's title its role: PowerPoint's outline view, its
  // accessibility checker and screen readers find it there. Each slide moves it to its own place.
  pptx.defineSlideMaster({
    title: MASTER,
    background: { color: strip(COLOURS.paper) },
    objects: [{ placeholder: { options: { name: 'title', type: 'title', x: 0.5, y: 0.3, w: 12.3, h: 1 }, text: '' } }],
    slideNumber: SLIDE_NUMBER,
  });
  return pptx;
}

function addSlide(pptx: PptxGenJS, slide: SlideShapes, notes: string): void {
  const s = pptx.addSlide({ masterName: MASTER });
  s.background = { color: strip(slide.background) };
  // The number in a colour that reads on the slide's background (the section slides are navy).
  if (slide.background !== COLOURS.paper) s.slideNumber = { ...SLIDE_NUMBER, color: strip(COLOURS.rule) };
  for (const shape of slide.shapes) addShape(pptx, s, shape);
  if (notes.trim()) s.addNotes(notes.trim());
}

function addShape(pptx: PptxGenJS, slide: PptxGenJS.Slide, shape: Shape): void {
  const place = (box: Box) => ({ x: inches(box.x), y: inches(box.y), w: inches(box.w), h: inches(box.h) });
  switch (shape.kind) {
    case 'rect': {
      const kind = shape.ellipse ? pptx.ShapeType.ellipse : shape.radius > 0 ? pptx.ShapeType.roundRect : pptx.ShapeType.rect;
      const rectRadius = shape.radius > 0 && !shape.ellipse ? Math.min(0.5, shape.radius / Math.min(shape.box.w, shape.box.h)) : undefined;
      slide.addShape(kind, { ...place(shape.box), fill: { color: strip(shape.fill) }, line: { type: 'none' }, ...(rectRadius ? { rectRadius } : {}) });
      return;
    }
    case 'image':
      slide.addImage({ ...place(shape.box), data: shape.png, altText: shape.alt });
      return;
    case 'text': {
      const box = textBox(shape.box);
      slide.addText(shape.paragraphs.flatMap(paragraphRuns), {
        ...place(box),
        ...(shape.title ? { placeholder: 'title' } : {}),
        margin: 0,
        valign: 'top',
        wrap: !shape.nowrap,
        fit: 'none',
      });
    }
  }
}

/** A little room on the right and below: another renderer's line breaks fall a little differently. */
const textBox = (box: Box): Box => ({ ...box, w: box.w + 1.5, h: box.h + 4 });

/** A box in the file's units (EMU, 914,400 an inch). */
const xfrm = (box: Box) => {
  const emu = (px: number) => Math.round((px / PX_PER_INCH) * 914_400);
  return `<a:off x="${emu(box.x)}" y="${emu(box.y)}"/><a:ext cx="${emu(box.w)}" cy="${emu(box.h)}"/>`;
};

/** A paragraph as pptxgenjs's runs, a break after its last. */
function paragraphRuns(paragraph: Paragraph): PptxGenJS.TextProps[] {
  const last = paragraph.runs.length - 1;
  // Every run carries its paragraph's settings: pptxgenjs starts a new paragraph where they change.
  const settings = paragraphOptions(paragraph);
  return paragraph.runs.map((run, i) => ({
    text: run.text,
    options: {
      ...runOptions(run),
      ...settings,
      ...(run.breakBefore ? { softBreakBefore: true } : {}),
      ...(i === last ? { breakLine: true } : {}),
    },
  }));
}

function paragraphOptions(paragraph: Paragraph): PptxGenJS.TextPropsOptions {
  const { bullet } = paragraph;
  return {
    align: paragraph.align,
    lineSpacing: points(paragraph.lineHeight),
    ...(paragraph.spaceBefore > 0 ? { paraSpaceBefore: points(paragraph.spaceBefore) } : {}),
    ...(bullet
      ? { bullet: { characterCode: bullet.char.codePointAt(0)!.toString(16).padStart(4, '0').toUpperCase(), indent: points(bullet.indent / (bullet.level + 1)) }, indentLevel: bullet.level }
      : { bullet: false }),
  };
}

function runOptions(run: Run): PptxGenJS.TextPropsOptions {
  return {
    fontFace: LATIN_FONT,
    fontSize: points(run.size),
    bold: run.bold,
    italic: run.italic,
    color: strip(run.color),
    lang: run.lang === 'en' ? 'en-US' : run.lang.startsWith('zh') ? 'zh-CN' : run.lang,
    ...(run.spacing ? { charSpacing: points(run.spacing) } : {}),
    ...(run.link ? { hyperlink: { url: run.link } } : {}),
  };
}

/**
 * What pptxgenjs does not write: each run's Chinese in the Chinese font (a run names one font for
 * Latin and another for East Asian text, as PowerPoint's own do), list markers in their colours,
 * the theme's fonts for Chinese, and the document's language.
 */
async function finish(written: Buffer, deck: Deck, slides: SlideShapes[]): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(written);
  const markerColours = new Map<string, string>();
  for (const slide of slides) {
    for (const shape of slide.shapes) {
      if (shape.kind !== 'text') continue;
      for (const p of shape.paragraphs) if (p.bullet) markerColours.set(p.bullet.char, p.bullet.color);
    }
  }
  for (const name of Object.keys(zip.files)) {
    if (!/^ppt\/(slides|notesSlides|slideLayouts|slideMasters)\/[^/]+\.xml$/.test(name)) continue;
    let xml = await zip.file(name)!.async('string');
    // pptxgenjs puts a placeholder where the master has it; each slide's title goes where the slide has it.
    const slideNumber = /^ppt\/slides\/slide(\d+)\.xml$/.exec(name)?.[1];
    const title = slideNumber && slides[Number(slideNumber) - 1]?.shapes.find((s) => s.kind === 'text' && s.title);
    if (title) xml = xml.replace(/(<p:ph[^>]*type="title"[^>]*\/><\/p:nvPr><\/p:nvSpPr><p:spPr><a:xfrm>)<a:off[^>]*\/><a:ext[^>]*\/>/, (_, head: string) => `${head}${xfrm(textBox(title.box))}`);
    xml = xml.replaceAll(`<a:ea typeface="${LATIN_FONT}" pitchFamily="34" charset="-122"/>`, `<a:ea typeface="${CHINESE_FONT}" pitchFamily="34" charset="-122"/>`);
    xml = xml.replace(/<a:buSzPct val="100000"\/><a:buChar char="&#x([0-9A-F]{4});"\/>/g, (whole, code: string) => {
      const colour = markerColours.get(String.fromCodePoint(parseInt(code, 16)));
      return colour ? `<a:buClr><a:srgbClr val="${strip(colour).toUpperCase()}"/></a:buClr>${whole}` : whole;
    });
    zip.file(name, xml);
  }
  const theme = 'ppt/theme/theme1.xml';
  const themeXml = await zip.file(theme)?.async('string');
  if (themeXml) zip.file(theme, themeXml.replace(/<a:font script="Hans" typeface="[^"]*"\/>/g, '<a:font script="Hans" typeface="Microsoft YaHei"/>'));
  const core = 'docProps/core.xml';
  const coreXml = await zip.file(core)?.async('string');
  if (coreXml && !coreXml.includes('<dc:language>')) zip.file(core, coreXml.replace('</cp:coreProperties>', `<dc:language>${escapeHtml(deck.settings.lang)}</dc:language></cp:coreProperties>`));
  // What XML does not allow, pptxgenjs writes as it is given (a `&#12;` in a slide, an escape in
  // deck.yaml): one in a slide, and PowerPoint refuses the file, LibreOffice drops the slide. Such
  // characters are never markup. (A lone surrogate, the zip's UTF-8 writes as U+FFFD.)
  for (const name of Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n))) {
    const xml = await zip.file(name)!.async('string');
    const clean = xml.replace(NOT_TEXT, '');
    if (clean !== xml) zip.file(name, clean);
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

function strip(colour: string): string {
  return colour.replace(/^#/, '');
}

