import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { precompress } from '../../src/site/precompress.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'deck-precompress-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const unpacked = (dir: string, name: string) => ({
  br: brotliDecompressSync(readFileSync(join(dir, `${name}.br`))).toString(),
  gz: gunzipSync(readFileSync(join(dir, `${name}.gz`))).toString(),
});

describe('precompress', () => {
  it('writes each text file compressed beside itself, and only the files it is asked for', async () => {
    const page = `<p>${'Belt and Road '.repeat(200)}${Math.random()}</p>`;
    const dir = site({ 'index.html': page, 'assets/deck.js': 'let a = 1;', 'assets/face.woff2': 'binary', 'skip.css': 'p{}' });
    await precompress(dir, (path) => !path.endsWith('skip.css'));
    expect(unpacked(dir, 'index.html')).toEqual({ br: page, gz: page });
    expect(unpacked(dir, 'assets/deck.js')).toEqual({ br: 'let a = 1;', gz: 'let a = 1;' });
    expect(existsSync(join(dir, 'assets/face.woff2.br'))).toBe(false);
    expect(existsSync(join(dir, 'skip.css.br'))).toBe(false);
  });

  it('compresses a page kept from an earlier build as that page, and a changed page afresh', async () => {
    const words = `Digital Silk Road ${Math.random()}`;
    const first = site({ 'a.html': words, 'b.html': `${words}!` });
    await precompress(first);
    // The same contents in another build: the kept files; different contents: their own.
    const second = site({ 'a.html': words, 'b.html': `${words}?` });
    await precompress(second);
    expect(unpacked(second, 'a.html')).toEqual({ br: words, gz: words });
    expect(unpacked(second, 'b.html')).toEqual({ br: `${words}?`, gz: `${words}?` });
  });
});
