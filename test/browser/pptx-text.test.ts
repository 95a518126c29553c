// Any text makes a PowerPoint file whose every part is well-formed XML: control characters (pasted
// raw, or written as `&#12;` and YAML escapes), lone surrogates and `]]>`, in the slides, their
// notes, a picture's text, a link and the deck's settings. LibreOffice drops a slide whose XML
// it cannot parse.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { afterAll, expect, it } from 'vitest';

const work = mkdtempSync(join(tmpdir(), 'deck-pptx-text-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every C0 control character but tab and line feed (a carriage return ends a line). */
const CONTROLS = Array.from({ length: 32 }, (_, c) => String.fromCharCode(c))
  .filter((c) => !'\t\n\r'.includes(c))
  .join('');
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6300010000050001a5f645400000000049454e44ae426082',
  'hex',
);

it('every XML part of deck.pptx is well-formed, and the slide keeps its text', async () => {
  const slides = join(work, 'slides');
  cpSync('slides', slides, { recursive: true });
  writeFileSync(join(slides, 'pic.png'), PNG);
  writeFileSync(
    join(slides, '07-hostile.md'),
    [
      '## Raw ]]> text',
      '',
      `- raw: a${CONTROLS}b \uFFFE\uFFFF`,
      '- as entities: form&#12;feed &#x0C; and <![CDATA[ x ]]> & < > " \'',
      '- [a link \\]\\]>](https://example.com/?a=]]>&b=<c>&#12;)',
      '',
      '![a picture \\]\\]> <&>&#12;](pic.png)',
      '',
      `Note: notes ]]> ${CONTROLS} &#12; and <b>.`,
      '',
    ].join('\n'),
  );
  const settings = join(slides, 'deck.yaml');
  writeFileSync(
    settings,
    readFileSync(settings, 'utf8')
      .replace(/^title: .*$/m, 'title: "A title ]]> \\x07\\f \\uD800 \\uDFFF lone"')
      .replace(/^author: .*$/m, `author: HE${CONTROLS} Guangxi ]]>`)
      .replace(/^event: .*$/m, 'event: "\\e[2J\\0 ]]>"'),
  );
  const out = join(work, 'dist');
  const run = await promisify(execFile)(process.execPath, ['bin/deck.js', 'pptx', '--slides', slides, '--out', out]);
  expect(run.stderr).toContain('07-hostile.md:3:9: warning: invisible control character U+0000 removed (and 59 more in the file)');
  expect(run.stderr).toContain('deck.yaml:2:11: warning: invisible control character U+0000 removed (and 28 more in the file)');

  const zip = await JSZip.loadAsync(readFileSync(join(out, 'deck.pptx')));
  const parts = Object.keys(zip.files).filter((name) => /\.(xml|rels)$/.test(name));
  expect(parts.length).toBeGreaterThan(20);
  for (const name of parts) {
    const xml = await zip.file(name)!.async('string');
    expect(() => new SaxesParser({ xmlns: true }).write(xml).close(), name).not.toThrow();
  }
  const slide = (await Promise.all(parts.filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).map((n) => zip.file(n)!.async('string')))).find((xml) =>
    xml.includes('Raw ]]&gt; text'),
  );
  // The words a line keeps together (deck.yaml's keep_with_next) are bound with no-break spaces.
  const text = [...(slide ?? '').matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]!.replace(/\u00a0/g, ' ')).join('');
  expect(text).toContain('raw: ab');
  expect(text).toContain('as entities: form feed');
  expect(text).toContain('a link ]]&gt;');
  expect(slide).toContain('<a:hlinkClick r:id=');
}, 120_000);
