// An English slide file and its translation in, the Chinese deck's HTML and diagnostics out: one
// test per case in test/fixtures/translations/*.txt.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileTranslationCase, FIXTURES } from '../compile-fixture.js';
import { readFixtures } from '../fixture-file.js';

const FOLDER = join(FIXTURES, 'translations');

for (const name of readdirSync(FOLDER)
  .filter((n) => n.endsWith('.txt'))
  .sort()) {
  describe(`translations/${name}`, () => {
    for (const c of readFixtures(join(FOLDER, name))) {
      it(`${c.title} (${name}:${c.line})`, () => {
        const out = compileTranslationCase(c.input);
        expect(out).toBe(c.expected);
        expect(out).not.toMatch(/<(script|iframe|object|embed)\b/i);
      });
    }
  });
}
