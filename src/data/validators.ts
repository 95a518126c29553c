// The data files' validators: Ajv's code for their schemas, made once per change of the schemas
// (or of Ajv) and kept in node_modules/.cache/deck-validators, so that a command neither loads Ajv
// nor compiles four schemas as it starts (a tenth of a deck's build, measured).
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Ajv as AjvInstance, Options, ValidateFunction } from 'ajv';
import { writeFileAtomic } from '../files/atomic-write.js';
import { ROOT } from '../project-root.js';
import {
  FiguresSchema,
  LanguageSchema,
  SettingsSchema,
  UiWordsSchema,
  type DeckSettings,
  type FiguresFile,
  type LanguageFile,
  type UiWords,
} from '../schemas.js';

const SCHEMAS = { settings: SettingsSchema, figures: FiguresSchema, language: LanguageSchema, uiWords: UiWordsSchema };

export interface Validators {
  settings: ValidateFunction<DeckSettings>;
  figures: ValidateFunction<FiguresFile>;
  language: ValidateFunction<LanguageFile>;
  uiWords: ValidateFunction<UiWords>;
}

// verbose: errors carry their schema, to list a field's allowed names. The schemas are the code's
// own, checked against JSON Schema's by a unit test, not here.
const OPTIONS: Options = { allErrors: true, strict: true, allowUnionTypes: true, verbose: true, validateSchema: false };

const CACHE = join(ROOT, 'node_modules/.cache/deck-validators');

// Ajv and the code it writes are CommonJS, read synchronously: compiling a deck never waits.
const load = createRequire(import.meta.url);

/** The validators, from the cache when it holds those of these schemas and this Ajv, else made
 *  by Ajv now and kept there (as far as the folder can be written). */
export function dataValidators(cacheDir = CACHE): Validators {
  const ajvVersion = (JSON.parse(readFileSync(load.resolve('ajv/package.json'), 'utf8')) as { version: string }).version;
  const key = createHash('sha256')
    .update(JSON.stringify([ajvVersion, OPTIONS, SCHEMAS]))
    .digest('hex')
    .slice(0, 32);
  const file = join(cacheDir, `${key}.cjs`);
  const kept = keptValidators(file);
  if (kept) return kept;
  const { Ajv } = load('ajv') as typeof import('ajv');
  const { default: standaloneCode } = load('ajv/dist/standalone') as typeof import('ajv/dist/standalone');
  const ajv: AjvInstance = new Ajv({ ...OPTIONS, code: { source: true } });
  for (const [name, schema] of Object.entries(SCHEMAS)) ajv.addSchema(schema, name);
  const names = Object.fromEntries(Object.keys(SCHEMAS).map((name) => [name, name]));
  try {
    mkdirSync(cacheDir, { recursive: true });
    // A command running beside this one never reads half a file.
    writeFileAtomic(file, Buffer.from(standaloneCode(ajv, names)));
    prune(cacheDir, file);
  } catch {
    // A cache that cannot be written (a read-only install): the validators made now still work.
  }
  return Object.fromEntries(Object.keys(SCHEMAS).map((name) => [name, ajv.getSchema(name)])) as unknown as Validators;
}

/** The validators in `file`, or nothing where it is missing or not what was written there. */
function keptValidators(file: string): Validators | undefined {
  try {
    const kept = load(file) as Partial<Validators>;
    if (Object.keys(SCHEMAS).every((name) => typeof kept[name as keyof Validators] === 'function')) return kept as Validators;
  } catch {
    // Missing, or damaged: made again.
  }
  // Forgotten, so that this process reads the file made in its place.
  delete load.cache[file];
  return undefined;
}

/** The validators of other schemas go after a day: made again in a moment when wanted. */
function prune(cacheDir: string, keep: string): void {
  for (const old of readdirSync(cacheDir).map((name) => join(cacheDir, name))) {
    if (old !== keep && Date.now() - statSync(old).mtimeMs > 86_400_000) rmSync(old, { force: true });
  }
}
