// YAML in, diagnostics out: one test per case in test/fixtures/data-files/figures.txt, each
// figures file in a deck whose one slide shows {{joint_labs}}.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileFiguresFile, FIXTURES } from '../compile-fixture.js';
import { readFixtures } from '../fixture-file.js';

describe('figures.yaml', () => {
  for (const c of readFixtures(join(FIXTURES, 'data-files/figures.txt'))) {
    it(`${c.title} (figures.txt:${c.line})`, () => {
      expect(compileFiguresFile(c.input)).toBe(c.expected);
    });
  }
});

// The validators are compiled without checking the schemas themselves (parse-data.ts): this does.
describe('the data files’ schemas', () => {
  it('are each a valid JSON Schema', async () => {
    const { Ajv } = await import('ajv');
    const schemas = await import('../../src/schemas.js');
    const ajv = new Ajv({ strict: true, allowUnionTypes: true });
    for (const schema of [schemas.SettingsSchema, schemas.FiguresSchema, schemas.LanguageSchema, schemas.UiWordsSchema]) {
      expect(ajv.validateSchema(schema), JSON.stringify(ajv.errors)).toBe(true);
    }
  });
});
