// Where a Chinese line may break: only between the pieces chinesePieces cuts, never inside a word,
// a number with its unit, or a term of the field.
import { expect, it } from 'vitest';
import { chinesePieces } from '../../src/html/line-breaks.js';

it.each([
  ['在海外建设科技园区、与外国园区结为姐妹园区', ['科技园区、']],
  ['联合实验室与联合研究项目', ['联合实验室']],
  ['国家实验室', ['实验室']],
  ['技术转移网络', ['技术转移']],
  ['已签署200多份合作文件', ['200多份']],
])('keeps each piece of %s whole', (text, whole) => {
  const pieces = chinesePieces(text);
  expect(pieces.join('')).toBe(text);
  for (const piece of whole)
    expect(
      pieces.some((p) => p.includes(piece)),
      `${pieces.join('|')} keeps ${piece}`,
    ).toBe(true);
});
