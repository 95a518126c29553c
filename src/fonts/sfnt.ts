// A TrueType font as its tables: read, renamed and written again with its checksums, so that an
// office program installs or embeds a cut of the deck's faces under the family the slides name.
// (The web faces' names are not for that: Noto Sans SC's cut from its variable font calls itself
// "Noto Sans SC Thin" in both weights.)

/** The names an office program matches a face by: its family and style (Regular, Bold) and the
 *  full and PostScript names made from them. */
export interface FaceNames {
  family: string;
  style: 'Regular' | 'Bold';
}

/** The font's tables by tag, and the version its directory starts with. */
export function readTables(font: Uint8Array): { version: number; tables: Map<string, Buffer> } {
  const data = Buffer.from(font.buffer, font.byteOffset, font.byteLength);
  const version = data.readUInt32BE(0);
  if (version !== 0x00010000) throw new Error('not a TrueType font (its outlines are not glyf, or it is a web font still packed)');
  const tables = new Map<string, Buffer>();
  for (let i = 0; i < data.readUInt16BE(4); i++) {
    const at = 12 + 16 * i;
    const offset = data.readUInt32BE(at + 8);
    tables.set(data.toString('latin1', at, at + 4), data.subarray(offset, offset + data.readUInt32BE(at + 12)));
  }
  return { version, tables };
}

/** The font with its naming records for `names` (all others kept but the typographic family and
 *  style, which would name it otherwise), its checksums made again. */
export function renameFont(font: Uint8Array, names: FaceNames): Buffer {
  const { version, tables } = readTables(font);
  const postscript = `${names.family.replace(/\s+/g, '')}-${names.style}`;
  const version5 = nameRecord(tables.get('name')!, 5) ?? 'Version 1.0';
  const wanted = new Map<number, string>([
    [1, names.family],
    [2, names.style],
    [3, `${version5.replace(/^Version\s*/, '').split(';')[0]};${postscript}`],
    [4, `${names.family} ${names.style}`],
    [6, postscript],
  ]);
  tables.set('name', nameTable(tables.get('name')!, wanted));
  return writeFont(version, tables);
}

/** A name of the font (English, Windows platform), or undefined. */
export function nameRecord(name: Buffer, id: number): string | undefined {
  for (const record of nameRecords(name)) if (record.platform === 3 && record.language === 0x409 && record.id === id) return record.text;
  return undefined;
}

interface NameRecord {
  platform: number;
  encoding: number;
  language: number;
  id: number;
  /** Decoded for Windows records (UTF-16BE); the raw bytes kept for the others. */
  text?: string;
  bytes: Buffer;
}

function nameRecords(name: Buffer): NameRecord[] {
  const count = name.readUInt16BE(2);
  const strings = name.readUInt16BE(4);
  const records: NameRecord[] = [];
  for (let i = 0; i < count; i++) {
    const at = 6 + 12 * i;
    const [platform, encoding, language, id, length, offset] = [0, 2, 4, 6, 8, 10].map((k) => name.readUInt16BE(at + k)) as [
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    const bytes = name.subarray(strings + offset, strings + offset + length);
    records.push({ platform, encoding, language, id, bytes, ...(platform === 3 ? { text: Buffer.from(bytes).swap16().toString('utf16le') } : {}) });
  }
  return records;
}

/** A format 0 name table: the records kept, and `wanted` as English Windows records. */
function nameTable(old: Buffer, wanted: Map<number, string>): Buffer {
  const dropped = new Set([...wanted.keys(), 16, 17, 21, 22]);
  const records = nameRecords(old).filter((r) => !dropped.has(r.id));
  for (const [id, text] of wanted) records.push({ platform: 3, encoding: 1, language: 0x409, id, bytes: Buffer.from(text, 'utf16le').swap16() });
  // The order the format asks for: platform, encoding, language, then name.
  records.sort((a, b) => a.platform - b.platform || a.encoding - b.encoding || a.language - b.language || a.id - b.id);
  const header = Buffer.alloc(6 + 12 * records.length);
  header.writeUInt16BE(0, 0);
  header.writeUInt16BE(records.length, 2);
  header.writeUInt16BE(header.length, 4);
  let offset = 0;
  for (const [i, r] of records.entries()) {
    const at = 6 + 12 * i;
    for (const [k, value] of [r.platform, r.encoding, r.language, r.id, r.bytes.length, offset].entries()) header.writeUInt16BE(value, at + 2 * k);
    offset += r.bytes.length;
  }
  return Buffer.concat([header, ...records.map((r) => r.bytes)]);
}

/** The font file for these tables: the directory in tag order, each table on four bytes, and the
 *  checksums (each table's, and the whole font's in head.checkSumAdjustment). */
function writeFont(version: number, tables: Map<string, Buffer>): Buffer {
  const tags = [...tables.keys()].sort();
  const head = Buffer.from(tables.get('head')!);
  head.writeUInt32BE(0, 8);
  tables.set('head', head);
  const directory = Buffer.alloc(12 + 16 * tags.length);
  const log2 = Math.floor(Math.log2(tags.length));
  directory.writeUInt32BE(version, 0);
  directory.writeUInt16BE(tags.length, 4);
  directory.writeUInt16BE(16 * 2 ** log2, 6);
  directory.writeUInt16BE(log2, 8);
  directory.writeUInt16BE(16 * tags.length - 16 * 2 ** log2, 10);
  const bodies: Buffer[] = [];
  let offset = directory.length;
  for (const [i, tag] of tags.entries()) {
    const table = tables.get(tag)!;
    const padded = Buffer.concat([table, Buffer.alloc((4 - (table.length % 4)) % 4)]);
    const at = 12 + 16 * i;
    directory.write(tag, at, 'latin1');
    directory.writeUInt32BE(checksum(padded), at + 4);
    directory.writeUInt32BE(offset, at + 8);
    directory.writeUInt32BE(table.length, at + 12);
    bodies.push(padded);
    offset += padded.length;
  }
  const font = Buffer.concat([directory, ...bodies]);
  const headAt = directory.readUInt32BE(12 + 16 * tags.indexOf('head') + 8);
  font.writeUInt32BE((0xb1b0afba - checksum(font)) >>> 0, headAt + 8);
  return font;
}

function checksum(data: Buffer): number {
  let sum = 0;
  for (let i = 0; i + 4 <= data.length; i += 4) sum = (sum + data.readUInt32BE(i)) >>> 0;
  return sum;
}
