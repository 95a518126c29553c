// Rehearsal timings written into the Markdown, as functions: the attribute line edited byte for
// byte, times rounded and combined, files written all or none. (The command: test/cli/timings.test.ts.)
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFilesAtomic } from '../../src/files/atomic-write.js';
import { parseRehearsal, roundedTiming } from '../../src/shared/rehearsal-file.js';
import { medianTimes } from '../../src/timings/rehearsal.js';
import { setTimings } from '../../src/timings/write-timings.js';

describe('setTimings', () => {
  const cases: [string, string, Record<string, number>, string][] = [
    ['changes an existing timing', '{#a timing=30}\n\n## A\n', { a: 45 }, '{#a timing=45}\n\n## A\n'],
    [
      'adds timing to an attribute line without one, keeping its other attributes',
      '{#a .wide layout=pillars}\n\n## A\n',
      { a: 60 },
      '{#a .wide layout=pillars timing=60}\n\n## A\n',
    ],
    [
      'adds an attribute line where the slide has none',
      '## A\n\ntext\n\n---\n\n## B\n',
      { a: 20, b: 35 },
      '{timing=20}\n\n## A\n\ntext\n\n---\n\n{timing=35}\n\n## B\n',
    ],
    [
      'keeps CRLF line endings',
      '{#a}\r\n\r\n## A\r\n\r\n---\r\n\r\n## B\r\n',
      { a: 15, b: 25 },
      '{#a timing=15}\r\n\r\n## A\r\n\r\n---\r\n\r\n{timing=25}\r\n\r\n## B\r\n',
    ],
    ['keeps CR-only line endings', '{#a}\r\r## A\r\r---\r\r## B\r', { a: 15, b: 25 }, '{#a timing=15}\r\r## A\r\r---\r\r{timing=25}\r\r## B\r'],
    [
      'counts a stray CR inside a bullet as the compiler does, a line break',
      '{#a}\n\n## A\n\n- one\rtwo\n\n---\n\n## B\n',
      { b: 20 },
      '{#a}\n\n## A\n\n- one\rtwo\n\n---\n\n{timing=20}\n\n## B\n',
    ],
    ['edits an indented attribute line in place', '   {#one}\n\n## One\n', { one: 30 }, '   {#one timing=30}\n\n## One\n'],
    ['edits an attribute paragraph over two lines', '{#a\n  layout=title}\n\n# A\n', { a: 40 }, '{#a\n  layout=title timing=40}\n\n# A\n'],
    ['replaces a timing written with seconds', '{#a timing=90s }\n\n## A\n', { a: 60 }, '{#a timing=60 }\n\n## A\n'],
    [
      'keeps a BOM at the start, with an attribute line',
      '\uFEFF{#title layout=title timing=45}\n\n# T\n',
      { title: 50 },
      '\uFEFF{#title layout=title timing=50}\n\n# T\n',
    ],
    ['keeps a BOM at the start, without one', '\uFEFF# T\n', { t: 50 }, '\uFEFF{timing=50}\n\n# T\n'],
    [
      'touches only the slides given, and no other line',
      '{#a timing=5}\n\n## A\n\n- {timing=9} is text\n\n---\n\n\n{#b}\n\n## B\n\n---\n\n## C',
      { b: 10 },
      '{#a timing=5}\n\n## A\n\n- {timing=9} is text\n\n---\n\n\n{#b timing=10}\n\n## B\n\n---\n\n## C',
    ],
  ];
  for (const [title, before, timings, after] of cases) {
    it(title, () => {
      expect(setTimings('slides/case.md', before, new Map(Object.entries(timings)))).toBe(after);
    });
  }

  it('rounds to 5 seconds, never under 5', () => {
    expect([0, 2, 3, 62, 63, 1000].map(roundedTiming)).toEqual([5, 5, 5, 60, 65, 1000]);
  });

  it('takes each slide’s median over the rehearsals that have it', () => {
    const times = medianTimes([
      new Map([
        ['x', 30],
        ['y', 10],
      ]),
      new Map([
        ['x', 50],
        ['y', 20],
      ]),
      new Map([
        ['x', 40],
        ['y', 90],
      ]),
      new Map([['x', 45]]),
    ]);
    expect(Object.fromEntries(times)).toEqual({ x: 42.5, y: 20 });
  });
});

describe('writeFilesAtomic', () => {
  it('writes every file or none: one that fails leaves the others as they were, and no temporary file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'deck-write-'));
    writeFileSync(join(dir, 'a.md'), 'old a');
    expect(() =>
      writeFilesAtomic([
        { path: join(dir, 'a.md'), bytes: Buffer.from('new a') },
        { path: join(dir, 'missing', 'b.md'), bytes: Buffer.from('new b') },
      ]),
    ).toThrow(/ENOENT/);
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe('old a');
    expect(readdirSync(dir)).toEqual(['a.md']);
  });
});

describe('a rehearsal with a bad time', () => {
  it('names the slide id with its line feeds and escapes shown, on one line', () => {
    expect(() => parseRehearsal({ slides: { 'intro\n\u001b[2Jfake: ok': -1 } }, 'r.json')).toThrow(
      /^r\.json: "intro\\n\\u001b\[2Jfake: ok" has -1 seconds; a slide's time is whole seconds/,
    );
  });
});
