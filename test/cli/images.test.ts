// The slides' images as a hostile author writes them: an address can name only an image file of
// the slides folder, what the check passes is what the build ships, and nothing active is published.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';

const BIN = join(import.meta.dirname, '../../bin/deck.js');
/** The smallest PNG: one transparent pixel. */
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6300010000050001a5f645400000000049454e44ae426082',
  'hex',
);
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><rect width="4" height="4"/></svg>';
let work: string;

const deck = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: work, encoding: 'utf8' });

/** Puts `markdown` on the outline slide, before its notes. */
function onSlide(markdown: string): void {
  const file = join(work, 'slides/02-outline.md');
  writeFileSync(
    file,
    readFileSync(file, 'utf8').replace('\nNote:', () => `\n${markdown}\n\nNote:`),
  );
}

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'deck-images-'));
  cpSync('slides', join(work, 'slides'), { recursive: true });
  writeFileSync(join(work, 'slides/logo.png'), PNG);
  writeFileSync(join(work, 'secret.png'), PNG);
});

describe('an image address names one file, for the check and the build alike', () => {
  it('a query or a fragment is not part of the name: ?/../../etc/hostname publishes nothing else', () => {
    onSlide('![logo](logo.png?/../../../../../../etc/hostname) ![logo again](logo.png?v=2#top)');
    const run = deck('build', '--out', 'dist');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    // The talk's own images are there too: of this one, one file; and every file published is
    // a file of the slides folder, byte for byte.
    const media = readdirSync(join(work, 'dist/media'));
    const logos = media.filter((name) => name.endsWith('-logo.png'));
    expect(logos).toHaveLength(1);
    expect(readFileSync(join(work, 'dist/media', logos[0]!))).toEqual(PNG);
    const slideFiles = readdirSync(join(work, 'slides'), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => readFileSync(join(entry.parentPath, entry.name)).toString('base64'));
    for (const name of media) expect(slideFiles, name).toContain(readFileSync(join(work, 'dist/media', name)).toString('base64'));
    const offline = readFileSync(join(work, 'dist/offline.html'), 'utf8');
    expect(offline).toContain(`<img src="data:image/png;base64,${PNG.toString('base64')}" alt="logo again"`);
    const sources = [...offline.matchAll(/<img src="([^"]*)" alt="logo/g)].map((m) => m[1]);
    expect(sources).toEqual([expect.stringMatching(/^data:image\/png;base64,/), expect.stringMatching(/^data:image\/png;base64,/)]);
  });

  it('a path out of the slides folder is an error at its line', () => {
    onSlide('![secret](../secret.png)');
    const run = deck('check');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/slides\/02-outline\.md:\d+:\d+: error: image outside the slides folder: secret\.png/);
  });

  it('a link is not followed', () => {
    symlinkSync('/etc/hostname', join(work, 'slides/host.png'));
    onSlide('![host](host.png)');
    expect(deck('check').stderr).toContain('error: image is a symbolic link: slides/host.png');
  });
});

