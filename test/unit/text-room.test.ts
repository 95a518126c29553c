// A text box's room in the PowerPoint file: a line the page sets alone, boxed as tight as its ink,
// gets the width to its right, so a wider face (the office program's, without the deck's fonts)
// neither shrinks it nor wraps its last word alone.
import { describe, expect, it } from 'vitest';
import type { Box, Paragraph, Shape } from '../../src/export/slide-shapes.js';
import { placeTexts } from '../../src/export/text-room.js';

type TextShape = Extract<Shape, { kind: 'text' }>;

function text(box: Box, words: string, paragraph: Partial<Paragraph> = {}): TextShape {
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
});
