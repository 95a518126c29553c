// A text box's room in the PowerPoint file: a line the page sets alone, boxed as tight as its ink,
// gets the width to its right, so a wider face (the office program's, without the deck's fonts)
// neither shrinks it nor wraps its last word alone; in a card, up to the card's padding, and the
// labels of the cards' columns keep one line and one slack, so that such a face treats them alike.
import { describe, expect, it } from 'vitest';
import type { Box, Paragraph, Shape } from '../../src/export/slide-shapes.js';
import { placeTexts } from '../../src/export/text-room.js';

type TextShape = Extract<Shape, { kind: 'text' }>;

/** A text shape as the page reads it; its lines drawn `span` across (the box's width unless said). */
function text(box: Box, words: string, paragraph: Partial<Paragraph> = {}, span = box.w): TextShape {
  const runs = [{ text: words, size: 17.333, bold: true, italic: false, color: '#14365d', spacing: 0, lang: 'en', font: 'Inter' }];
  return {
    kind: 'text',
    box,
    frame: box,
    anchor: 'top',
    title: false,
    paragraphs: [{ runs, align: 'left', lineHeight: 23.4, spaceBefore: 0, ascent: 16.8, descent: 4.2, ...paragraph }],
    nowrap: false,
    word: 100,
    span,
  };
}

