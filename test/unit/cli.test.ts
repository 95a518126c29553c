// The `deck` command as a user runs it: messages, exit codes, and what is left on disk.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const deck = (...args: string[]) => spawnSync(process.execPath, ['bin/deck.js', ...args], { encoding: 'utf8' });
const BAD = 'test/fixtures/decks/unknown-figure';

/** A hash of every file's path and bytes under `dir`. */
function hashTree(dir: string): string {
  const hash = createHash('sha256');
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else hash.update(path.slice(dir.length)).update(readFileSync(path));
    }
  };
  walk(dir);
  return hash.digest('hex');
}

describe('deck check', () => {
  it('passes the talk and says how many slides and figures it has', () => {
    const run = deck('check');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/deck: \d+ slides, \d+ figures: ok/);
  });

  it('names the file, line and column of a mistake, suggests the fix and exits 1', () => {
    const run = deck('check', '--slides', BAD);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${BAD}/01-progress.md:4:3: error: unknown figure "joint_lab" (did you mean "joint_labs"?)`);
    expect(run.stderr).toContain('hint: define it under figures: in');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 with the usage on an unknown command', () => {
    const run = deck('frobnicate');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('usage: deck');
  });
});

describe('deck build', () => {
  it('writes a deck with relative URLs, and a failed build leaves it exactly as it was', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'deck-cli-')), 'dist');
    execFileSync(process.execPath, ['bin/deck.js', 'build', '--out', out]);
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    expect(html).toMatch(/src="\.\/assets\/[^"]+\.js"/);
    expect(html).not.toMatch(/(src|href)="\//);
    const before = hashTree(out);

    const run = deck('build', '--slides', BAD, '--out', out);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('nothing was built');
    expect(hashTree(out)).toBe(before);
  });
});
