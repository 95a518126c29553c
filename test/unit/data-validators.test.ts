// The data files' validators kept as code in the cache (src/data/validators.ts): the same verdicts
// and the same errors as Ajv's own, compiled in this process; a damaged file made again.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { dataValidators, type Validators } from '../../src/data/validators.js';
import { ROOT } from '../../src/project-root.js';
import * as schemas from '../../src/schemas.js';
import { FIXTURES } from '../compile-fixture.js';
import { readFixtures } from '../fixture-file.js';

// Under node_modules, as the real cache is: the kept code takes Ajv's runtime functions from there.
mkdirSync(join(ROOT, 'node_modules/.cache'), { recursive: true });
const dir = mkdtempSync(join(ROOT, 'node_modules/.cache/deck-validators-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true });
const reference = {
  settings: ajv.compile(schemas.SettingsSchema),
  figures: ajv.compile(schemas.FiguresSchema),
  language: ajv.compile(schemas.LanguageSchema),
  uiWords: ajv.compile(schemas.UiWordsSchema),
};

const data = (file: string) => parse(readFileSync(join(FIXTURES, 'data', file), 'utf8')) as Record<string, unknown>;
const deck = data('deck.yaml');
const language = data('ru/language.yaml');
const ui = data('ru/ui.yaml');

/** Each validator's inputs: the fixture decks' files, and each broken in the ways authors break them. */
const INPUTS: Record<keyof Validators, unknown[]> = {
  settings: [
    deck,
    { ...deck, title: undefined },
    { ...deck, title: '' },
    { ...deck, colour: 'red' },
    { ...deck, minutes: 0 },
    { ...deck, minutes: '20' },
    { ...deck, lang: 'english!' },
    { ...deck, url: 'ftp://example.org' },
    { ...deck, url: `https://example.org/${'x'.repeat(300)}` },
    { ...deck, languages: ['en', 'en'] },
    { ...deck, languages: ['en', '../x'] },
    { ...deck, languages: [] },
    { ...deck, zh: { title: '标题' } },
    [],
    'a string',
  ],
  // Every figures file of the fixtures that is YAML at all.
  figures: readFixtures(join(FIXTURES, 'data-files/figures.txt')).flatMap((c) => {
    try {
      return [parse(c.input) as unknown];
    } catch {
      return [];
    }
  }),
  language: [
    language,
    { ...language, name: undefined },
    { ...language, tag: 'not a tag' },
    { ...language, numbers: { ...(language['numbers'] as object), card_scale: 'huge' } },
    { ...language, figures: { 'Bad Key': { unit: 'x' } } },
    { ...language, timeline: { 2021: '' } },
    { ...language, extra: true },
  ],
  uiWords: [ui, { ...ui, outline: 3 }, { ...ui, found: { one: '' } }, { ...ui, found: [['a', 2]] }],
};

/** What a validator says of each input: its verdict and its errors, schemas and data included
 *  (as JSON: the kept code's schemas are, without TypeBox's symbols). */
function verdicts(validators: Validators | typeof reference, name: keyof Validators): unknown {
  const validate = validators[name] as (data: unknown) => boolean;
  const said = INPUTS[name].map((input) => ({ valid: validate(input), errors: (validators[name] as { errors?: unknown }).errors ?? null }));
  return JSON.parse(JSON.stringify(said));
}

describe('the validators kept in the cache', () => {
  it('are written once, then read, and judge every input as Ajv does', () => {
    const fresh = join(dir, 'fresh');
    dataValidators(fresh);
    const files = readdirSync(fresh);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/\.cjs$/);
    const kept = dataValidators(fresh);
    expect(readdirSync(fresh)).toEqual(files);
    for (const name of Object.keys(INPUTS) as (keyof Validators)[]) {
      const said = verdicts(kept, name) as { valid: boolean }[];
      // Each set of inputs has both kinds, or it would prove little.
      expect(said.map((s) => s.valid)).toContain(true);
      expect(said.map((s) => s.valid)).toContain(false);
      expect(said, name).toEqual(verdicts(reference, name));
    }
  });

  it('are made again when the kept file is damaged', () => {
    // A folder of its own: a file this process has read once, it does not read again.
    const damaged = join(dir, 'damaged');
    dataValidators(damaged);
    const [name] = readdirSync(damaged);
    const file = join(damaged, name!);
    writeFileSync(file, 'module.exports = { settings: (');
    const again = dataValidators(damaged);
    expect(verdicts(again, 'settings')).toEqual(verdicts(reference, 'settings'));
    expect(readFileSync(file, 'utf8')).toContain('exports.settings');
    expect(verdicts(dataValidators(damaged), 'figures')).toEqual(verdicts(reference, 'figures'));
  });

  it('work without a cache folder that can be written', () => {
    const blocked = join(dir, 'blocked');
    writeFileSync(blocked, 'a file where the folder would be');
    expect(verdicts(dataValidators(join(blocked, 'inside')), 'uiWords')).toEqual(verdicts(reference, 'uiWords'));
    expect(existsSync(join(blocked, 'inside'))).toBe(false);
  });
});
