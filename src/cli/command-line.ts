// The `deck` command line as a table: each command with its help and the options it takes, each
// option with its help and the values it takes. The usage is printed from it, and a command line
// is checked against it (node:util's parseArgs reads the words).
import { parseArgs } from 'node:util';
import { isLangCode } from '../shared/languages.js';

interface OptionSpec {
  type: 'string' | 'boolean';
  /** The value's name in the usage: `--slides DIR`. */
  value?: string;
  help: string;
  /** Whether a value given is one it takes. */
  valid?: (value: string) => boolean;
  /** What it takes, said when a value is not one: `1, 2 or 3`. */
  takes?: string;
  /** The option it goes with besides the command (`--per-page` with `--handout`). */
  with?: string;
  /** Said in one sentence with where it goes, for either mistake: "--lang takes en or zh, and goes
   *  with pdf, png and pptx". */
  oneRule?: boolean;
}

const isPort = (value: string) => /^\d+$/.test(value) && Number(value) <= 65535;

export const OPTIONS = {
  slides: { type: 'string', value: 'DIR', help: 'folder of the Markdown sources (default: slides)' },
  out: { type: 'string', value: 'DIR', help: 'output folder of build and the exports (default: dist)' },
  handout: { type: 'boolean', help: 'with pdf: deck-handout.pdf instead, A4 pages with the speaker notes' },
  'per-page': {
    type: 'string',
    value: 'N',
    help: 'with --handout: 1, 2 or 3 slides a page (default: 3)',
    valid: (v) => ['1', '2', '3'].includes(v),
    takes: '1, 2 or 3',
    with: 'handout',
    oneRule: true,
  },
  lang: {
    type: 'string',
    value: 'CODE|all',
    help: 'with pdf, png and pptx: the deck in a language of deck.yaml (default: its first; zh, pt-BR… from slides/CODE/), or all of them, one file each',
    valid: (v) => isLangCode(v) || v === 'all',
    takes: 'a language code such as en, zh, pt-BR or ru, or all',
    oneRule: true,
  },
  port: { type: 'string', value: 'N', help: 'with present: the port (default 8080)', valid: isPort, takes: 'a number from 0 to 65535' },
  host: {
    type: 'string',
    value: 'ADDR',
    help: 'with present: the address to listen on (default all; 127.0.0.1 for a rehearsal)',
    valid: (v) => v.trim() !== '',
    takes: 'an address to listen on, such as 127.0.0.1 or 0.0.0.0',
  },
  'dry-run': { type: 'boolean', help: 'with timings apply: print what would change, write nothing' },
  help: { type: 'boolean', help: 'show this help' },
} satisfies Record<string, OptionSpec>;

export type OptionName = keyof typeof OPTIONS;

interface CommandSpec {
  /** Its arguments in the usage (`FILE...`): one or more files; none when absent. */
  files?: string;
  help: string;
  options: readonly OptionName[];
  /** Said when its files are missing, for commands that take files. */
  filesMissing?: string;
}

const TIMINGS_MISUSE = 'timings takes apply or show, and one or more rehearsal files (--dry-run goes with apply)';

export const COMMANDS = {
  check: { help: 'validate the sources without building', options: ['slides'] },
  build: { help: 'build the static site', options: ['slides', 'out'] },
  pdf: { help: 'export the slides as deck.pdf in the output folder (building it first if needed)', options: ['slides', 'out', 'handout', 'per-page', 'lang'] },
  png: { help: 'export each slide as slides/NN-id.png there, 1920×1080', options: ['slides', 'out', 'lang'] },
  pptx: { help: 'export the slides as deck.pptx there: text, shapes and the speaker notes', options: ['slides', 'out', 'lang'] },
  fonts: { help: "write the deck's fonts as TrueType files to install, with their licences\n(into --out DIR; by default dist/fonts)", options: ['out'] },
  present: { help: 'serve the deck to the room: phones follow the speaker (building it first if needed)', options: ['slides', 'out', 'port', 'host'] },
  'timings apply': {
    files: 'FILE...',
    help: "write a rehearsal's timings (the median of several) into the slides it rehearsed",
    options: ['slides', 'dry-run'],
    filesMissing: TIMINGS_MISUSE,
  },
  'timings show': { files: 'FILE...', help: "print a rehearsal's timings beside the plan", options: ['slides'], filesMissing: TIMINGS_MISUSE },
} satisfies Record<string, CommandSpec>;

export type CommandName = keyof typeof COMMANDS;

/** A command line that passed the table: the command and its options' values, typed. */
export interface CommandLine {
  command: CommandName;
  files: string[];
  slides: string;
  /** As given: `deck fonts` has its own default. */
  out?: string;
  handout: boolean;
  perPage?: 1 | 2 | 3;
  /** The export's language, `all`, or none: the deck's first. */
  lang: string | undefined;
  port: number;
  host: string;
  dryRun: boolean;
}

/** What to do instead of a command: print the usage (to stdout, exit 0, on --help) or a
 *  mistake with it (to stderr, exit 2). */
export interface Misuse {
  message?: string;
  usage: string;
  exitCode: 0 | 2;
}

