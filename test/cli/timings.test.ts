// Rehearsal timings written back into the Markdown: only the rehearsed slides' timings change,
// byte for byte, read as the compiler reads the file; a rehearsal that does not fit the deck, or a
// file that cannot be written, writes nothing.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileDeck } from '../../src/compile-deck.js';
import { loadDeck } from '../../src/load/load-deck.js';
import { MIN_REHEARSED_SECONDS, roundedTiming } from '../../src/shared/rehearsal-file.js';
import { hashTree } from '../hash-tree.js';

describe('deck timings', () => {
  const setUp = () => {
    const work = mkdtempSync(join(tmpdir(), 'deck-timings-'));
    cpSync('slides', join(work, 'slides'), { recursive: true });
    return work;
  };
  const run = (work: string, ...args: string[]) =>
    spawnSync(process.execPath, [join(process.cwd(), 'bin/deck.js'), 'timings', ...args], { cwd: work, encoding: 'utf8' });
  const { deck } = compileDeck(loadDeck('slides'));
  const ids = deck.slides.map((s) => s.id);
  const rehearsal = (work: string, name: string, seconds: (i: number) => number | string | undefined, list = ids) => {
    const file = join(work, name);
    const slides = Object.fromEntries(list.flatMap((id, i) => (seconds(i) === undefined ? [] : [[id, seconds(i)]])));
    writeFileSync(file, JSON.stringify({ deck: deck.settings.title, date: '2026-11-29T10:00:00Z', slides }));
    return file;
  };
  /** Each slide's source, from its first line to the next slide's, hashed. */
  const slideHashes = (dir: string) => {
    const { deck: built } = compileDeck(loadDeck(dir));
    return new Map(
      built.slides.map((s, i) => {
        const next = built.slides[i + 1];
        const lines = readFileSync(s.file, 'utf8').split('\n');
        const source = lines.slice(s.line - 1, next?.file === s.file ? next.line - 1 : undefined).join('\n');
        return [s.id, createHash('sha256').update(source).digest('hex')];
      }),
    );
  };

  it('writes the median of three rehearsals into the slides, and only the timings change', () => {
    const work = setUp();
    const files = [rehearsal(work, 'r1.json', (i) => 30 + i), rehearsal(work, 'r2.json', (i) => 62 + i), rehearsal(work, 'r3.json', () => 500)];
    const chinese = hashTree(join(work, 'slides/zh'));
    const result = run(work, 'apply', ...files);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`the timings of ${ids.length} slides (the median of 3 rehearsals`);
    const { deck: after, diagnostics } = compileDeck(loadDeck(join(work, 'slides')));
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(after.slides.map((s) => s.planned)).toEqual(deck.slides.map((_, i) => roundedTiming(62 + i)));
    // Nothing else: the files differ from the originals only in their timing values.
    for (const name of readdirSync('slides').filter((n) => n.endsWith('.md'))) {
      const strip = (text: string) => text.replace(/timing=\d+/g, 'timing=N');
      expect(strip(readFileSync(join(work, 'slides', name), 'utf8')), name).toBe(strip(readFileSync(join('slides', name), 'utf8')));
    }
    expect(hashTree(join(work, 'slides/zh'))).toBe(chinese);
  });

  it('writes only the slides rehearsed, after a table of what changes; the others stay as they were', () => {
    const work = setUp();
    const before = slideHashes(join(work, 'slides'));
    // As the speaker view saves it: every slide, 0 for those never reached; one only passed through.
    const took: Record<number, number> = { 1: 40, 2: MIN_REHEARSED_SECONDS - 1, 3: 70, 4: 48 };
    const result = run(
      work,
      'apply',
      rehearsal(work, 'partial.json', (i) => took[i] ?? 0),
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const rehearsed = Object.entries(took)
      .filter(([, s]) => s >= MIN_REHEARSED_SECONDS)
      .map(([i, s]) => ({ slide: deck.slides[Number(i)]!, seconds: s }));
    const rows = result.stdout.split('\n').filter((line) => /^\S+\s+\d+:\d\d\s+\d+:\d\d$/.test(line));
    expect(rows.map((row) => row.split(/\s+/))).toEqual(rehearsed.map(({ slide, seconds }) => [slide.id, clock(slide.planned), clock(roundedTiming(seconds))]));
    const kept = ids.filter((id) => !rehearsed.some((r) => r.slide.id === id));
    expect(result.stdout).toContain(`kept as they are: ${kept.join(', ')}`);
    expect(result.stdout).toContain(`wrote the timings of ${rehearsed.length} slides`);
    const after = slideHashes(join(work, 'slides'));
    for (const id of kept) expect(after.get(id), id).toBe(before.get(id));
    const { deck: written } = compileDeck(loadDeck(join(work, 'slides')));
    for (const { slide, seconds } of rehearsed) expect(written.slides.find((s) => s.id === slide.id)?.planned).toBe(roundedTiming(seconds));
  });

  it('with --dry-run prints the table and writes nothing', () => {
    const work = setUp();
    const before = hashTree(join(work, 'slides'));
    const result = run(
      work,
      'apply',
      '--dry-run',
      rehearsal(work, 'r.json', (i) => (i === 3 ? 50 : undefined)),
    );
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^${ids[3]}\\s+${clock(deck.slides[3]!.planned)}\\s+0:50$`, 'm'));
    expect(result.stdout).toContain('nothing written');
    expect(hashTree(join(work, 'slides'))).toBe(before);
  });

  it('refuses a rehearsal of other slides, names them, and writes nothing', () => {
    const work = setUp();
    const before = hashTree(join(work, 'slides'));
    const result = run(
      work,
      'apply',
      rehearsal(work, 'other.json', () => 30, [...ids.slice(1), 'a-slide-not-in-the-deck']),
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('not in the deck: a-slide-not-in-the-deck');
    expect(hashTree(join(work, 'slides'))).toBe(before);
  });

  it('refuses fractions, negative and huge times, and what is not a rehearsal, in one line, writing nothing', () => {
    const work = setUp();
    const before = hashTree(join(work, 'slides'));
    for (const bad of [
      (i: number) => (i === 3 ? 12.5 : 30),
      (i: number) => (i === 3 ? -5 : 30),
      (i: number) => (i === 3 ? 99999 : 30),
      (i: number) => (i === 3 ? '30' : 30),
    ]) {
      const result = run(work, 'apply', rehearsal(work, 'bad.json', bad));
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(
        /bad\.json: "[\w-]+" has (12\.5 seconds|-5 seconds|99999 seconds|"30", not seconds); a slide's time is whole seconds from 0 to 3600/,
      );
    }
    writeFileSync(join(work, 'broken.json'), '{"slides": ');
    expect(run(work, 'apply', join(work, 'broken.json')).stderr).toContain('broken.json: not a rehearsal');
    // Nested 6,000 deep: a line that says so, no stack trace.
    writeFileSync(join(work, 'deep.json'), `{"slides": {"${ids[0]}": ${'['.repeat(6000)}${']'.repeat(6000)}}}`);
    const deep = run(work, 'apply', join(work, 'deep.json'));
    expect(deep.status).toBe(1);
    expect(deep.stderr.trim().split('\n')).toHaveLength(1);
    expect(deep.stderr).toContain(`deep.json: "${ids[0]}" has a list, not seconds; a slide's time is whole seconds from 0 to 3600`);
    expect(hashTree(join(work, 'slides'))).toBe(before);
  });

  it('writes a symbolic link’s file through the link, and keeps each file’s permissions', () => {
    const work = setUp();
    const slides = join(work, 'slides');
    // Within the slides folder: a link out of it is refused as the loader refuses it.
    mkdirSync(join(slides, 'kept-elsewhere'));
    renameSync(join(slides, '02-outline.md'), join(slides, 'kept-elsewhere/outline.md'));
    symlinkSync('kept-elsewhere/outline.md', join(slides, '02-outline.md'));
    chmodSync(join(slides, '03-background.md'), 0o600);
    chmodSync(join(slides, '04-limits.md'), 0o664);
    const result = run(
      work,
      'apply',
      rehearsal(work, 'r.json', (i) => 35 + i),
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(lstatSync(join(slides, '02-outline.md')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(slides, '02-outline.md'))).toBe('kept-elsewhere/outline.md');
    expect(readFileSync(join(slides, 'kept-elsewhere/outline.md'), 'utf8')).toContain(`{#outline timing=${roundedTiming(35 + ids.indexOf('outline'))}}`);
    expect(statSync(join(slides, '03-background.md')).mode & 0o777).toBe(0o600);
    expect(statSync(join(slides, '04-limits.md')).mode & 0o777).toBe(0o664);
    expect(readFileSync(join(slides, '04-limits.md'), 'utf8')).not.toBe(readFileSync('slides/04-limits.md', 'utf8'));
  });

  it('writes no file when one cannot be written, and says so in one line', () => {
    const work = setUp();
    const slides = join(work, 'slides');
    // A slide file kept in a folder whose path is so long that a file beside it with a longer name
    // cannot be made: its own name fits, a temporary one does not (a path is at most 4,095 bytes).
    let deep = join(slides, 'deep');
    while (deep.length < 4070) deep = join(deep, 'd'.repeat(Math.min(200, 4076 - deep.length)));
    mkdirSync(deep, { recursive: true });
    renameSync(join(slides, '05-prospect.md'), join(deep, 'p.md'));
    symlinkSync(join(deep, 'p.md'), join(slides, '05-prospect.md'));
    const before = [hashTree(slides), readFileSync(join(deep, 'p.md'), 'utf8')];
    const result = run(
      work,
      'apply',
      rehearsal(work, 'r.json', (i) => 35 + i),
    );
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^deck: cannot write the timings \(.*ENAMETOOLONG.*\); no file was changed$/m);
    expect([hashTree(slides), readFileSync(join(deep, 'p.md'), 'utf8')]).toEqual(before);
    expect(readdirSync(deep)).toEqual(['p.md']);
    expect(existsSync(join(slides, '01-title.md'))).toBe(true);
  });

  it('shows a rehearsal beside the plan', () => {
    const work = setUp();
    const result = run(
      work,
      'show',
      rehearsal(work, 'r.json', (i) => deck.slides[i]!.planned + 10),
    );
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^slide\s+plan\s+took\s+diff$/m);
    expect(result.stdout).toMatch(new RegExp(`^four-pillars\\s+\\d+:\\d\\d\\s+\\d+:\\d\\d\\s+\\+0:10$`, 'm'));
  });
});

/** m:ss, as the tables print a time. */
function clock(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
