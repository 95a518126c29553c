// Where a Chinese line may break: only between the pieces chinesePieces cuts, never inside a word,
// a number with its unit, or a term of the field.
import { expect, it } from 'vitest';
import { chinesePieces, runningPieces } from '../../src/html/line-breaks.js';

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
  // STI cooperation, the talk's subject: 科技创新 | 合作 on a phone's title left 合作： alone.
  ['“一带一路”科技创新合作：现状与展望', ['科技创新合作：']],
  ['时间轴显示了', ['时间轴']],
  // A date is one thing: its year, month and day, and the span to the last day.
  ['2023年10月17日至18日，北京', ['2023年10月17日至18日']],
  ['于2023年10月17日举办', ['2023年10月17日']],
])('keeps each piece of %s whole', (text, whole) => {
  const pieces = chinesePieces(text);
  expect(pieces.join('')).toBe(text);
  for (const piece of whole)
    expect(
      pieces.some((p) => p.includes(piece)),
      `${pieces.join('|')} keeps ${piece}`,
    ).toBe(true);
});

// Running text (the notes) breaks between its pieces, shorter than a slide's: it holds whole only
// what a line can lose to the next without leaving the flush-left line before it far short.
it.each([
  // A term of up to six characters whole; a longer one by its words, the marks with them.
  ['“大国”之间', ['“大国”']],
  ['介绍“一带一路”科技创新', ['“一带一路”']],
  ['是“数字丝绸之路”和', ['“数字丝绸之路”']],
  ['即“一带一路科技创新行动计划”的', ['“一带', '一路', '科技创新', '行动计划”的']],
  // A number with its unit, and a date by its parts: its year, its day with the month, its span.
  ['投入30多亿元资金', ['30多亿元']],
  ['于2023年10月17日至18日在北京', ['2023年', '10月17日', '至18日']],
])('holds %s in running text as %j', (text, held) => {
  const pieces = runningPieces(text);
  expect(pieces.map((p) => p.text).join('')).toBe(text);
  const kept = pieces.filter((p) => p.term || /\d/u.test(p.text)).map((p) => p.text);
  expect(kept).toEqual(held);
});

it('lets running text break inside a quoted term of seven characters or more, between its words', () => {
  expect(runningPieces('分为两个方向。“走出去”是指').filter((p) => p.term)).toHaveLength(1);
  expect(runningPieces('即“一带一路科技创新行动计划”的').filter((p) => p.term).length).toBeGreaterThan(1);
});

it('keeps a year with a month only: a count after a year is a word of its own', () => {
  expect(chinesePieces('2023年10个国家加入')).not.toContain('2023年10个');
  expect(chinesePieces('2023年10个国家加入')).toContain('2023年');
});
