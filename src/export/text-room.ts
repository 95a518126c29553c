// Where each text box of a slide may grow. Where the deck's fonts are missing, an office program
// draws the text in another (Arial for Inter, a Chinese sans for Noto Sans SC; DejaVu Sans on a
// Linux machine, wider still) and breaks its lines elsewhere: each box is given the room its
// layout leaves it, up to the next text or rule, and across a card up to its padding, so that a
// line more finds its place, and text that must stay on one line (a year, a hero number) gets the
// width around it and no height to wrap into (with normAutofit, a line that no longer fits shrinks
// rather than wraps); a line set alone gets the width around it too, and the lines a slide's cards
// set alone in one style (a figure's words) stay on one line, each with the same slack. A line end
// the page wrapped at is kept only where each line fits the box in a wider face.
import { baselineShift } from './pptx-text.js';
import type { Box, Paragraph, Shape } from './slide-shapes.js';

type TextShape = Extract<Shape, { kind: 'text' }>;

/** A text box as the file gets it: its place, whether its lines hang from its top or stand on its
 *  foot, and its paragraphs with the page's line ends that the box keeps (keptLines). */
export interface PlacedText {
  box: Box;
  anchor: 'top' | 'bottom';
  paragraphs: Paragraph[];
}

const SLIDE = { w: 1280, h: 720 };
/** The safe area (theme.css): 6% of the slide on every side. */
const SAFE = { x: 0.06 * SLIDE.w, y: 0.06 * SLIDE.h };
/** CSS pixels kept clear between a grown box and what it grows towards. */
const GAP = 4;
/** How much wider than the deck's a fallback may set a word: DejaVu Sans Bold, Linux's usual
 *  stand-in, sets Inter's words up to 18% wider (Arial's are narrower). */
const WIDER = 1.2;
/** How much wider than the deck's a fallback sets a line, by weight: DejaVu Sans sets this deck's
 *  regular lines 6% wider than Inter, its bold ones up to 18% (Arial, narrower). */
const FALLBACK_LINE = { regular: 1.06, bold: 1.18 };
/** The room a line the page broke must leave in its box, set in a fallback, for its break to stay. */
const LINE_SLACK = 1.1;