export function readCommandLine(argv: readonly string[]): CommandLine | Misuse {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: OPTIONS });
  } catch (error) {
    return misuse((error as Error).message);
  }
  const { values, positionals } = parsed;
  const [first, ...rest] = positionals;
  if (first === undefined) return { usage: usage(), exitCode: values.help ? 0 : 2 };
  const name = first in COMMANDS ? first : `${first} ${rest[0]}`;
  if (!(name in COMMANDS)) {
    if (Object.keys(COMMANDS).some((c) => c.startsWith(`${first} `))) return misuse(TIMINGS_MISUSE);
    return misuse(`unknown command "${first}"`);
  }
  const command = name as CommandName;
  const spec: CommandSpec = COMMANDS[command];
  if (values.help) return { usage: usage(command), exitCode: 0 };
  const files = name === first ? rest : rest.slice(1);
  if (spec.files === undefined && files.length > 0) return misuse(`${command} takes no file names ("${files[0]}")`, command);
  if (spec.files !== undefined && files.length === 0) return misuse(spec.filesMissing ?? `${command} takes ${spec.files}`, command);

  const given: Partial<Record<string, string | boolean>> = values;
  for (const option of Object.keys(OPTIONS) as OptionName[]) {
    const value = given[option];
    if (value === undefined || option === 'help') continue;
    const rule: OptionSpec = OPTIONS[option];
    const placed = spec.options.includes(option) && (!rule.with || given[rule.with] !== undefined);
    const fits = typeof value === 'boolean' || !rule.valid || rule.valid(value);
    if (rule.oneRule && (!placed || !fits)) return misuse(`--${option} takes ${rule.takes}, and ${goesWith(option)}`, command);
    if (!placed) return misuse(goesWith(option), command);
    if (!fits) return misuse(`--${option} takes ${rule.takes}`, command);
  }
  return {
    command,
    files,
    slides: values.slides ?? 'slides',
    out: values.out,
    handout: values.handout ?? false,
    perPage: values['per-page'] === undefined ? undefined : (Number(values['per-page']) as 1 | 2 | 3),
    lang: values.lang,
    port: values.port === undefined ? 8080 : Number(values.port),
    host: values.host ?? '0.0.0.0',
    dryRun: values['dry-run'] ?? false,
  };
}

/** Where an option goes, from the table: "--handout goes with pdf"; options that go with the
 *  same commands are named together ("--port and --host go with present"). */
function goesWith(option: OptionName): string {
  const where = (o: OptionName) => (Object.keys(COMMANDS) as CommandName[]).filter((c) => (COMMANDS[c].options as readonly OptionName[]).includes(o));
  const commands = where(option);
  const partners = (Object.keys(OPTIONS) as OptionName[]).filter((o) => where(o).join() === commands.join() && !(OPTIONS[o] as OptionSpec).oneRule);
  const named = (OPTIONS[option] as OptionSpec).oneRule || partners.length < 2 ? [option] : partners;
  const rule: OptionSpec = OPTIONS[option];
  const places = commands.map((c) => (rule.with ? `${c} --${rule.with}` : c));
  const verb = rule.oneRule ? 'goes' : named.length > 1 ? `--${named.slice(0, -1).join(', --')} and --${named.at(-1)} go` : `--${option} goes`;
  return `${verb} with ${list(places)}`;
}

const list = (items: readonly string[]) => (items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : items.join(''));

function misuse(message: string, command?: CommandName): Misuse {
  return { message, usage: usage(command), exitCode: 2 };
}

/** The usage: every command and option, or one command's with its options. */
export function usage(command?: CommandName): string {
  const head = (c: CommandName) => {
    const spec: CommandSpec = COMMANDS[c];
    return spec.files ? `${c} ${spec.files}` : c;
  };
  // Help in a column; the long heads (`timings apply FILE...`) in a wider one of their own.
  const wide = Math.max(...(Object.keys(COMMANDS) as CommandName[]).map((c) => head(c).length)) + 2;
  const column = (head: string, help: string) => {
    const [line, ...more] = help.split('\n');
    const start = head.padEnd(head.length < 17 ? 17 : wide);
    return [`  ${start}${line}`, ...more.map((m) => `${' '.repeat(19)}${m}`)].join('\n');
  };
  const option = (o: OptionName) => {
    const spec: OptionSpec = OPTIONS[o];
    return column(`--${o}${spec.value ? ` ${spec.value}` : ''}`, spec.help);
  };
  if (command) {
    const options = [...COMMANDS[command].options, 'help' as const].map(option);
    return `usage: deck ${head(command)} [options]\n\n${COMMANDS[command].help.replace(/\n/g, ' ')}\n\noptions:\n${options.join('\n')}`;
  }
  const commands = (Object.keys(COMMANDS) as CommandName[]).map((c) => column(head(c), COMMANDS[c].help));
  const options = (Object.keys(OPTIONS) as OptionName[]).map(option);
  return `usage: deck <command> [options]\n\ncommands:\n${commands.join('\n')}\n\noptions:\n${options.join('\n')}`;
}