describe('only images, checked by their content, are published', () => {
  const cases: [string, string | Buffer, string][] = [
    ['page.html', '<script>alert(document.cookie)</script>', 'error: not an image file: slides/page.html'],
    ['page.png', '<html><script>alert(1)</script></html>', 'error: slides/page.png is named as image/png but its content is not an image'],
    ['photo.png', Buffer.from('GIF89a\x01\x00\x01\x00'), 'error: slides/photo.png is named as image/png but its content is image/gif'],
    [
      'map.svg',
      SVG.replace('<rect', '<script>alert(1)</script><rect'),
      'error: slides/map.svg contains a script (<script>, line 1), which could run if the picture were opened on its own',
    ],
    [
      'click.svg',
      SVG.replace('<rect', '<rect onclick="alert(1)"'),
      'error: slides/click.svg contains an event handler attribute (onclick="alert(1)" on <rect>, line 1)',
    ],
    [
      'frame.svg',
      SVG.replace('<rect', '<foreignObject><iframe src="x"/></foreignObject><rect'),
      'error: slides/frame.svg contains a <foreignObject> (HTML inside the picture, line 1)',
    ],
    // What a list of bad names let through: SVG is parsed as XML, and only what draws passes.
    [
      'prefixed.svg',
      SVG.replace('<rect', '<x:script xmlns:x="http://www.w3.org/2000/svg">alert(1)</x:script><rect'),
      'error: slides/prefixed.svg contains a script (<x:script>, line 1), which could run',
    ],
    [
      'xhtml.svg',
      SVG.replace('<rect', '<h:script xmlns:h="http://www.w3.org/1999/xhtml">alert(1)</h:script><rect'),
      'error: slides/xhtml.svg contains a script (<h:script>, line 1), which could run',
    ],
    [
      'set.svg',
      SVG.replace('<rect', '<use href="#r">\n<set attributeName="href" to="javascript:alert(1)"/></use><rect id="r"'),
      'error: slides/set.svg contains an animation of a link (attributeName="href" on <set>, line 2), which would reach outside the deck',
    ],
    ['link.svg', SVG.replace('<rect', '<a href="#r"><rect/></a><rect'), 'error: slides/link.svg contains an element that does not draw (<a>, line 1)'],
    [
      'remote.svg',
      SVG.replace('<rect', '<image href="http://example.com/track.png" width="4" height="4"/><rect'),
      'error: slides/remote.svg contains a reference to another file (href="http://example.com/track.png" on <image>, line 1), which would reach outside the deck',
    ],
    [
      'import.svg',
      SVG.replace('<rect', '<style>@import url(http://example.com/track.css);</style><rect'),
      'error: slides/import.svg contains a CSS rule @import (in <style>, line 1), which would reach outside the deck',
    ],
    ['escape.svg', SVG.replace('<rect', '<rect style="fill: u\\72l(http://example.com/p.svg#p)"/><rect'), 'error: slides/escape.svg contains a CSS escape'],
    [
      'sheet.svg',
      `<?xml version="1.0"?>\n<?xml-stylesheet href="http://example.com/x.css"?>\n${SVG}`,
      'error: slides/sheet.svg contains a processing instruction (<?xml-stylesheet?>, line 2)',
    ],
    ['broken.svg', SVG.replace('<rect width="4" height="4"/>', '<rect>'), 'error: slides/broken.svg is not well-formed XML (line 1'],
  ];
  for (const [name, content, message] of cases) {
    it(name, () => {
      writeFileSync(join(work, 'slides', name), content);
      onSlide(`![picture](${name})`);
      const run = deck('build', '--out', 'dist');
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(message);
      expect(run.stderr).toContain('nothing was built');
    });
  }

  it('an image too large for the one-file deck', () => {
    writeFileSync(join(work, 'slides/huge.png'), PNG);
    truncateSync(join(work, 'slides/huge.png'), 11 * 1024 * 1024);
    onSlide('![huge](huge.png)');
    expect(deck('check').stderr).toContain('error: slides/huge.png is 11 MB; an image may have 10 MB at most');
  });

  it("an SVG that only draws is shipped as an image, never inline: an editor's bookkeeping, styles, gradients, animation", () => {
    const drawing = SVG.replace(
      '<rect width="4" height="4"/>',
      `
  <sodipodi:namedview xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd" pagecolor="#ffffff"/>
  <metadata><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about=""/></rdf:RDF></metadata>
  <style><![CDATA[ .a { fill: url(#g); stroke: rgb(1, 2, 3) } @media (max-width: 10px) { .a { fill: red } } ]]></style>
  <defs><linearGradient id="g"><stop offset="0" style="stop-color:#000"/></linearGradient></defs>
  <rect class="a" width="4" height="4" aria-label="Growth (%)"><animate attributeName="opacity" values="1;0.5;1" dur="2s"/></rect>
  <use href="#g" xlink:title="again" xmlns:xlink="http://www.w3.org/1999/xlink" transform="rotate(45 2 2)"/>
  <image href="data:image/png;base64,${PNG.toString('base64')}" width="1" height="1"/>`,
    );
    writeFileSync(
      join(work, 'slides/map.svg'),
      `<?xml version="1.0" encoding="UTF-8"?>\n<!-- a map -->\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n${drawing}`,
    );
    onSlide('![map](map.svg)');
    expect(deck('build', '--out', 'dist').status).toBe(0);
    const site = readFileSync(join(work, 'dist/index.html'), 'utf8');
    expect(site).toMatch(/<img src="media\/[0-9a-f]{8}-map\.svg" alt="map">/);
    expect(site).not.toContain('<svg xmlns="http://www.w3.org/2000/svg" width="4"');
  });
});
