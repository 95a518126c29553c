// Pictures on a slide as an author adds them: a large one takes the room the slide has left and no
// more, a width can be asked for, and a phone never shows one wider than its screen.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync, crc32 } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDist } from '../../src/export/browser-session.js';
import { newPage, openDeck, overflowing, PHONE, PROJECTOR, useChromium } from './chromium.js';

/** A PNG of one colour, `width` × `height` pixels. */
function png(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const size = Buffer.alloc(4);
    size.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([size, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, 0x5a)]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  return Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), chunk('IHDR', header), chunk('IDAT', pixels), chunk('IEND', Buffer.alloc(0))]);
}

const browser = useChromium();
const work = mkdtempSync(join(tmpdir(), 'deck-pictures-'));
let server: { url: string; close(): Promise<void> };
let warnings = '';

beforeAll(async () => {
  const slides = join(work, 'slides');
  cpSync('slides', slides, { recursive: true });
  writeFileSync(join(slides, 'wide.png'), png(800, 400));
  writeFileSync(join(slides, 'huge.png'), png(4000, 3000));
  // Added the README's way: a slide in a part's file, with a picture, a figure card and notes.
  const file = join(slides, '05-prospect.md');
  const key = /^ {2}([a-z_]+):$/m.exec(readFileSync(join(slides, 'figures.yaml'), 'utf8'))![1]!;
  writeFileSync(
    file,
    `${readFileSync(file, 'utf8').trimEnd()}\n\n---\n\n## A picture and a card\n\n![a wide picture](wide.png)\n\n::: callouts\n{{${key}}}\n:::\n\nNote: The picture.\n\n---\n\n## Half the width\n\n![half](wide.png){width=50%}\n\nNote: Half.\n\n---\n\n## A large photo\n\n![a large photo](huge.png)\n\nNote: Large.\n`,
  );
  execFileSync(process.execPath, ['bin/deck.js', 'build', '--slides', slides, '--out', join(work, 'dist')], { stdio: 'ignore' });
  warnings = spawnSync(process.execPath, ['bin/deck.js', 'check', '--slides', slides], { encoding: 'utf8' }).stderr;
  server = await serveDist(join(work, 'dist'));
});
afterAll(async () => {
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('a picture on a slide', () => {
  it('takes the room the slide has left: the card under it stays on the slide', async () => {
    const page = await newPage(browser(), PROJECTOR, { reducedMotion: 'reduce' });
    await openDeck(page, server.url, '#/a-picture-and-a-card');
    expect(await overflowing(page)).toEqual([]);
    const [picture, card] = await Promise.all(['section.present img', 'section.present .callout'].map((s) => page.locator(s).boundingBox()));
    expect(picture!.height).toBeGreaterThan(50);
    expect(picture!.y + picture!.height).toBeLessThanOrEqual(card!.y + 1);
    await page.context().close();
  });

  it('is as wide as asked: {width=50%} is half the content', async () => {
    const page = await newPage(browser(), PROJECTOR, { reducedMotion: 'reduce' });
    await openDeck(page, server.url, '#/half-the-width');
    const [picture, title] = await Promise.all(['section.present img', 'section.present h2'].map((s) => page.locator(s).boundingBox()));
    expect(Math.abs(picture!.width - title!.width / 2)).toBeLessThan(2);
    await page.context().close();
  });

  it('is never wider than a phone', async () => {
    const page = await newPage(browser(), PHONE);
    await openDeck(page, server.url, '#/a-picture-and-a-card');
    const right = await page.$$eval('section img', (imgs) => Math.max(...imgs.map((i) => i.getBoundingClientRect().right)));
    expect(right).toBeLessThanOrEqual(PHONE.width);
    await page.context().close();
  });

  it('is named by deck check when it is shown under half its size', () => {
    expect(warnings).toMatch(/huge\.png is 4000 × 3000 px and is shown at most \d+ × \d+ px on a 1920 × 1080 screen, under half its size/);
    expect(warnings).not.toMatch(/wide\.png is/);
  });
});
