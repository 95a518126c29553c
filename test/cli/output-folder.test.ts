// `--out` as a careless or hostile user gives it: the deck never replaces a folder that holds the
// author's work, refuses before it touches anything, and writes through a link.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { hashTree } from '../hash-tree.js';

const BIN = join(import.meta.dirname, '../../bin/deck.js');
let work: string;

/** The deck command run in `work`, a copy of the project's slides beside a file of the author's. */
const deck = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: work, encoding: 'utf8' });

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'deck-out-'));
  cpSync('slides', join(work, 'slides'), { recursive: true });
  writeFileSync(join(work, 'notes.txt'), 'the author’s own file');
});

describe('deck build --out refuses, exit 1, and touches nothing', () => {
  const cases: [string, string, RegExp][] = [
    ['the current folder', '.', /refusing to write to \.: it is the current folder/],
    ['an empty name', '', /the output folder is empty/],
    ['the slides folder', 'slides', /refusing to write to slides: it is the slides folder/],
    ['the slides folder by another way', 'dist/../slides/', /it is the slides folder/],
    ['a folder inside the slides', 'slides/dist', /it is inside the slides folder/],
    ['the parent of the slides', '..', /it holds the slides folder/],
    ['the root of the file system', '/', /it is the root of the file system/],
    ['a file', 'notes.txt', /it is a file, not a folder/],
  ];
  for (const [what, out, message] of cases) {
    it(`${what} (--out "${out}")`, () => {
      const before = hashTree(work);
      const run = deck('build', '--out', out);
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).toContain('hint: ');
      expect(hashTree(work)).toBe(before);
    });
  }

  it('a folder of someone else’s files', () => {
    mkdirSync(join(work, 'site'));
    writeFileSync(join(work, 'site/index.html'), '<p>the author’s own page</p>');
    const before = hashTree(work);
    const run = deck('build', '--out', 'site');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('refusing to write to site: the folder has files the deck did not make');
    expect(hashTree(work)).toBe(before);
  });

  it('the exports too: deck png --out . wipes nothing', () => {
    const before = hashTree(work);
    const run = deck('png', '--out', '.');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('refusing to write to .');
    expect(hashTree(work)).toBe(before);
  });
});

describe('deck build --out writes', () => {
  it('into a new folder, and again into the folder it made (its mark tells)', () => {
    expect(deck('build', '--out', 'dist').status).toBe(0);
    expect(readdirSync(join(work, 'dist'))).toContain('.deck-output');
    const again = deck('build', '--out', 'dist');
    expect(again.stderr).toBe('');
    expect(again.status).toBe(0);
  });

  it('into an empty folder, and over a build made before the mark existed', () => {
    mkdirSync(join(work, 'empty'));
    expect(deck('build', '--out', 'empty').status).toBe(0);
    const old = join(work, 'old');
    mkdirSync(old);
    writeFileSync(join(old, 'index.html'), '<main class="reveal"></main>');
    writeFileSync(join(old, 'offline.html'), '');
    expect(deck('build', '--out', 'old').status).toBe(0);
    expect(readFileSync(join(old, 'index.html'), 'utf8')).toContain('<section');
  });

  it('through a symbolic link, which stays a link', () => {
    const target = join(work, 'published');
    mkdirSync(target);
    symlinkSync(target, join(work, 'dist'));
    expect(deck('build', '--out', 'dist').status).toBe(0);
    expect(lstatSync(join(work, 'dist')).isSymbolicLink()).toBe(true);
    expect(existsSync(join(target, 'index.html'))).toBe(true);
    expect(readdirSync(work).filter((n) => n.startsWith('.deck-tmp-'))).toEqual([]);
  });
});
