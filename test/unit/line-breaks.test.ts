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
  // A place word with its 的, which the dictionary gives as one word (园区|内的).
  // China's science parks are one thing to a reader: 中国 | 科技园区 reads as two.
  ['中国科技园区内的外资园区', ['中国科技园区内的']],
  // Terms that run over more than two of the dictionary's words.
  ['第三届“一带一路”国际合作高峰论坛', ['国际合作高峰论坛']],
  ['“一带一路”科技创新行动计划', ['科技创新', '行动计划']],
  ['时间轴显示了', ['时间轴']],
  // A day stays with its month: a date breaks after its year at most.
  ['2023年10月17日至18日，北京', ['10月17日至18日']],
])('keeps each piece of %s whole', (text, whole) => {
  const pieces = chinesePieces(text);
  expect(pieces.join('')).toBe(text);
  for (const piece of whole)
    expect(
      pieces.some((p) => p.includes(piece)),
      `${pieces.join('|')} keeps ${piece}`,
    ).toBe(true);
});
