// YAML in, diagnostics out: one test per case in test/fixtures/data-files/*.txt.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFigures } from '../../src/data/parse-data.js';
import { formatDiagnostic } from '../../src/diagnostics.js';
import { FIXTURES } from '../compile-case.js';
import { readFixtures } from '../fixture-file.js';

export function checkFiguresFile(yaml: string): string {
  return parseFigures({ path: 'slides/figures.yaml', text: yaml }).diagnostics.map(formatDiagnostic).join('\n');
}

describe('figures.yaml', () => {
  for (const c of readFixtures(join(FIXTURES, 'data-files/figures.txt'))) {
    it(`${c.title} (figures.txt:${c.line})`, () => {
      expect(checkFiguresFile(c.input)).toBe(c.expected);
    });
  }
});
