// Reads markdown-it style fixture files: a title line, then `.`-separated input and expected output.
import { readFileSync } from 'node:fs';

export interface FixtureCase {
  title: string;
  /** 1-based line of the title in the fixture file, so a failure points at the spec. */
  line: number;
  input: string;
  expected: string;
}

export function readFixtures(path: string): FixtureCase[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  const cases: FixtureCase[] = [];
  let i = 0;
  while (i < lines.length) {
    if (lines[i + 1] !== '.' || lines[i]!.trim() === '') {
      i++;
      continue;
    }
    const title = lines[i]!;
    const line = i + 1;
    const parts: string[][] = [[], []];
    let part = 0;
    i += 2;
    while (i < lines.length && !(lines[i] === '.' && part === 1)) {
      if (lines[i] === '.') part = 1;
      else parts[part]!.push(lines[i]!);
      i++;
    }
    cases.push({ title, line, input: parts[0]!.join('\n'), expected: parts[1]!.join('\n').trim() });
    i++;
  }
  return cases;
}
