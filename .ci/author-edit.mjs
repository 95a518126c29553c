// An author's ordinary edit, made the README's way in the copy of the project given as the first
// argument: a new slide with an image, a new figure (with its words in each language) quoted on
// it, a timing, and the slide's translations. The tests of the tool must stay green after it.
/* global process, console, Buffer */
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

const root = process.argv[2];
if (!root) {
  console.error('usage: node .ci/author-edit.mjs PROJECT_COPY');
  process.exit(2);
}
const slides = join(root, 'slides');

// A 400×200 PNG, as a screenshot or a chart saved from another program would be.
function png(width, height) {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes) => {
    let c = 0xffffffff;
    for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const rows = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x++) row.set(x < (width * (y + 1)) / height ? [30, 90, 160] : [235, 240, 245], 1 + x * 3);
    rows.push(row);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}

mkdirSync(join(slides, 'images'), { recursive: true });
writeFileSync(join(slides, 'images', 'author-edit.png'), png(400, 200));

// A figure, once, in figures.yaml, with its Chinese words.
const figures = join(slides, 'figures.yaml');
const text = readFileSync(figures, 'utf8');
const added = `  edit_sister_parks:
    value: 12
    more_than: true
    unit: sister parks
    label: set up with foreign parks
    source: author-edit
    zh:
      measure: 个
      unit: 姊妹园区
      label: 与外国园区共建
`;
writeFileSync(figures, text.replace(/^figures:\n/m, `figures:\n${added}`));

// A slide in the file of its part, after a ---, with a timing, the image and the figure.
appendFileSync(
  join(slides, '05-prospect.md'),
  `
---

{#author-edit timing=60}

## A slide an author added

- {{edit_sister_parks}} so far

![A chart the author saved](images/author-edit.png)

Note: What the speaker says about the chart and the sister parks.
`,
);
appendFileSync(
  join(slides, 'zh', '05-prospect.md'),
  `
---

{#author-edit}

## 作者新增的一页

- 迄今{{edit_sister_parks}}

![作者保存的图表](../images/author-edit.png)

Note: 演讲者对图表和姊妹园区的说明。
`,
);
// The languages written as data: the figure's words in language.yaml, the slide in its folder.
const DATA_LANGUAGES = {
  'pt-BR': {
    unit: 'parques irmãos',
    label: 'criados com parques estrangeiros',
    title: 'Um slide que o autor acrescentou',
    item: 'até agora',
    alt: 'Um gráfico que o autor salvou',
    note: 'O que o orador diz sobre o gráfico.',
  },
  ru: {
    unit: 'парков-побратимов',
    forms: { one: 'парк-побратим', few: 'парка-побратима', many: 'парков-побратимов' },
    label: 'созданы с зарубежными парками',
    title: 'Слайд, добавленный автором',
    item: 'на сегодня',
    alt: 'Диаграмма, сохранённая автором',
    note: 'Что говорит докладчик о диаграмме.',
  },
};
for (const [code, words] of Object.entries(DATA_LANGUAGES)) {
  const language = join(slides, code, 'language.yaml');
  if (!existsSync(language)) continue;
  const forms = words.forms
    ? `\n    unit_forms:\n${Object.entries(words.forms)
        .map(([k, v]) => `      ${k}: ${v}`)
        .join('\n')}`
    : '';
  const entry = `  edit_sister_parks:\n    unit: ${words.unit}${forms}\n    label: ${words.label}\n`;
  writeFileSync(language, readFileSync(language, 'utf8').replace(/^figures:\n/m, `figures:\n${entry}`));
  appendFileSync(
    join(slides, code, '05-prospect.md'),
    `\n---\n\n{#author-edit}\n\n## ${words.title}\n\n- {{edit_sister_parks}} ${words.item}\n\n![${words.alt}](../images/author-edit.png)\n\nNote: ${words.note}\n`,
  );
}
console.log('author edit: slide "author-edit" with an image, a figure and timing=60, in every language');
