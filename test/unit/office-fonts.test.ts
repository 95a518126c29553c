// The deck's faces as an office program takes them: renamed TrueType files, and the Embedded
// OpenType parts of the PowerPoint file (the file itself is tried in test/browser/pptx.test.ts).
import { create, type Font } from 'fontkitten';
import { describe, expect, it } from 'vitest';
import { embeddedOpenType } from '../../src/export/pptx-fonts.js';
import { officeFace } from '../../src/fonts/font-faces.js';
import { nameRecord, readTables } from '../../src/fonts/sfnt.js';

/** The sum of a font's 32-bit words, which head.checkSumAdjustment makes 0xB1B0AFBA. */
function wholeChecksum(font: Buffer): number {
  let sum = 0;
  for (let i = 0; i + 4 <= font.length; i += 4) sum = (sum + font.readUInt32BE(i)) >>> 0;
  return sum;
}

describe('the faces as TrueType', () => {
  it('names Noto Sans SC as the slides do (its web cut calls itself "Noto Sans SC Thin"), checksums and licence kept', async () => {
    for (const weight of [400, 700] as const) {
      const { bytes, fileName } = await officeFace('Noto Sans SC', weight, '科技创新合作');
      const name = readTables(bytes).tables.get('name')!;
      const style = weight === 700 ? 'Bold' : 'Regular';
      expect([nameRecord(name, 1), nameRecord(name, 2), nameRecord(name, 4), nameRecord(name, 6)]).toEqual([
        'Noto Sans SC',
        style,
        `Noto Sans SC ${style}`,
        `NotoSansSC-${style}`,
      ]);
      expect(nameRecord(name, 16)).toBeUndefined();
      // Its copyright and its licence's address, which the Open Font License asks to keep.
      expect(nameRecord(name, 0)).toContain('Adobe');
      expect(nameRecord(name, 14)).toMatch(/OFL/);
      expect(wholeChecksum(bytes)).toBe(0xb1b0afba);
      expect(fileName).toBe(`NotoSansSC-${style}.ttf`);
    }
  });
});

describe('Inter for a translation', () => {
  it('draws every letter of a Russian or Portuguese slide itself, in both weights', async () => {
    const text = 'Сотрудничество «Пояса и пути» — Ёё ação, Cooperação Ščř';
    for (const weight of [400, 700] as const) {
      // One face, not a collection.
      const font = create((await officeFace('Inter', weight, text)).bytes) as Font;
      const missing = [...text].filter((c) => c.trim() && font.glyphForCodePoint(c.codePointAt(0)!).id === 0);
      expect(missing, `Inter ${weight}`).toEqual([]);
    }
  });
});

describe('a face as an Embedded OpenType part', () => {
  it('is the font, whole and unchanged, behind a version 2.2 header with its names, weight and permission', async () => {
    const { bytes } = await officeFace('Inter', 700, 'Limits of current cooperation');
    const part = embeddedOpenType(bytes);
    const fontSize = part.readUInt32LE(4);
    expect(part.readUInt32LE(0)).toBe(part.length);
    expect(fontSize).toBe(bytes.length);
    expect(part.subarray(part.length - fontSize).equals(bytes)).toBe(true);
    expect(part.readUInt32LE(8)).toBe(0x00020002);
    // Neither compressed (MicroType Express) nor obscured (XOR).
    expect(part.readUInt32LE(12)).toBe(0);
    expect(part.readUInt16LE(34)).toBe(0x504c);
    expect(part.readUInt32LE(28)).toBe(700);
    // Installable: the embedding permission the font gives, copied.
    expect(part.readUInt16LE(32)).toBe(readTables(bytes).tables.get('OS/2')!.readUInt16BE(8));
    // The family name, UTF-16LE after its size, as the first name in the header.
    const familySize = part.readUInt16LE(82);
    expect(part.toString('utf16le', 84, 84 + familySize)).toBe('Inter');
    // The empty root string's checksum closes the names, as the format has it.
    const header = part.subarray(0, part.length - fontSize);
    expect(header.readUInt32LE(header.length - 20)).toBe(0x50475342);
  });
});
