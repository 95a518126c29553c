// A generated deck for the scale runs: many slides, figures and notes, written to a temp folder.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function writeScaleDeck(dir: string, slides: number, figures: number): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'deck.yaml'),
    'title: Scale deck\nauthor: Bench\naffiliation: Bench\nevent: Bench\nlang: en\nminutes: 600\nurl: https://example.org/\n',
  );
  const keys = Array.from({ length: figures }, (_, i) => `figure_${i}`);
  writeFileSync(
    join(dir, 'figures.yaml'),
    `talk: Bench\nfigures:\n${keys.map((k, i) => `  ${k}:\n    value: ${1000 + i}\n    more_than: true\n    unit: things\n    label: counted\n    source: s-1\n`).join('')}`,
  );
  const perFile = 50;
  for (let file = 0; file * perFile < slides; file++) {
    const body = Array.from({ length: Math.min(perFile, slides - file * perFile) }, (_, j) => {
      const n = file * perFile + j + 1;
      const key = keys[n % figures]!;
      const next = keys[(n + 1) % figures]!;
      return `{#s-${n}}\n## Slide ${n}\n\n- point one with {{${key}}}\n- point two, a longer line of text about the subject\n\n::: callouts\n{{${key}}} {{${next}}}\n:::\n\nNote: What to say about slide ${n}: ${'words of narrative '.repeat(10)}and {{${key}}}.\n`;
    });
    writeFileSync(join(dir, `${String(file).padStart(2, '0')}-part.md`), body.join('\n---\n\n'));
  }
}
