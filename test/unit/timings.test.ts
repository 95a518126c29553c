// Rehearsal timings written back into the Markdown: only the timing changes, byte for byte, and a
// rehearsal that does not fit the deck writes nothing.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileDeck } from '../../src/compile-deck.js';
import { loadDeck } from '../../src/load/load-deck.js';
import { medianTimes } from '../../src/timings/rehearsal.js';
import { roundedTiming, setTimings } from '../../src/timings/write-timings.js';

describe('setTimings', () => {
  const cases: [string, string, { line: number; seconds: number }[], string][] = [
    ['changes an existing timing', '{#a timing=30}\n\n## A\n', [{ line: 1, seconds: 45 }], '{#a timing=45}\n\n## A\n'],
    ['adds timing to an attribute line without one, keeping its other attributes', '{#a .wide layout=pillars}\n\n## A\n', [{ line: 1, seconds: 60 }], '{#a .wide layout=pillars timing=60}\n\n## A\n'],
    ['adds an attribute line where the slide has none', '## A\n\ntext\n\n---\n\n## B\n', [{ line: 1, seconds: 20 }, { line: 7, seconds: 35 }], '{timing=20}\n\n## A\n\ntext\n\n---\n\n{timing=35}\n\n## B\n'],
    ['keeps CRLF line endings', '{#a}\r\n\r\n## A\r\n\r\n---\r\n\r\n## B\r\n', [{ line: 1, seconds: 15 }, { line: 7, seconds: 25 }], '{#a timing=15}\r\n\r\n## A\r\n\r\n---\r\n\r\n{timing=25}\r\n\r\n## B\r\n'],
    ['keeps a BOM at the start, with an attribute line', '\uFEFF{#title layout=title timing=45}\n\n# T\n', [{ line: 1, seconds: 50 }], '\uFEFF{#title layout=title timing=50}\n\n# T\n'],
    ['keeps a BOM at the start, without one', '\uFEFF# T\n', [{ line: 1, seconds: 50 }], '\uFEFF{timing=50}\n\n# T\n'],
    ['skips blank lines to the slide’s first line, and touches no other line', '{#a timing=5}\n\n## A\n\n- {timing=9} is text\n\n---\n\n\n{#b}\n\n## B', [{ line: 9, seconds: 10 }], '{#a timing=5}\n\n## A\n\n- {timing=9} is text\n\n---\n\n\n{#b timing=10}\n\n## B'],
  ];
  for (const [title, before, edits, after] of cases) {
    it(title, () => {
      expect(setTimings(before, edits)).toBe(after);
    });
  }

  it('rounds to 5 seconds, never under 5', () => {
    expect([0, 2, 3, 62, 63, 1000].map(roundedTiming)).toEqual([5, 5, 5, 60, 65, 1000]);
  });

  it('takes each slide’s median over several rehearsals', () => {
    const times = medianTimes([
      { file: 'a', slides: new Map([['x', 30], ['y', 10]]) },
      { file: 'b', slides: new Map([['x', 50], ['y', 20]]) },
      { file: 'c', slides: new Map([['x', 40], ['y', 90]]) },
    ]);
    expect(Object.fromEntries(times)).toEqual({ x: 40, y: 20 });
  });
});

describe('deck timings', () => {
  const hashTree = (dir: string) => {
    const hash = createHash('sha256');
    for (const name of (readdirSync(dir, { recursive: true }) as string[]).sort()) {
      try {
        hash.update(name).update(readFileSync(join(dir, name)));
      } catch {
        hash.update(name); // a folder
      }
    }
    return hash.digest('hex');
  };
  const setUp = () => {
    const work = mkdtempSync(join(tmpdir(), 'deck-timings-'));
    cpSync('slides', join(work, 'slides'), { recursive: true });
    return work;
  };
  const run = (work: string, ...args: string[]) => spawnSync(process.execPath, [join(process.cwd(), 'bin/deck.js'), 'timings', ...args], { cwd: work, encoding: 'utf8' });
  const { deck } = compileDeck(loadDeck('slides'));
  const rehearsal = (work: string, name: string, seconds: (i: number) => number | string, ids = deck.slides.map((s) => s.id)) => {
    const file = join(work, name);
    writeFileSync(file, JSON.stringify({ deck: deck.settings.title, date: '2026-11-29T10:00:00Z', slides: Object.fromEntries(ids.map((id, i) => [id, seconds(i)])) }));
    return file;
  };

  it('writes the median of three rehearsals into the slides, and only the timings change', () => {
    const work = setUp();
    const files = [rehearsal(work, 'r1.json', (i) => 30 + i), rehearsal(work, 'r2.json', (i) => 62 + i), rehearsal(work, 'r3.json', () => 500)];
    const chinese = hashTree(join(work, 'slides/zh'));
    const result = run(work, 'apply', ...files);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('the median of 3 rehearsals');
    const { deck: after, diagnostics } = compileDeck(loadDeck(join(work, 'slides')));
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(after.slides.map((s) => s.timing)).toEqual(deck.slides.map((_, i) => roundedTiming(62 + i)));
    // Nothing else: the files differ from the originals only in their timing values.
    for (const name of readdirSync('slides').filter((n) => n.endsWith('.md'))) {
      const strip = (text: string) => text.replace(/timing=\d+/g, 'timing=N');
      expect(strip(readFileSync(join(work, 'slides', name), 'utf8')), name).toBe(strip(readFileSync(join('slides', name), 'utf8')));
    }
    expect(hashTree(join(work, 'slides/zh'))).toBe(chinese);
  });

  it('refuses a rehearsal of other slides, names them, and writes nothing', () => {
    const work = setUp();
    const before = hashTree(join(work, 'slides'));
    const ids = [...deck.slides.map((s) => s.id).slice(1), 'a-slide-not-in-the-deck'];
    const result = run(work, 'apply', rehearsal(work, 'other.json', () => 30, ids));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('not in the deck: a-slide-not-in-the-deck; missing: title');
    expect(hashTree(join(work, 'slides'))).toBe(before);
  });

  it('refuses fractions, negative and huge times, and what is not a rehearsal, writing nothing', () => {
    const work = setUp();
    const before = hashTree(join(work, 'slides'));
    for (const bad of [(i: number) => (i === 3 ? 12.5 : 30), (i: number) => (i === 3 ? -5 : 30), (i: number) => (i === 3 ? 99999 : 30), (i: number) => (i === 3 ? '30' : 30)]) {
      const result = run(work, 'apply', rehearsal(work, 'bad.json', bad));
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/bad\.json: "[\w-]+" has .* seconds; a slide's time is whole seconds from 0 to 3600/);
    }
    writeFileSync(join(work, 'broken.json'), '{"slides": ');
    expect(run(work, 'apply', join(work, 'broken.json')).stderr).toContain('broken.json: not a rehearsal');
    expect(hashTree(join(work, 'slides'))).toBe(before);
  });

  it('shows a rehearsal beside the plan', () => {
    const work = setUp();
    const result = run(work, 'show', rehearsal(work, 'r.json', (i) => deck.slides[i]!.timing! + 10));
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^slide\s+plan\s+took\s+diff$/m);
    expect(result.stdout).toMatch(new RegExp(`^four-pillars\\s+\\d+:\\d\\d\\s+\\d+:\\d\\d\\s+\\+0:10$`, 'm'));
  });
});