export function placeTexts(shapes: Shape[]): Map<TextShape, PlacedText> {
  const texts = shapes.filter((s): s is TextShape => s.kind === 'text');
  // A slide's own background (a section slide's navy, the title slide's bar) bounds nothing.
  const drawn = shapes.filter((s) => s.kind !== 'text' && !(s.box.w >= SLIDE.w - 10 && s.box.h >= SLIDE.h - 10));
  /** The smallest box each text is drawn in (a card, a badge), if any. */
  const holders = new Map(texts.map((t) => [t, drawn.filter((s) => contains(s.box, t.box)).sort((x, y) => area(x.box) - area(y.box))[0]]));
  const columns = cardColumns(texts, holders);
  const inColumns = new Set(columns.flat());
  const placed = new Map<TextShape, PlacedText>();
  for (const text of texts) {
    const b = text.box;
    const inside = holders.get(text);
    // Across, a card's words stay within its padding, as the page keeps them; down, the line more
    // a wider face needs may take the padding under them, rather than the whole block shrink.
    const card = inside?.kind === 'rect' ? inside.inner : undefined;
    const edges = inside && inset(inside.box, GAP);
    const limit = edges ? (card ? { ...edges, x: card.x, w: card.w } : edges) : { x: Math.min(SAFE.x, b.x), y: Math.min(SAFE.y, b.y), w: 0, h: 0 };
    const right = inside ? limit.x + limit.w : Math.max(SLIDE.w - SAFE.x, b.x + b.w);
    const bottom = inside ? limit.y + limit.h : Math.max(SLIDE.h - SAFE.y, b.y + b.h);
    const obstacles = [...texts.filter((t) => t !== text), ...drawn.filter((s) => s !== inside && !contains(s.box, b))].map((s) => s.box);

    // A line the page sets alone (a label, the closing slide's event) may be boxed as tight as its
    // ink: in a wider face it would shrink or wrap a word alone. It takes the room to its right
    // (there is no next line for a word to come up from). Where it is one of a column of such
    // lines in cards (cardColumns), it stays on one line, as its siblings do.
    const oneLine = text.nowrap || isOneWord(text) || inColumns.has(text);
    const lineAlone = !oneLine && setAlone(text);
    const size = Math.max(...text.paragraphs.flatMap((p) => p.runs.map((r) => r.size)));
    const chinese = text.paragraphs.some((p) => p.runs.some((r) => r.lang.startsWith('zh')));
    // Across: a line that must not wrap takes what room there is; a Chinese line (its breaks are
    // the page's) a character more, for a renderer that spaces Chinese from Latin. A wrapped
    // English line keeps the page's width (more would let up a word the page put on the next
    // line), but for its widest word set in a wider face: that gets its room, into the margin if
    // need be, rather than break in two.
    const overlapsRow = (o: Box) => o.y < b.y + b.h && o.y + o.h > b.y;
    const rightTo = (edge: number) => Math.min(edge, ...obstacles.filter((o) => overlapsRow(o) && o.x >= b.x + b.w - 1).map((o) => o.x - GAP)) - (b.x + b.w);
    const roomRight = rightTo(right);
    const roomLeft = b.x - Math.max(limit.x, ...obstacles.filter((o) => overlapsRow(o) && o.x + o.w <= b.x + 1).map((o) => o.x + o.w + GAP));
    const centred = text.paragraphs.every((p) => p.align === 'center');
    const wanted = oneLine || lineAlone ? Infinity : chinese ? size : WIDER * text.word - b.w;
    const grow = centred ? Math.max(0, Math.min(wanted / 2, roomLeft, roomRight)) : 0;
    const x = b.x - grow;
    const w =
      b.w + (centred ? 2 * grow : Math.max(0, Math.min(wanted, oneLine || lineAlone || chinese ? roomRight : rightTo(inside ? right : SLIDE.w - SAFE.x / 3))));

    // Down (or up, for lines standing on the box's foot): to whatever is under (or over) them.
    const overlapsColumn = (o: Box) => o.x < x + w && o.x + o.w > x;
    let y = b.y;
    let h = b.h;
    if (!oneLine && text.anchor === 'top') {
      const floor = Math.min(bottom, ...obstacles.filter((o) => overlapsColumn(o) && o.y >= b.y + b.h - 1).map((o) => o.y - GAP));
      h = Math.max(b.h, floor - b.y);
    } else if (!oneLine) {
      const ceiling = Math.max(limit.y, text.frame.y, ...obstacles.filter((o) => overlapsColumn(o) && o.y + o.h <= b.y + 1).map((o) => o.y + o.h + GAP));
      y = Math.min(b.y, ceiling);
      h = b.y + b.h - y;
    } else {
      // Room for a glyph a little taller than the page's, but not for a second line.
      h = b.h + 2;
    }
    // The text moved to where an office program draws its first line as the page does.
    const shift = baselineShift(text.paragraphs[text.anchor === 'top' ? 0 : text.paragraphs.length - 1]!);
    placed.set(text, { box: { x, y: y + shift, w, h }, anchor: text.anchor, paragraphs: text.paragraphs.map((p) => keptLines(p, w)) });
  }
  for (const column of columns) shareSlack(column, placed);
  return placed;
}

/**
 * The paragraph with the line ends the page wrapped at kept where its lines, set in a fallback,
 * fit the box's width with room to spare: a line that did not would wrap again, a short line
 * between two long ones. Between two written breaks, one such line leaves all of that stretch's
 * lines to the office program, which wraps them as its face needs. Chinese keeps its line ends
 * (an office program would break inside a word), as do written breaks.
 */
