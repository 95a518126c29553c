// The `deck` command as a user runs it: messages, exit codes, and what is left on disk.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
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

  it('ships the slides\' own images: beside the site\'s page, and inside the one-file deck', () => {
    const work = mkdtempSync(join(tmpdir(), 'deck-cli-'));
    const slides = join(work, 'slides');
    cpSync('slides', slides, { recursive: true });
    const picture = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><rect width="4" height="4" fill="red"/></svg>');
    writeFileSync(join(slides, 'map & route.svg'), picture);
    const outline = readFileSync(join(slides, '02-outline.md'), 'utf8');
    writeFileSync(join(slides, '02-outline.md'), outline.replace('\nNote:', '\n![The route](map%20&%20route.svg)\n\nNote:'));
    const out = join(work, 'dist');
    execFileSync(process.execPath, ['bin/deck.js', 'build', '--slides', slides, '--out', out], { cwd: process.cwd() });

    const site = readFileSync(join(out, 'index.html'), 'utf8');
    const src = /<img src="([^"]+)" alt="The route"/.exec(site)?.[1];
    expect(src).toMatch(/^media\/[0-9a-f]{8}-/);
    expect(readFileSync(join(out, decodeURIComponent(src!)))).toEqual(picture);
    const offline = readFileSync(join(out, 'offline.html'), 'utf8');
    expect(offline).toContain(`<img src="data:image/svg+xml;base64,${picture.toString('base64')}" alt="The route"`);
  });
});
