// The deck's faces carried in the PowerPoint file, cut to the characters its slides use, in the
// form PowerPoint reads (ECMA-376 §15.2.13, §19.2.1.9; [MS-OI29500] 2.1.32): each face an
// Embedded OpenType part (application/x-fontdata, ppt/fonts/fontN.fntdata) holding the TrueType
// font uncompressed, as LibreOffice's own export writes it; the presentation's list of embedded
// fonts names each family once with its regular and bold parts, and only faces the slides use.
import type JSZip from 'jszip';
import { FAMILIES, officeFace, type Family, type OfficeFace } from '../fonts/font-faces.js';
import { nameRecord, readTables } from '../fonts/sfnt.js';
import type { SlideShapes } from './slide-shapes.js';

const FONT_RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/font';

/** Each face the slides' runs are set in, with the characters set in it. */
export function facesUsed(slides: SlideShapes[]): Map<string, { family: Family; weight: 400 | 700; chars: Set<string> }> {
  const faces = new Map<string, { family: Family; weight: 400 | 700; chars: Set<string> }>();
  const add = (family: Family, weight: 400 | 700, text: string) => {
    const key = `${family} ${weight}`;
    const face = faces.get(key) ?? { family, weight, chars: new Set<string>() };
    for (const c of text) face.chars.add(c);
    faces.set(key, face);
  };
  for (const slide of slides) {
    for (const shape of slide.shapes) {
      if (shape.kind !== 'text') continue;
      for (const p of shape.paragraphs) {
        // A disc is Inter's bullet; a text marker is in its paragraph's face (pptx-text.ts).
        if (p.bullet) add(!p.bullet.disc && p.runs[0]!.font === 'Noto Sans SC' ? 'Noto Sans SC' : 'Inter', 400, p.bullet.char);
        for (const run of p.runs) {
          const weight = run.bold ? 700 : 400;
          const family: Family = run.font === 'Noto Sans SC' ? 'Noto Sans SC' : 'Inter';
          // Chinese characters are drawn in the Chinese face whatever the run's Latin face.
          const chinese = run.text.replace(/[^\u2e80-\uffff]/g, '');
          add(family, weight, family === 'Inter' ? run.text.replace(/[\u2e80-\uffff]/g, '') : run.text);
          if (chinese && family === 'Inter') add('Noto Sans SC', weight, chinese);
        }
      }
    }
  }
  return faces;
}

/** Adds the faces to the file: the parts, their relationships and content type, and the list. */
export async function embedFonts(zip: JSZip, slides: SlideShapes[]): Promise<void> {
  const used = [...facesUsed(slides).values()].filter((f) => f.chars.size > 0);
  const faces = await Promise.all(used.map((f) => officeFace(f.family, f.weight, [...f.chars].join(''))));
  const relsName = 'ppt/_rels/presentation.xml.rels';
  let rels = await zip.file(relsName)!.async('string');
  const taken = new Set([...rels.matchAll(/Id="(rId\d+)"/g)].map((m) => m[1]));
  let next = 1;
  const ids = new Map<OfficeFace, string>();
  for (const [i, face] of faces.entries()) {
    while (taken.has(`rId${next}`)) next++;
    const id = `rId${next++}`;
    ids.set(face, id);
    zip.file(`ppt/fonts/font${i + 1}.fntdata`, embeddedOpenType(face.bytes));
    rels = rels.replace('</Relationships>', `<Relationship Id="${id}" Type="${FONT_RELATIONSHIP}" Target="fonts/font${i + 1}.fntdata"/></Relationships>`);
  }
  zip.file(relsName, rels);

  const types = '[Content_Types].xml';
  const typesXml = await zip.file(types)!.async('string');
  if (!typesXml.includes('Extension="fntdata"'))
    zip.file(types, typesXml.replace('<Default ', '<Default Extension="fntdata" ContentType="application/x-fontdata"/><Default '));

  // One entry a family, its faces in the schema's order (regular, then bold).
  const list = (Object.keys(FAMILIES) as Family[]).flatMap((family) => {
    const regular = faces.find((f) => f.family === family && f.weight === 400);
    const bold = faces.find((f) => f.family === family && f.weight === 700);
    if (!regular && !bold) return [];
    const attributes = family === 'Inter' ? 'pitchFamily="34" charset="0"' : 'pitchFamily="34" charset="-122"';
    return [
      `<p:embeddedFont><p:font typeface="${family}" ${attributes}/>${regular ? `<p:regular r:id="${ids.get(regular)}"/>` : ''}${bold ? `<p:bold r:id="${ids.get(bold)}"/>` : ''}</p:embeddedFont>`,
    ];
  });
  const presentation = 'ppt/presentation.xml';
  let xml = await zip.file(presentation)!.async('string');
  // embedTrueTypeFonts: PowerPoint's "Embed fonts in the file", which LibreOffice also asks for
  // before it reads the list; saveSubsetFonts (pptxgenjs's default): a save embeds only the
  // characters used, as these parts are cut.
  xml = xml.replace(/<p:presentation\b([^>]*)>/, (whole, attributes: string) =>
    attributes.includes('embedTrueTypeFonts') ? whole : `<p:presentation${attributes} embedTrueTypeFonts="1">`,
  );
  // After the notes' size, as the schema orders a presentation's parts.
  xml = xml.replace(/(<p:notesSz [^>]*\/>)/, `$1<p:embeddedFontLst>${list.join('')}</p:embeddedFontLst>`);
  zip.file(presentation, xml);
}

