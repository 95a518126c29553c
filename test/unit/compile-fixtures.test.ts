// Markdown in, reveal.js HTML and diagnostics out: one test per case in test/fixtures/*.txt.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileCase, FIXTURES } from '../compile-case.js';
import { readFixtures } from '../fixture-file.js';

for (const name of readdirSync(FIXTURES).filter((n) => n.endsWith('.txt')).sort()) {
  describe(name, () => {
    for (const c of readFixtures(join(FIXTURES, name))) {
      it(`${c.title} (${name}:${c.line})`, () => {
        expect(compileCase(c.input)).toBe(c.expected);
      });
    }
  });
}
