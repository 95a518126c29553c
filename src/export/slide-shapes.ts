// The slides as the browser laid them out, as shapes for the PowerPoint export: each slide's
// coloured boxes and rules, pictures, and blocks of text with their runs' styles, at the places
// reveal's print view gives them (after the fit step, so sizes are the deck's own). They are read
// in the page by shapes/read-slide-shapes.ts.

/** A box on the slide, in CSS pixels of the 1280×720 slide. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Run {
  text: string;
  /** CSS pixels. */
  size: number;
  bold: boolean;
  italic: boolean;
  /** #rrggbb */
  color: string;
  /** Letter spacing, CSS pixels. */
  spacing: number;
  /** The run's language (BCP 47), from the nearest `lang`. */
  lang: string;
  /** The family the page sets it in first (Inter, or Noto Sans SC for Chinese text). */
  font: string;
  link?: string;
  /** A line break inside the paragraph comes before this run. */
  breakBefore?: boolean;
  /** Where the break is one the page wrapped the line at (not a written one): what it stands in
   *  for, a space or nothing (after a hyphen), should the line be left to wrap by itself. */
  wrap?: string;
}

export interface Paragraph {
  runs: Run[];
  align: 'left' | 'center' | 'right';
  /** CSS pixels: the line height, and the space above the paragraph. */
  lineHeight: number;
  spaceBefore: number;
  /** CSS pixels: the ascent and descent of the paragraph's font, which place its text in its lines. */
  ascent: number;
  descent: number;
  /** Where the page's line ends are kept: each line's width as the page draws it, CSS pixels. */
  lines?: number[];
  /** A list item: its marker and the marker's colour, its nesting (0 for the outer list), where its
   *  text starts from the list's left edge, and where its marker is drawn from the text's start. */
  bullet?: Bullet;
}

export interface Bullet {
  /** '•' for Chromium's disc, drawn as a circle; otherwise the marker's text ('–'). */
  char: string;
  color: string;
  level: number;
  indent: number;
  /** CSS pixels from the text's start (negative): the disc's middle, or the marker text's start. */
  at: number;
  /** A disc's diameter, CSS pixels. */
  disc?: number;
}

export type Shape =
  | {
      kind: 'rect';
      box: Box;
      /** None for a card its rules alone draw: it is not drawn, but holds its words. */
      fill: string | undefined;
      radius: number;
      ellipse: boolean;
      /** Where the box has padding (a card), the box it leaves for what the box holds. */
      inner?: Box;
    }
  | { kind: 'image'; box: Box; png: string; alt: string }
  | {
      kind: 'text';
      /** Where its lines are drawn. */
      box: Box;
      /** The box the layout gives the text (a title's band of two lines), and where in it the
       *  lines sit: at its top, or at its foot (a one-line title on its rule). */
      frame: Box;
      anchor: 'top' | 'bottom';
      title: boolean;
      paragraphs: Paragraph[];
      /** white-space: nowrap */
      nowrap: boolean;
      /** The widest word's width, CSS pixels. */
      word: number;
      /** How far across its lines are drawn, from where the box starts, CSS pixels: a line's own
       *  width, where the box is a column's (a card's words in a grid). */
      span: number;
    };

export interface SlideShapes {
  id: string;
  background: string;
  shapes: Shape[];
}