function keptLines(p: Paragraph, width: number): Paragraph {
  const { lines } = p;
  if (!lines || p.runs.some((r) => r.lang.startsWith('zh'))) return p;
  // The stretches between written breaks, as the indexes of their lines.
  const stretches: number[][] = [[0]];
  let line = 0;
  for (const run of p.runs.filter((r) => r.breakBefore)) {
    line++;
    if (run.wrap === undefined) stretches.push([line]);
    else stretches[stretches.length - 1]!.push(line);
  }
  const bold = (k: number) => lineRuns(p, k).some((r) => r.bold);
  const fits = (k: number) => lines[k]! * (bold(k) ? FALLBACK_LINE.bold : FALLBACK_LINE.regular) * LINE_SLACK <= width;
  const freed = new Set(stretches.filter((stretch) => !stretch.every(fits)).flatMap((stretch) => stretch.slice(1)));
  if (!freed.size) return p;
  line = 0;
  const runs = p.runs.map((run) => {
    if (run.breakBefore) line++;
    if (!run.breakBefore || !freed.has(line)) return run;
    const { wrap, ...free } = run;
    return { ...free, text: `${wrap}${run.text}`, breakBefore: false };
  });
  return { ...p, runs };
}

/** The runs of the paragraph's line k. */
function lineRuns(p: Paragraph, k: number): Paragraph['runs'] {
  let line = 0;
  return p.runs.filter((run) => {
    if (run.breakBefore) line++;
    return line === k;
  });
}

/** One paragraph, on one line as the page sets it, and not set to the right (whose width is its own). */
function setAlone(text: TextShape): boolean {
  const [only, ...more] = text.paragraphs;
  return !more.length && !!only && only.align !== 'right' && !only.runs.some((r) => r.breakBefore) && text.box.h < 1.5 * only.lineHeight;
}

/**
 * The lines a slide's cards set alone, left-aligned, by their style, where two or more share one
 * (a figure's words, down a card's column and across the cards beside it, which read as one
 * table). Each stays on one line, and shrinks in a face wider than the deck's: wrapped, a line as
 * long as its box would leave its last word alone, and one label of the column would wrap where
 * another does not. (Not a number: Inter's "1" is narrow, a fallback's as wide as its other
 * digits, so one share of slack does not suit a column of numbers; each takes the room there is.)
 */
function cardColumns(texts: TextShape[], holders: Map<TextShape, Shape | undefined>): TextShape[][] {
  const columns = new Map<string, TextShape[]>();
  for (const text of texts) {
    const holder = holders.get(text);
    if (holder?.kind !== 'rect' || !holder.inner || text.nowrap || !setAlone(text) || text.paragraphs[0]!.align !== 'left') continue;
    const { size, bold } = text.paragraphs[0]!.runs[0]!;
    const style = `${size.toFixed(1)} ${bold}`;
    columns.set(style, [...(columns.get(style) ?? []), text]);
  }
  return [...columns.values()].filter((column) => column.length > 1);
}

/**
 * A column's lines each given the same share more than its own width: the least share any of them
 * has room for. A face wider than the deck's then shrinks them all alike, or none of them, and the
 * column keeps one size. (Each given its room, the longest would shrink in a face that its shorter
 * siblings fit.)
 */
function shareSlack(column: TextShape[], placed: Map<TextShape, PlacedText>): void {
  // A point's marker, hung before its words, is no part of the line that shrinks.
  const marker = (line: TextShape) => line.paragraphs[0]!.bullet?.indent ?? 0;
  const share = Math.min(...column.map((line) => (placed.get(line)!.box.w - marker(line)) / (line.span - marker(line))));
  if (!Number.isFinite(share) || share <= 0) return;
  for (const line of column) placed.get(line)!.box.w = marker(line) + (line.span - marker(line)) * share;
}

/** Text the page cannot break: a year, a number, one word. */
function isOneWord(text: TextShape): boolean {
  const [only, ...more] = text.paragraphs;
  return !more.length && !!only && !only.runs.some((r) => r.breakBefore || /[\s\u2e80-\uffff]/.test(r.text.trim()));
}

function contains(outer: Box, inner: Box): boolean {
  return outer.x <= inner.x + 1 && outer.y <= inner.y + 1 && outer.x + outer.w >= inner.x + inner.w - 1 && outer.y + outer.h >= inner.y + inner.h - 1;
}

function area(box: Box): number {
  return box.w * box.h;
}

function inset(box: Box, by: number): Box {
  return { x: box.x + by, y: box.y + by, w: box.w - 2 * by, h: box.h - 2 * by };
}
