// `deck pptx`: the slides as a PowerPoint file of real text and shapes, laid out where the browser
// lays them out (read back by shapes/): titles in each slide's title placeholder, lists as paragraphs
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
import { embedFonts } from './pptx-fonts.js';
import { escapeXml, textBody } from './pptx-text.js';
import { readSlideShapes } from './shapes/read-slide-shapes.js';
import type { Box, Shape, SlideShapes } from './slide-shapes.js';
import { placeTexts, type PlacedText } from './text-room.js';

/** The slide is 1280×720 CSS pixels; PowerPoint's 16:9 is 13.333×7.5 inches: 96 pixels an inch. */
const PX_PER_INCH = 96;
const inches = (px: number) => Math.round((px / PX_PER_INCH) * 1000) / 1000;
/** The theme's fonts, for text with none of its own (a box an organiser adds): the sans a
 *  Windows or macOS PC has, in Latin and in Simplified Chinese. */
const THEME_LATIN = 'Arial';
const THEME_CHINESE = 'Microsoft YaHei';

const MASTER = 'DECK';
const SLIDE_NUMBER = { x: inches(30), y: inches(690), w: 0.8, h: 0.25, fontFace: 'Arial', fontSize: 10, color: strip(COLOURS.inkSoft) };

export async function exportPptx(printer: Printer, deck: Deck, { outDir }: ExportTarget): Promise<Exported> {
  // The browser opened the print view as it started (run-export.ts).
  const unfit = await waitForPrintView(printer.tab, deck.slides);
  const slides = await readSlideShapes((await printer.driver()).startPage);
  if (slides.map((s) => s.id).join('\n') !== deck.slides.map((s) => s.id).join('\n')) {
    throw new ExportError("the slides read from the print view are not the deck's: rebuild with deck build");
  }
  const pptx = presentation(deck);
  const bodies: TextBox[][] = [];
  for (const [i, shapes] of slides.entries()) bodies.push(addSlide(pptx, shapes, deck.slides[i]!.notesText));
  const written = (await pptx.write({ outputType: 'nodebuffer', compression: true })) as Buffer;
  const bytes = await finish(written, deck, slides, bodies);
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
  pptx.theme = { headFontFace: THEME_LATIN, bodyFontFace: THEME_LATIN };
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

/** A text box's words and place, which finish() writes (pptx-text.ts) where the box holds its marker. */
interface TextBox extends PlacedText {
  title: boolean;
}

/** Adds the slide; returns its text boxes, to be written by finish(). */
function addSlide(pptx: PptxGenJS, slide: SlideShapes, notes: string): TextBox[] {
  const s = pptx.addSlide({ masterName: MASTER });
  s.background = { color: strip(slide.background) };
  // The number in a colour that reads on the slide's background (the section slides are navy).
  if (slide.background !== COLOURS.paper) s.slideNumber = { ...SLIDE_NUMBER, color: strip(COLOURS.rule) };
  const placed = placeTexts(slide.shapes);
  const bodies: TextBox[] = [];
  for (const shape of slide.shapes) addShape(pptx, s, shape, placed, bodies);
  if (notes.trim()) s.addNotes(notes.trim());
  return bodies;
}

/** What a text box holds until finish() writes its body. */
const marker = (i: number) => `deck-text-${i}`;

function addShape(pptx: PptxGenJS, slide: PptxGenJS.Slide, shape: Shape, placed: Map<Shape, PlacedText>, bodies: TextBox[]): void {
  const place = (box: Box) => ({ x: inches(box.x), y: inches(box.y), w: inches(box.w), h: inches(box.h) });
  switch (shape.kind) {
    case 'rect': {
      if (!shape.fill) return;
      const kind = shape.ellipse ? pptx.ShapeType.ellipse : shape.radius > 0 ? pptx.ShapeType.roundRect : pptx.ShapeType.rect;
      // pptxgenjs takes the corner's radius in inches.
      const rectRadius = shape.radius > 0 && !shape.ellipse ? Math.min(shape.radius, Math.min(shape.box.w, shape.box.h) / 2) / PX_PER_INCH : undefined;
      slide.addShape(kind, { ...place(shape.box), fill: { color: strip(shape.fill) }, line: { type: 'none' }, ...(rectRadius ? { rectRadius } : {}) });
      return;
    }
    case 'image':
      slide.addImage({ ...place(shape.box), data: shape.png, altText: shape.alt });
      return;
    case 'text': {
      const text = placed.get(shape)!;
      bodies.push({ ...text, title: shape.title });
      const { box } = text;
      slide.addText(marker(bodies.length - 1), { ...place(box), ...(shape.title ? { placeholder: 'title' } : {}), margin: 0 });
    }
  }
}

/** A box in the file's units (EMU, 914,400 an inch). */
const xfrm = (box: Box) => {
  const emu = (px: number) => Math.round((px / PX_PER_INCH) * 914_400);
  return `<a:off x="${emu(box.x)}" y="${emu(box.y)}"/><a:ext cx="${emu(box.w)}" cy="${emu(box.h)}"/>`;
};

/**
 * What pptxgenjs does not write: each text box's body (pptx-text.ts) with its links, each slide's
 * title placeholder where the slide has its title, the deck's faces (pptx-fonts.ts), the theme's
 * fonts for Chinese, and the document's language.
 */
async function finish(written: Buffer, deck: Deck, slides: SlideShapes[], bodies: TextBox[][]): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(written);
  for (const [i, boxes] of bodies.entries()) {
    const name = `ppt/slides/slide${i + 1}.xml`;
    const relsName = `ppt/slides/_rels/slide${i + 1}.xml.rels`;
    let xml = await zip.file(name)!.async('string');
    const links = new Map<string, string>();
    const linkId = (url: string) => {
      if (!links.has(url)) links.set(url, `rIdLink${links.size + 1}`);
      return links.get(url)!;
    };
    for (const [k, box] of boxes.entries()) {
      const body = new RegExp(`<p:txBody>(?:(?!</p:txBody>)[^])*<a:t>${marker(k)}</a:t>(?:(?!</p:txBody>)[^])*</p:txBody>`);
      xml = xml.replace(body, () => textBody(box.paragraphs, box.anchor, linkId));
      // pptxgenjs puts a placeholder where the master has it; the slide's title goes where the slide has it.
      if (box.title)
        xml = xml.replace(
          /(<p:ph[^>]*type="title"[^>]*\/><\/p:nvPr><\/p:nvSpPr><p:spPr><a:xfrm>)<a:off[^>]*\/><a:ext[^>]*\/>/,
          (_, head: string) => `${head}${xfrm(box.box)}`,
        );
    }
    zip.file(name, xml);
    if (links.size) {
      const rels = await zip.file(relsName)!.async('string');
      const added = [...links].map(
        ([url, id]) =>
          `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${escapeXml(url)}" TargetMode="External"/>`,
      );
      zip.file(relsName, rels.replace('</Relationships>', `${added.join('')}</Relationships>`));
    }
  }
  await embedFonts(zip, slides);
  const theme = 'ppt/theme/theme1.xml';
  const themeXml = await zip.file(theme)?.async('string');
  if (themeXml) {
    // A link is drawn in the theme's link colour, whatever its run's: the deck's links are navy.
    const link = `<a:srgbClr val="${strip(COLOURS.navy).toUpperCase()}"/>`;
    zip.file(
      theme,
      themeXml
        .replace(/<a:ea typeface=""\/>/g, `<a:ea typeface="${THEME_CHINESE}"/>`)
        .replace(/<a:font script="Hans" typeface="[^"]*"\/>/g, `<a:font script="Hans" typeface="${THEME_CHINESE}"/>`)
        .replace(/<a:(hlink|folHlink)>[^]*?<\/a:\1>/g, (_, element: string) => `<a:${element}>${link}</a:${element}>`),
    );
  }
  const core = 'docProps/core.xml';
  const coreXml = await zip.file(core)?.async('string');
  if (coreXml && !coreXml.includes('<dc:language>'))
    zip.file(core, coreXml.replace('</cp:coreProperties>', `<dc:language>${escapeHtml(deck.settings.lang)}</dc:language></cp:coreProperties>`));
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