/**
 * A TrueType font in an Embedded OpenType container (W3C submission, 2008), version 2.2, neither
 * compressed nor obscured: the header PowerPoint and libeot read (its names, weight, embedding
 * permission and character ranges from the font's own tables), then the font.
 */
export function embeddedOpenType(font: Buffer): Buffer {
  const { tables } = readTables(font);
  const os2 = tables.get('OS/2')!;
  const head = tables.get('head')!;
  const name = tables.get('name')!;
  const fixed = Buffer.alloc(80);
  fixed.writeUInt32LE(0x00020002, 8);
  fixed.writeUInt32LE(0, 12);
  os2.copy(fixed, 16, 32, 42);
  // DEFAULT_CHARSET: no preference; the font's own code pages follow.
  fixed.writeUInt8(1, 26);
  fixed.writeUInt8(os2.readUInt16BE(62) & 1, 27);
  fixed.writeUInt32LE(os2.readUInt16BE(4), 28);
  fixed.writeUInt16LE(os2.readUInt16BE(8), 32);
  fixed.writeUInt16LE(0x504c, 34);
  for (let i = 0; i < 4; i++) fixed.writeUInt32LE(os2.readUInt32BE(42 + 4 * i), 36 + 4 * i);
  const codePages = os2.readUInt16BE(0) >= 1 ? [os2.readUInt32BE(78), os2.readUInt32BE(82)] : [1, 0];
  fixed.writeUInt32LE(codePages[0]!, 52);
  fixed.writeUInt32LE(codePages[1]!, 56);
  fixed.writeUInt32LE(head.readUInt32BE(8), 60);
  const utf16 = (id: number) => Buffer.from(nameRecord(name, id) ?? '', 'utf16le');
  const sized = (bytes: Buffer) => {
    const field = Buffer.alloc(4 + bytes.length);
    field.writeUInt16LE(bytes.length, 2);
    bytes.copy(field, 4);
    return field;
  };
  const tail = Buffer.alloc(24);
  // Padding5, no root string (any page may use it), and the checksum of that empty string.
  tail.writeUInt32LE(0x50475342, 4);
  // EUDCCodePage, Padding6, no signature, EUDCFlags, no EUDC font: all zero.
  const header = Buffer.concat([fixed, sized(utf16(1)), sized(utf16(2)), sized(utf16(5)), sized(utf16(4)), tail]);
  header.writeUInt32LE(header.length + font.length, 0);
  header.writeUInt32LE(font.length, 4);
  return Buffer.concat([header, font]);
}
