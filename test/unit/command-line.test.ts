// The `deck` command line read against its table: every mistake said in its own words (exit 2),
// and each command taking exactly the options its help lists.
import { describe, expect, it } from 'vitest';
import { COMMANDS, OPTIONS, readCommandLine, type CommandName, type OptionName } from '../../src/cli/command-line.js';

const said = (...argv: string[]) => {
  const line = readCommandLine(argv);
  return 'command' in line ? undefined : { message: line.message, exitCode: line.exitCode };
};

describe('a command line the table refuses: its message, exit 2', () => {
  const cases: [string[], string][] = [
    [['frobnicate'], 'unknown command "frobnicate"'],
    [['png', '--handout'], '--handout goes with pdf'],
    [['pdf', '--per-page', '2'], '--per-page takes 1, 2 or 3, and goes with pdf --handout'],
    [['pdf', '--handout', '--per-page', '4'], '--per-page takes 1, 2 or 3, and goes with pdf --handout'],
    [['build', '--lang', 'zh'], '--lang takes a language code such as en, zh, pt-BR or ru, or all, and goes with pdf, png and pptx'],
    [['pdf', '--lang', '../x'], '--lang takes a language code such as en, zh, pt-BR or ru, or all, and goes with pdf, png and pptx'],
    [['build', '--port', '9000'], '--port and --host go with present'],
    [['pdf', '--host', '127.0.0.1'], '--port and --host go with present'],
    [['present', '--port', 'abc'], '--port takes a number from 0 to 65535'],
    [['present', '--port', '70000'], '--port takes a number from 0 to 65535'],
    [['present', '--port', '1.5'], '--port takes a number from 0 to 65535'],
    [['present', '--host', ' '], '--host takes an address to listen on, such as 127.0.0.1 or 0.0.0.0'],
    [['check', '--dry-run'], '--dry-run goes with timings apply'],
    [['timings', 'show', '--dry-run', 'r.json'], '--dry-run goes with timings apply'],
    [['timings'], 'timings takes apply or show, and one or more rehearsal files (--dry-run goes with apply)'],
    [['timings', 'apply'], 'timings takes apply or show, and one or more rehearsal files (--dry-run goes with apply)'],
    [['timings', 'undo', 'r.json'], 'timings takes apply or show, and one or more rehearsal files (--dry-run goes with apply)'],
    [['fonts', '--slides', 'slides'], '--slides goes with check, build, pdf, png, pptx, present, timings apply and timings show'],
    [['check', 'slides'], 'check takes no file names ("slides")'],
    [['pdf', '--per-page'], "Option '--per-page <value>' argument missing"],
  ];
  for (const [argv, message] of cases) {
    it(`deck ${argv.join(' ')}`, () => {
      expect(said(...argv)).toEqual({ message, exitCode: 2 });
    });
  }

  it('without a command: the usage, exit 2; with --help alone: the usage, exit 0', () => {
    expect(said()).toEqual({ message: undefined, exitCode: 2 });
    expect(said('--help')).toEqual({ message: undefined, exitCode: 0 });
  });
});

describe('each command takes the options its help lists, and no other', () => {
  const sample: Record<OptionName, string[]> = {
    slides: ['--slides', 'talk'],
    out: ['--out', 'site'],
    handout: ['--handout'],
    'per-page': ['--handout', '--per-page', '2'],
    lang: ['--lang', 'zh'],
    port: ['--port', '9000'],
    host: ['--host', '127.0.0.1'],
    'dry-run': ['--dry-run'],
    help: ['--help'],
  };
  for (const command of Object.keys(COMMANDS) as CommandName[]) {
    it(command, () => {
      const args = [...command.split(' '), ...('files' in COMMANDS[command] ? ['rehearsal.json'] : [])];
      const help = readCommandLine([...args, '--help']);
      const listed = 'usage' in help ? [...help.usage.matchAll(/^ {2}--([\w-]+)/gm)].map((m) => m[1]) : [];
      expect(listed).toEqual([...COMMANDS[command].options, 'help']);
      for (const option of (Object.keys(OPTIONS) as OptionName[]).filter((o) => o !== 'help')) {
        const line = readCommandLine([...args, ...sample[option]]);
        expect('command' in line, `${command} --${option}`).toBe((COMMANDS[command].options as readonly string[]).includes(option));
      }
    });
  }

  it('reads the values as the commands use them', () => {
    expect(readCommandLine(['pdf', '--handout', '--per-page', '1', '--lang', 'zh', '--slides', 'talk'])).toMatchObject({
      command: 'pdf',
      handout: true,
      perPage: 1,
      lang: 'zh',
      slides: 'talk',
      out: undefined,
    });
    expect(readCommandLine(['present', '--port', '0'])).toMatchObject({ command: 'present', port: 0, host: '0.0.0.0' });
    expect(readCommandLine(['timings', 'apply', 'a.json', 'b.json', '--dry-run'])).toMatchObject({
      command: 'timings apply',
      files: ['a.json', 'b.json'],
      dryRun: true,
    });
  });
});