describe('the room of a text box in the PowerPoint file', () => {
  it('gives a line set alone the width to its right, up to the next text or the safe area', () => {
    const event = text({ x: 76.8, y: 43.2, w: 823, h: 23.4 }, 'BRICS Science, Technology and Innovation Policy and Foresight Symposium');
    const label = text({ x: 400, y: 200, w: 247, h: 23.4 }, '10th anniversary of BRI');
    const next = text({ x: 700, y: 195, w: 200, h: 30 }, 'Next');
    const placed = placeTexts([event, label, next]);
    expect(placed.get(event)!.box.w).toBeCloseTo(1280 - 2 * 76.8, 0);
    expect(placed.get(label)!.box.w).toBeGreaterThan(1.05 * 247);
    expect(placed.get(label)!.box.x + placed.get(label)!.box.w).toBeLessThanOrEqual(700);
  });

  it('keeps the width of a block of several lines and of a right-aligned line, as the page breaks them', () => {
    const block = text({ x: 76.8, y: 300, w: 400, h: 3 * 23.4 }, 'A paragraph that the page sets in three lines of about one length each');
    const right = text({ x: 600, y: 500, w: 200, h: 23.4 }, 'Set to the right', { align: 'right' });
    const placed = placeTexts([block, right]);
    expect(placed.get(block)!.box.w).toBeLessThan(1.05 * 400);
    expect(placed.get(right)!.box.w).toBe(200);
  });

  // A pillar's card (padding 24 px), its figures' words in its second column as the page sets them.
  const card: Shape = {
    kind: 'rect',
    box: { x: 664, y: 173.2, w: 539.2, h: 417.7 },
    fill: '#f0f4f8',
    radius: 0,
    ellipse: false,
    inner: { x: 688, y: 199.2, w: 491.2, h: 367.7 },
  };
  const padding = card.inner!.x + card.inner!.w;
  const label = { lineHeight: 28.4 };

  it('keeps the labels down a card’s column on one line each, inside the card’s padding, whatever room is under them', () => {
    // The first with its detail right under it, the second with room under it for a line more.
    const national = text({ x: 732.9, y: 322.2, w: 446.3, h: 28 }, 'national technology transfer centers', label, 423);
    const detail = text({ x: 732.9, y: 353.3, w: 446.3, h: 43 }, 'facing ASEAN, South Asia, Arabian countries, Central Asia, and Central and Eastern Europe');
    const regional = text({ x: 732.9, y: 444.6, w: 446.3, h: 28 }, 'regional technology transfer centers', label, 424);
    const placed = placeTexts([card, national, detail, regional]);
    for (const line of [national, regional]) {
      const { box } = placed.get(line)!;
      expect(box.x + box.w).toBeLessThanOrEqual(padding + 0.01);
      // No room for a second line: a wider face shrinks the line rather than wrap its last word.
      expect(box.h).toBeLessThan(1.5 * 28.4);
    }
  });

  it('gives the labels down a card’s column, and the cards’ beside it, one slack, so that a face wider than the deck’s shrinks them alike', () => {
    const labs = text({ x: 863.2, y: 322.2, w: 316, h: 28 }, 'joint research laboratories', label, 305);
    const projects = text({ x: 863.2, y: 418.2, w: 316, h: 28 }, 'joint research projects', label, 261);
    const funding = text({ x: 863.2, y: 514.2, w: 316, h: 28 }, 'funding', label, 90);
    // The card beside it, its words' column wider for its words.
    const left: Shape = { ...card, box: { ...card.box, x: 76.8 }, inner: { ...card.inner!, x: 100.8 } };
    const scientists = text({ x: 347, y: 322.2, w: 245, h: 28 }, 'young scientists', label, 192);
    const placed = placeTexts([left, card, scientists, labs, projects, funding]);
    const slack = (line: TextShape) => placed.get(line)!.box.w / line.span;
    // The longest for its room takes the column's room to the card's padding; each other its share.
    expect(placed.get(labs)!.box.x + placed.get(labs)!.box.w).toBeCloseTo(padding, 1);
    for (const line of [projects, funding, scientists]) expect(slack(line), line.paragraphs[0]!.runs[0]!.text).toBeCloseTo(slack(labs), 3);
    expect(slack(labs)).toBeGreaterThan(1);
  });

  // A card's detail that the page balances in two lines ("with countries and / international
  // organizations"), each line's width as the page draws it.
  const detail = (second: string, lines: number[], runs: Partial<Paragraph['runs'][number]>[] = [{ wrap: ' ' }]) => {
    const shape = text({ x: 96.8, y: 538.5, w: 226.6, h: 42 }, 'with countries and', { lines, lineHeight: 21 });
    const first = { ...shape.paragraphs[0]!.runs[0]!, bold: false };
    shape.paragraphs[0]!.runs = [first, ...runs.map((run) => ({ ...first, text: second, breakBefore: true, ...run }))];
    return shape;
  };
  const linesOf = (p: Paragraph) =>
    p.runs.reduce((lines, run) => (run.breakBefore ? [...lines, run.text] : [...lines.slice(0, -1), `${lines.at(-1) ?? ''}${run.text}`]), [] as string[]);
  const cardAround = (shapes: Shape[]) =>
    placeTexts([{ ...card, box: { x: 76.8, y: 440, w: 266.6, h: 280 }, inner: { x: 96.8, y: 460, w: 226.6, h: 240 } }, ...shapes]);

  it('keeps a line end the page wrapped at where each line fits a wider face with a tenth to spare, and lets the lines wrap by themselves where one would not', () => {
    const fits = detail('countries', [151.2, 90]);
    const tight = detail('international organizations', [151.2, 216.5]);
    const placed = cardAround([fits, tight]);
    expect(linesOf(placed.get(fits)!.paragraphs[0]!)).toEqual(['with countries and', 'countries']);
    // A fallback 6% wider sets the second line at 229 px, in a box of 227: it would wrap again.
    expect(linesOf(placed.get(tight)!.paragraphs[0]!)).toEqual(['with countries and international organizations']);
  });

  it('keeps a written line break, and a Chinese line end, however long the line', () => {
    const written = detail('international organizations', [151.2, 216.5], [{ wrap: undefined }]);
    const chinese = detail('与各国和国际组织签署的合作文件与各国', [151.2, 216.5], [{ wrap: '', lang: 'zh' }]);
    const placed = cardAround([written, chinese]);
    expect(linesOf(placed.get(written)!.paragraphs[0]!)).toEqual(['with countries and', 'international organizations']);
    expect(linesOf(placed.get(chinese)!.paragraphs[0]!)).toHaveLength(2);
  });

  it('gives a pillar’s point the slack of its words, not of the marker hung before them', () => {
    const national = text({ x: 732.9, y: 322.2, w: 446.3, h: 28 }, 'national technology transfer centers', label, 423);
    // Its box reaches back 30 px to its marker, in the numbers' column.
    const marker = { char: '•', color: '#b02a1e', level: 0, indent: 30, at: -20, disc: 8 };
    const regional = text({ x: 702.9, y: 444.6, w: 476.3, h: 28 }, 'regional technology transfer centers', { ...label, bullet: marker }, 454);
    const placed = placeTexts([card, national, regional]);
    const words = (line: TextShape, indent = 0) => (placed.get(line)!.box.w - indent) / (line.span - indent);
    expect(words(regional, 30)).toBeCloseTo(words(national), 3);
  });
});
