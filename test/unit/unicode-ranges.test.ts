// Whether two faces' unicode-ranges share a code point: the opening faces of a Chinese page give
// way to the deck's faces for the same characters once those have loaded (deck-page.ts).
import { describe, expect, it } from 'vitest';
import { rangesMeet, spans } from '../../src/runtime/deck-page.js';

const meet = (a: string, b: string) => rangesMeet(spans(a), spans(b));

describe('unicode-ranges', () => {
  it('reads single code points and spans, in order of their first code point', () => {
    expect(spans('U+4E00-9FFF, U+20, u+28-29')).toEqual([
      [0x20, 0x20],
      [0x28, 0x29],
      [0x4e00, 0x9fff],
    ]);
  });

  it('meets where one code point is in both, as a point or inside a span', () => {
    expect(meet('U+20, U+4E2D', 'U+4E00-4EFF')).toBe(true);
    expect(meet('U+4E00-4EFF', 'U+4EFF')).toBe(true);
    expect(meet('U+30-39', 'U+39-41')).toBe(true);
    // In any order the browser lists them.
    expect(meet('U+9000, U+4E2D, U+20', 'U+21, U+4E2D')).toBe(true);
  });

  it('does not meet where the lists interleave without sharing a code point', () => {
    expect(meet('U+20, U+22, U+24-26, U+4E00', 'U+21, U+23, U+27-2F, U+4E01-4E0F')).toBe(false);
    expect(meet('U+0-FF', 'U+100-24F')).toBe(false);
  });

  it('finds a code point past a wide span in the other list', () => {
    // A wide span first, then short ones: the walk must not pass the one that meets.
    expect(meet('U+0-7F, U+4E00-9FFF', 'U+80-FF, U+3000, U+4E2D')).toBe(true);
    expect(meet('U+4E2D, U+4E2F, U+4E31', 'U+20-7E, U+4E2E, U+4E30, U+4E31')).toBe(true);
  });

  it('agrees with comparing every code point, on lists cut as a Chinese face is', () => {
    // Pseudo-random lists of a few hundred code points each, as a face cut to a page lists them.
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let round = 0; round < 50; round++) {
      const pick = (n: number) => Array.from({ length: n }, () => 0x4e00 + Math.floor(random() * 3000));
      const [a, b] = [pick(200), pick(round % 2 ? 3 : 200)];
      const range = (points: number[]) => points.map((p) => `U+${p.toString(16).toUpperCase()}`).join(', ');
      expect(meet(range(a), range(b)), `round ${round}`).toBe(a.some((p) => b.includes(p)));
    }
  });
});
