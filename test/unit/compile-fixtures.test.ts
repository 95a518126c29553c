// Markdown in, reveal.js HTML and diagnostics out: one test per case in test/fixtures/*.txt. Whatever
// the input, nothing in the output runs.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileCase, FIXTURES } from '../compile-fixture.js';
import { readFixtures } from '../fixture-file.js';

for (const name of readdirSync(FIXTURES)
  .filter((n) => n.endsWith('.txt'))
  .sort()) {
  describe(name, () => {
    for (const c of readFixtures(join(FIXTURES, name))) {
      it(`${c.title} (${name}:${c.line})`, () => {
        const out = compileCase(c.input);
        expect(out).toBe(c.expected);
        expect(out).not.toMatch(/<(script|iframe|object|embed)\b/i);
        expect(out).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
        expect(out).not.toMatch(/(href|src)="\s*(javascript|vbscript|file|data:text)/i);
      });
    }
  });
}
