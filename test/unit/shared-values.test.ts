// The page shell's placeholders (index.html's `%NAME%`): each filled wherever it is written, with
// the value the code uses, and one the code does not know named.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FACES_ID, OPENING_FACES_ID, OPENS_ELSEWHERE_CLASS, OPENS_ZH_CLASS, PARAMS, SCROLL_FIRST_CLASS } from '../../src/shared/page-contract.js';
import { fillPlaceholders, sharedValues } from '../../src/vite/shared-values-plugin.js';

const shell = readFileSync('index.html', 'utf8');
const transform = sharedValues().transformIndexHtml as { handler: (html: string) => string };
const count = (text: string, part: string) => text.split(part).length - 1;

describe('the page shell’s shared values', () => {
  it('fills every placeholder, each time it is written', () => {
    const page = transform.handler(shell);
    expect(page.match(/%[A-Z_]+%/g) ?? []).toEqual([]);
    for (const [name, value] of [
      ['FACES_ID', FACES_ID],
      ['OPENING_FACES_ID', OPENING_FACES_ID],
      ['PRINT_PARAM', PARAMS.print],
      ['SCROLL_FIRST_CLASS', SCROLL_FIRST_CLASS],
      ['OPENS_ELSEWHERE_CLASS', OPENS_ELSEWHERE_CLASS],
      ['OPENS_ZH_CLASS', OPENS_ZH_CLASS],
    ] as const) {
      expect(count(shell, `%${name}%`), name).toBeGreaterThan(0);
      expect(count(page, `'${value}'`), name).toBeGreaterThanOrEqual(count(shell, `'%${name}%'`));
    }
  });

  it('names a placeholder it does not know, and where it is', () => {
    expect(() => fillPlaceholders('<script>var x = "%FACE_ID%";</script>')).toThrow(/index\.html: %FACE_ID% is no value/);
  });
});
