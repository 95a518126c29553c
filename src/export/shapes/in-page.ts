// The functions that read the slides in the page, as one table, and what reading a slide keeps as
// it goes. The page has none of this project's code: read-slide-shapes.ts sends each function as
// its source, and each uses only its arguments, the page's own globals and the other functions it
// is given as `fn` (this table). None declares a function of its own: a transform that keeps
// function names (tsx, esbuild's keepNames) wraps each one in a helper the page does not have.
import type { Box, Bullet, Paragraph, Run, SlideShapes, Shape } from '../slide-shapes.js';

/** A rectangle in the page's CSS pixels, as getBoundingClientRect gives it. */
export type Rect = Pick<DOMRect, 'left' | 'top' | 'width' | 'height'>;

/** The edges of an element's content box, in the page's CSS pixels. */
export interface Edges {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export type ParagraphStyle = Pick<Paragraph, 'align' | 'lineHeight' | 'ascent' | 'descent'>;

/** What reading one slide keeps as it goes. */
export interface SlideReading {
  /** The page's box: shapes are placed from its corner. */
  origin: DOMRect;
  /** The slide's background as [r, g, b], which a translucent colour is seen against. */
  under: readonly number[];
  /** Boxes, rules and pictures, drawn under the text. */
  shapes: Shape[];
  texts: Shape[];
  /** The slide's title words, or null. */
  title: Element | null;
  /** Each picture of the slides drawn as a PNG data URL. */
  pictures: ReadonlyMap<Element, string>;
  /** A canvas to measure text with. */
  measure: CanvasRenderingContext2D;
  /** The text nodes read into runs since the block (or list item) began, for where their lines are drawn. */
  textNodes: Node[];
  // Where the page's line ends are kept (text-block.ts, keepsLines): a line break before the first
  // character of each line after the first.
  /** Whether the block's lines are kept as the page breaks them, the foot of its last character,
   *  and where each of its lines is drawn across. */
  wraps: { on: boolean; bottom: number | undefined; lines: { left: number; right: number }[] };
  /** The widest word read since the block began, CSS pixels. */
  widest: number;
}

/** Where a list's lines start, where the last paragraph's lines end (for the space above the
 *  next), where the list ends, and its left edge. */
export interface ListBox {
  top: number | undefined;
  bottom: number | undefined;
  end: number;
  left: number;
}

type Measure = CanvasRenderingContext2D;

export interface InPage {
  // page-style.ts
  hex: (css: string, under: readonly number[]) => string | undefined;
  isBlock: (el: Element) => boolean;
  hidden: (el: Element) => boolean;
  boxOf: (r: Rect, origin: Rect) => Box;
  contentBox: (el: Element) => Edges;
  useFont: (el: Element, measure: Measure) => void;
  fontMetrics: (el: Element, measure: Measure, fn: InPage) => { ascent: number; descent: number };
  // generated-content.ts
  materialiseGenerated: (fn: InPage) => void;
  materialise: (el: Element, which: '::before' | '::after', fn: InPage) => void;
  counterValue: (el: Element, name: string) => number;
  // pictures.ts
  drawPictures: (fn: InPage) => Promise<Map<Element, string>>;
  drawPng: (image: CanvasImageSource, r: Rect) => string;
  // text-block.ts
  langOf: (node: Node) => string;
  keepsLines: (el: Element, fn: InPage) => boolean;
  runOf: (text: string, el: Element, under: readonly number[], fn: InPage) => Run;
  textRuns: (node: Node, el: Element, runs: Run[], slide: SlideReading, fn: InPage) => void;
  inlineRuns: (el: Element, runs: Run[], blocks: Element[], slide: SlideReading, fn: InPage) => void;
  trimRuns: (runs: Run[]) => Run[];
  paragraphStyle: (el: Element, measure: Measure, fn: InPage) => ParagraphStyle;
  lineBoxes: (nodes: Node[], lineHeight: number) => Edges | undefined;
  trimmedStart: (nodes: Node[], slide: SlideReading, fn: InPage) => number;
  textBox: (el: Element, nodes: Node[], frameOf: Element, slide: SlideReading, fn: InPage) => { box: Box; frame: Box; anchor: 'top' | 'bottom'; span: number };
  readBlockText: (el: Element, slide: SlideReading, fn: InPage) => Element[];
  // list-text.ts
  bulletOf: (item: Element, list: Element, level: number, indent: number, slide: SlideReading, fn: InPage) => Bullet | undefined;
  readListItems: (list: Element, level: number, paragraphs: Paragraph[], listBox: ListBox, slide: SlideReading, fn: InPage) => void;
  readBulletList: (list: Element, slide: SlideReading, fn: InPage) => void;
  // walk-slide.ts
  boxShapes: (el: Element, slide: SlideReading, fn: InPage) => void;
  walk: (el: Element, slide: SlideReading, fn: InPage) => void;
  readSlide: (pageEl: HTMLElement, pictures: ReadonlyMap<Element, string>, fn: InPage) => SlideShapes;
  readSlides: (fn: InPage) => Promise<SlideShapes[]>;
}
