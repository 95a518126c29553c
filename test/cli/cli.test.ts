// The `deck` command as a user runs it: messages, exit codes, and what is left on disk.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  watch,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileDeck } from '../../src/compile-deck.js';
import { loadDeck } from '../../src/load/load-deck.js';
import { hashTree } from '../hash-tree.js';

const deck = (...args: string[]) => spawnSync(process.execPath, ['bin/deck.js', ...args], { encoding: 'utf8' });
const BAD = 'test/fixtures/decks/unknown-figure';

describe('deck check', () => {
  it('passes the talk and says how many slides and figures it has, in each of its languages', () => {
    const run = deck('check');
    expect(run.status).toBe(0);
    const { deck: talk, translations } = compileDeck(loadDeck('slides'));
    const names = translations.map((t) => `${talk.slides.length} in ${new Intl.DisplayNames('en', { type: 'language' }).of(t.lang)}`).join(', ');
    expect(run.stdout).toContain(`deck: ${talk.slides.length} slides (${names} too), ${talk.data.figures.size} figures: ok`);
  });

  describe('a language added by data alone', () => {
    const THIRD = 'test/fixtures/decks/third-language';
    /** The fixture deck copied, `change` made to the copy. */
    const copy = (change: (dir: string) => void) => {
      const dir = join(mkdtempSync(join(tmpdir(), 'deck-lang-')), 'slides');
      cpSync(THIRD, dir, { recursive: true });
      change(dir);
      return dir;
    };

    it('is checked and built from its folder and a line in deck.yaml, its figures in its own words', () => {
      const run = deck('check', '--slides', THIRD);
      expect(run.stderr).toBe('');
      expect(run.stdout).toContain('deck: 2 slides (2 in European Portuguese too), 1 figures: ok');
      const out = join(mkdtempSync(join(tmpdir(), 'deck-lang-')), 'dist');
      expect(deck('build', '--slides', THIRD, '--out', out).status).toBe(0);
      const page = readFileSync(join(out, 'index.html'), 'utf8');
      const src = /data-translated="pt-PT=(assets\/deck-pt-PT-[0-9a-f]{8}\.html)"/.exec(page)?.[1];
      expect(src).toBeDefined();
      expect(page).toMatch(/<template id="deck-pt-PT" data-code="pt-PT" data-lang="pt-PT" data-name="Português \(Portugal\)"/);
      const slides = readFileSync(join(out, src!), 'utf8');
      expect(slides).toContain('<section id="facts" lang="pt-PT"');
      expect(slides).toContain('<span class="figure" data-figure="people">mais de <span class="figure-number">200 mil</span> pessoas</span>');
      expect(slides).toMatch(/<script type="application\/json" data-deck-words>\{"outline":"Sumário"/);
    });

    it("keeps the deck's own language's short words and names on a line, as deck.yaml lists them", () => {
      const dir = copy((d) => {
        writeFileSync(join(d, 'deck.yaml'), `${readFileSync(join(d, 'deck.yaml'), 'utf8')}keep_with_next: [on]\nkeep_whole: [comes next]\n`);
        writeFileSync(join(d, '01-talk.md'), readFileSync(join(d, '01-talk.md'), 'utf8').replace('- what comes next', '- work on STI, what comes next'));
      });
      const out = join(mkdtempSync(join(tmpdir(), 'deck-lang-')), 'dist');
      expect(deck('build', '--slides', dir, '--out', out).status).toBe(0);
      const page = readFileSync(join(out, 'index.html'), 'utf8');
      expect(page).toContain('<li>work <span class="with-next">on STI,</span> what comes\u00a0next</li>');
    });

    it('names a keep_with_next entry of deck.yaml that is no short word, at its line', () => {
      const dir = copy((d) => writeFileSync(join(d, 'deck.yaml'), `${readFileSync(join(d, 'deck.yaml'), 'utf8')}keep_with_next: [on, "on STI"]\n`));
      const run = deck('check', '--slides', dir);
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/deck\.yaml:9:\d+: error: keep_with_next\.1 is not valid: "on STI"\n {2}hint: list single short words [^\n]*keep_whole/);
    });

    it('names the line of deck.yaml that lists a language with no folder', () => {
      const dir = copy((d) => writeFileSync(join(d, 'deck.yaml'), readFileSync(join(d, 'deck.yaml'), 'utf8').replace('[en, pt-PT]', '[en, pt-PT, ru]')));
      const run = deck('check', '--slides', dir);
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(
        /deck\.yaml:6: error: deck\.yaml lists the language "ru", and the slides folder has no folder ru\/\n {2}hint: add [^\n]*\/ru\/ with the slides translated/,
      );
    });

    it('names a folder without its interface words, and a code that is no language', () => {
      const noWords = copy((d) => rmSync(join(d, 'pt-PT', 'ui.yaml')));
      const run = deck('check', '--slides', noWords);
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/\/pt-PT:1: error: the European Portuguese translation has no ui\.yaml\n {2}hint: add [^\n]*\/pt-PT\/ui\.yaml/);
      const outside = copy((d) => writeFileSync(join(d, 'deck.yaml'), readFileSync(join(d, 'deck.yaml'), 'utf8').replace('[en, pt-PT]', '[en, ../x]')));
      const bad = deck('check', '--slides', outside);
      expect(bad.status).toBe(1);
      expect(bad.stderr).toMatch(/deck\.yaml:6:\d+: error: [^\n]*"\.\.\/x"\n {2}hint: list language codes such as en, zh, pt-BR, ru/);
    });

    it('warns at its line of a card_unit given to a figure that is no amount', () => {
      const dir = copy((d) =>
        writeFileSync(
          join(d, 'pt-PT', 'language.yaml'),
          readFileSync(join(d, 'pt-PT', 'language.yaml'), 'utf8').replace('    unit: pessoas\n', '    unit: pessoas\n    card_unit: formação\n'),
        ),
      );
      const run = deck('check', '--slides', dir);
      expect(run.stderr).toMatch(
        /pt-PT\/language\.yaml:\d+: warning: figure "people" has a card_unit, and is not an amount: its card shows its unit\n {2}hint: remove card_unit/,
      );
    });

    it('names a keep_with_next entry that is no short word, at its line, with what to list', () => {
      const dir = copy((d) =>
        writeFileSync(join(d, 'pt-PT', 'language.yaml'), `keep_with_next: [e, "em um"]\n${readFileSync(join(d, 'pt-PT', 'language.yaml'), 'utf8')}`),
      );
      const run = deck('check', '--slides', dir);
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(
        /pt-PT\/language\.yaml:1:\d+: error: keep_with_next\.1 is not valid: "em um"\n {2}hint: list single short words [^\n]*keep_whole/,
      );
    });

    it('names each interface word its ui.yaml lacks, at its line', () => {
      const dir = copy((d) => writeFileSync(join(d, 'pt-PT', 'ui.yaml'), readFileSync(join(d, 'pt-PT', 'ui.yaml'), 'utf8').replace(/^search: .*\n/m, '')));
      const run = deck('check', '--slides', dir);
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/pt-PT\/ui\.yaml:\d+:1: error: ui\.yaml has no "search"\n {2}hint: give every key of the English words/);
    });
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

  it("a command's --help gives its own options; an option it does not take is exit 2 with them", () => {
    const help = deck('fonts', '--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^usage: deck fonts \[options\]\n/);
    expect([...help.stdout.matchAll(/^ {2}(--[\w-]+)/gm)].map((m) => m[1])).toEqual(['--out', '--help']);
    const wrong = deck('fonts', '--slides', 'slides');
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toMatch(/^deck: --slides goes with check, build, [^\n]*\n\nusage: deck fonts \[options\]/);
  });
});

describe('deck build', () => {
  it('writes a deck with relative URLs, and a failed build leaves it exactly as it was', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'deck-cli-')), 'dist');
    execFileSync(process.execPath, ['bin/deck.js', 'build', '--out', out]);
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    // The script is added once the first slide is painted, from the address the page carries.
    expect(html).toMatch(/data-entry="\.\/assets\/[^"]+\.js"/);
    expect(html).not.toMatch(/(src|href)="\//);
    const before = hashTree(out);

    const run = deck('build', '--slides', BAD, '--out', out);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('nothing was built');
    expect(hashTree(out)).toBe(before);
  });

  it("ships the slides' own images: beside the site's page, and inside the one-file deck", () => {
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

describe('hostile input and a failing machine: a message, never a stack trace or a hang', () => {
  const copy = () => {
    const work = mkdtempSync(join(tmpdir(), 'deck-cli-'));
    cpSync('slides', join(work, 'slides'), { recursive: true });
    return work;
  };
  const inWork = (work: string, ...args: string[]) =>
    spawnSync(process.execPath, [join(process.cwd(), 'bin/deck.js'), ...args], { cwd: work, encoding: 'utf8', timeout: 30_000 });

  it('$ patterns in a slide stay as written, and the page around them whole', () => {
    const work = copy();
    const text = "Costs $$5 and $& more, see $\\` and $' or `s/$/x/`";
    const outline = join(work, 'slides/02-outline.md');
    writeFileSync(
      outline,
      readFileSync(outline, 'utf8').replace('\nNote:', () => `\n${text}\n\nNote:`),
    );
    const run = inWork(work, 'build', '--out', 'dist');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const html = readFileSync(join(work, 'dist/index.html'), 'utf8');
    expect(html).toContain('<p>Costs $$5 and $&amp; more, see $` and $’ or <code>s/$/x/</code></p>');
    expect(html.match(/<main class="reveal"/g)).toHaveLength(1);
    expect(html.match(/<\/html>/g)).toHaveLength(1);
  });

  it('a named pipe or a link to a device called *.md is refused, not read forever', () => {
    const work = copy();
    execFileSync('mkfifo', [join(work, 'slides/07-pipe.md')]);
    symlinkSync('/dev/zero', join(work, 'slides/08-zero.md'));
    const run = inWork(work, 'check');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('slides/07-pipe.md:1: error: 07-pipe.md is not a regular file (a named pipe)');
    expect(run.stderr).toContain('slides/08-zero.md:1: error: 08-zero.md is not a regular file (a device)');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('a source that links out of the slides folder is refused, and nothing of what it names is published', () => {
    const work = copy();
    writeFileSync(join(work, '.env'), '# Production settings\nAPI_KEY=s3cr3t-hunter2\n');
    symlinkSync('../.env', join(work, 'slides/09-env.md'));
    renameSync(join(work, 'slides/deck.yaml'), join(work, 'deck.yaml'));
    symlinkSync('../deck.yaml', join(work, 'slides/deck.yaml'));
    const run = inWork(work, 'build', '--out', 'dist');
    expect(run.stderr).toContain('slides/09-env.md:1: error: 09-env.md is a link to a file outside the slides folder');
    expect(run.stderr).toContain('slides/deck.yaml:1: error: deck.yaml is a link to a file outside the slides folder');
    expect(run.status).toBe(1);
    expect(existsSync(join(work, 'dist'))).toBe(false);
    expect(run.stdout + run.stderr).not.toContain('s3cr3t');
  });

  it('deck timings apply on a named pipe, a folder or a device is refused, not read forever', () => {
    const work = copy();
    execFileSync('mkfifo', [join(work, 'rehearsal.json')]);
    mkdirSync(join(work, 'rehearsals'));
    for (const [file, kind] of [
      ['rehearsal.json', 'a named pipe'],
      ['rehearsals', 'a folder'],
      ['/dev/zero', 'a device'],
    ]) {
      const run = inWork(work, 'timings', 'apply', file!);
      expect(run.stderr, file).toContain(`deck: ${file}: not a rehearsal (it is ${kind})`);
      expect(run.status, file).toBe(1);
    }
  });

  it('author text is printed with its control characters escaped: an ESC cannot clear the screen and fake a success', () => {
    const work = copy();
    const fake = '\u001b[2J\u001b[Hdeck: 14 slides, 20 figures: ok\r\n';
    const figures = join(work, 'slides/figures.yaml');
    writeFileSync(figures, readFileSync(figures, 'utf8').replace('source: bri-10th-anniversary', `source: ${JSON.stringify(fake)}`));
    writeFileSync(join(work, 'rehearsal.json'), JSON.stringify({ slides: { [fake]: 30 } }));
    const check = inWork(work, 'check');
    expect(check.stderr).toContain('source is not valid: "\\x1b[2J\\x1b[Hdeck: 14 slides, 20 figures: ok\\x0d\\x0a"');
    expect(check.status).toBe(1);
    writeFileSync(figures, readFileSync(join('slides/figures.yaml'), 'utf8'));
    const timings = inWork(work, 'timings', 'apply', 'rehearsal.json');
    expect(timings.stderr).toContain('not in the deck: \\x1b[2J\\x1b[Hdeck: 14 slides, 20 figures: ok\\x0d');
    expect(timings.status).toBe(1);
    for (const run of [check, timings]) {
      expect(run.stdout + run.stderr).not.toContain('\u001b');
      expect(run.stdout + run.stderr).not.toContain('\r');
    }
  });

  it('a folder it may not read is named, as a user without root sees it', ({ skip }) => {
    const work = copy();
    mkdirSync(join(work, 'slides/private'));
    chmodSync(join(work, 'slides/private'), 0o000);
    chmodSync(work, 0o755);
    // As nobody: root reads any folder. Nobody may not reach the checkout (a clone in root's home
    // folder, or in a folder of mktemp -d), so it runs the command's bundle from a copy in the
    // work folder, with the two files that mark the project's root, and the data files'
    // validators as the run before kept them, with Ajv, whose functions they call.
    expect(deck('check').status).toBe(0);
    const cache = 'node_modules/.cache/deck-cli';
    // The bundle of the sources as they are: the newest whole one (a half-written one ends in .PID).
    const [bundle] = readdirSync(cache)
      .filter((n) => !n.includes('.'))
      .sort((a, b) => statSync(join(cache, b)).mtimeMs - statSync(join(cache, a)).mtimeMs);
    const project = join(work, 'project');
    cpSync(join(cache, bundle!), join(project, cache, bundle!), { recursive: true });
    for (const file of ['index.html', 'package.json']) cpSync(file, join(project, file));
    for (const folder of ['node_modules/.cache/deck-validators', 'node_modules/ajv']) cpSync(folder, join(project, folder), { recursive: true });
    const asNobody = (...args: string[]) =>
      spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', ...args], { cwd: work, encoding: 'utf8' });
    const node = asNobody(process.execPath, '--version');
    if (node.status !== 0) {
      console.warn(`skipped: the user nobody cannot run ${process.execPath} here (${(node.stderr || node.error?.message || '').trim()})`);
      skip();
    }
    const run = asNobody(process.execPath, join(project, cache, bundle!, 'deck.mjs'), 'check');
    expect(run.stderr).toContain('slides/private:1: error: cannot read the folder slides/private (permission denied)');
    expect(run.status).toBe(1);
  });

  it('a full disk: exit 2 with a message, and the previous build as it was', ({ skip }) => {
    const work = copy();
    const disk = join(work, 'disk');
    mkdirSync(disk);
    // A disk with room for one build and not for a second beside it (a build writes the new one
    // before it lets the old one go).
    expect(inWork(work, 'build', '--out', 'one').status).toBe(0);
    const size = (dir: string): number =>
      readdirSync(dir, { withFileTypes: true }).reduce(
        (sum, e) => sum + (e.isDirectory() ? size(join(dir, e.name)) : statSync(join(dir, e.name)).size + 4096),
        0,
      );
    const room = Math.ceil((size(join(work, 'one')) * 1.5) / 1024);
    // A small disk of its own; where mounting is not allowed there is nothing to test with.
    if (spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${room}k`, 'tmpfs', disk]).status !== 0) skip();
    try {
      expect(inWork(work, 'build', '--out', 'disk/dist').status).toBe(0);
      const before = hashTree(disk);
      const run = inWork(work, 'build', '--out', 'disk/dist');
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('deck: the disk is full');
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(hashTree(disk)).toBe(before);
    } finally {
      spawnSync('umount', [disk]);
    }
  });

  it('Ctrl+C during a build leaves the previous build and no temporary folder', async () => {
    const work = copy();
    // A large picture makes the build long enough to be stopped halfway.
    writeFileSync(join(work, 'slides/big.png'), Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.alloc(9_000_000)]));
    const outline = join(work, 'slides/02-outline.md');
    writeFileSync(outline, readFileSync(outline, 'utf8').replace('\nNote:', '\n![big](big.png)\n\nNote:'));
    expect(inWork(work, 'build', '--out', 'dist').status).toBe(0);
    const before = hashTree(join(work, 'dist'));
    for (let attempt = 0; attempt < 5; attempt++) {
      const child = spawn(process.execPath, [join(process.cwd(), 'bin/deck.js'), 'build', '--out', 'dist'], { cwd: work });
      const watcher = watch(work, (_, name) => {
        if (name?.startsWith('.deck-tmp-')) child.kill('SIGINT');
      });
      const [code, signal] = (await once(child, 'exit')) as [number | null, string | null];
      watcher.close();
      expect(readdirSync(work).filter((n) => n.startsWith('.deck-tmp-'))).toEqual([]);
      if (signal === 'SIGINT') {
        expect(hashTree(join(work, 'dist'))).toBe(before);
        return;
      }
      expect(code).toBe(0); // finished before the signal: try again
    }
    throw new Error('the build was never stopped halfway in five tries');
  });
});

describe('the command bundles itself after a change of its code', () => {
  it('Ctrl+C while it writes the bundle leaves no half of one', async () => {
    const cache = 'node_modules/.cache/deck-cli';
    for (let attempt = 0; attempt < 5; attempt++) {
      // A change of the code, as far as the bundle's name knows: the next start bundles anew.
      const now = new Date();
      utimesSync('src/cli/deck.ts', now, now);
      // In a process group of its own, which Ctrl+C stops whole, esbuild with it.
      const child = spawn(process.execPath, ['bin/deck.js', 'check'], { detached: true, stdio: 'ignore' });
      const partial = `.${child.pid}`;
      let stopped = false;
      const watcher = watch(cache, (_, name) => {
        if (!stopped && name?.endsWith(partial)) {
          stopped = true;
          process.kill(-child.pid!, 'SIGINT');
        }
      });
      const [code, signal] = (await once(child, 'exit')) as [number | null, string | null];
      watcher.close();
      expect(readdirSync(cache).filter((n) => n.endsWith(partial))).toEqual([]);
      if (signal === 'SIGINT') return;
      expect(code).toBe(0); // finished before the signal: try again
    }
    throw new Error('the command was never stopped while it bundled, in five tries');
  });
});

describe('deck present: wrong options and a port in use are a message', () => {
  it('refuses a port that is not a port, and --port or --host with another command', () => {
    for (const args of [
      ['present', '--port', 'abc'],
      ['present', '--port', '70000'],
      ['present', '--port', '1.5'],
      ['build', '--port', '9000'],
      ['pdf', '--host', '127.0.0.1'],
    ]) {
      const run = deck(...args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr, args.join(' ')).toMatch(/^deck: --port (takes a number from 0 to 65535|and --host go with present)/);
    }
  });

  it('refuses an empty --host, which would print an address with no host (http://:8080/)', () => {
    for (const host of ['', ' ']) {
      const run = spawnSync(process.execPath, ['bin/deck.js', 'present', '--host', host, '--port', '0'], { encoding: 'utf8', timeout: 30_000 });
      expect(run.status, JSON.stringify(host)).toBe(2);
      expect(run.stderr).toMatch(/^deck: --host takes an address to listen on/);
      expect(run.stdout).not.toContain('audience:');
    }
  });

  it('says so when the port is taken, and exits 1', async () => {
    const { createServer } = await import('node:net');
    const taken = createServer();
    await new Promise<void>((done) => taken.listen(0, '127.0.0.1', done));
    const { port } = taken.address() as { port: number };
    const run = spawnSync(process.execPath, ['bin/deck.js', 'present', '--host', '127.0.0.1', '--port', String(port)], { encoding: 'utf8', timeout: 60_000 });
    taken.close();
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`deck: cannot listen on 127.0.0.1:${port} (EADDRINUSE)`);
  });
});

describe('adding a slide the README’s way', () => {
  it('passes the check; with the talk’s time already planned it warns, and the pacing shares the talk out', () => {
    const work = mkdtempSync(join(tmpdir(), 'deck-cli-'));
    cpSync('slides', join(work, 'slides'), { recursive: true });
    // The talk's length made what its slides' timings add up to, so that a new slide has no time left.
    const { deck: before } = compileDeck(loadDeck(join(work, 'slides')));
    const given = before.slides.reduce((sum, s) => sum + s.planned, 0);
    const settings = join(work, 'slides/deck.yaml');
    writeFileSync(settings, readFileSync(settings, 'utf8').replace(/^minutes: .*$/m, `minutes: ${Math.floor(given / 60)}`));
    const limits = join(work, 'slides/04-limits.md');
    const text = `${readFileSync(limits, 'utf8').trimEnd()}\n\n---\n\n`;
    writeFileSync(limits, `${text}## A new slide\n\n- a point\n\nNote: What to say about it.\n`);
    const run = spawnSync(process.execPath, [join(process.cwd(), 'bin/deck.js'), 'build', '--out', 'dist'], { cwd: work, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(
      new RegExp(
        `slides/deck\\.yaml:\\d+: warning: the slides' timings add up to ${given} s of the talk's ${Math.floor(given / 60)} minutes, leaving too little for "a-new-slide"; the pacing shares the whole talk out instead`,
      ),
    );
    // Not yet translated: the Chinese deck shows it in English, and says so.
    expect(run.stderr).toContain(
      `slides/04-limits.md:${text.split('\n').length}: warning: slide "a-new-slide" has no Chinese translation: the Chinese deck shows it in English`,
    );
    const html = readFileSync(join(work, 'dist/index.html'), 'utf8');
    // The Chinese slides are a file of the site the page names, fetched only for Chinese.
    const src = /<template id="deck-zh"[^>]* data-src="(assets\/deck-zh-[0-9a-f]{8}\.html)">\s*<\/template>/.exec(html)?.[1];
    expect(src).toBeDefined();
    expect(readFileSync(join(work, 'dist', src!), 'utf8')).toMatch(
      /<section id="a-new-slide" lang="en"[^>]*>\n<h2 aria-level="3"><span class="title-text">(?:<span class="with-next">)?A[ \u00a0]new(?:<\/span>)? slide<\/span><\/h2>[^]*<p class="untranslated" lang="zh-Hans">仅提供英文版<\/p>/,
    );
    const english = html.slice(0, html.indexOf('<template'));
    const planned = [...english.matchAll(/<section [^>]*data-timing="(\d+)"/g)].map((m) => Number(m[1]));
    expect(planned).toHaveLength(before.slides.length + 1);
    expect(Math.abs(planned.reduce((a, b) => a + b, 0) - Math.floor(given / 60) * 60)).toBeLessThanOrEqual(planned.length);
    expect(Math.min(...planned)).toBeGreaterThan(10);
  });
});

describe('deck fonts', () => {
  it('refuses a file as its folder: exit 1, the file named, nothing written', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'deck-fonts-')), 'not-a-folder');
    writeFileSync(file, 'kept');
    const run = deck('fonts', '--out', file);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('not-a-folder is a file, not a folder');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
