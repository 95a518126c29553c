// A figure's number written once, and read in each language as that language writes it: in a
// sentence, on a card, and aloud.
import { describe, expect, it } from 'vitest';
import { cardParts, figureText, sentenceParts, spokenText } from '../../src/figures/figure-text.js';
import type { Figure } from '../../src/types.js';

const figure = (
  value: number | string,
  more: boolean,
  format: Figure['format'],
  en: string,
  zh: { unit: string; measure?: string; value?: string },
): Figure => ({
  key: 'k',
  value,
  moreThan: more,
  format,
  unit: en,
  label: 'label',
  source: 'facts',
  zh: { label: '标签', ...zh },
  line: 1,
});

// value, more than, format, English unit, Chinese words → in a sentence: English, Chinese; the card's big number: English, Chinese
const CASES: [Parameters<typeof figure>, string, string, string, string][] = [
  [
    [200, true, 'number', 'cooperation agreements', { measure: '份', unit: '合作文件' }],
    'more than 200 cooperation agreements',
    '200多份合作文件',
    '200',
    '200多',
  ],
  [[152, false, 'number', 'countries', { measure: '个', unit: '国家' }], '152 countries', '152个国家', '152', '152'],
  [[200000, true, 'number', 'people', { measure: '', unit: '人' }], 'more than 200,000 people', '20多万人', '200,000', '20多万'],
  [
    [15000, true, 'number', 'young scientists', { measure: '名', unit: '青年科学家' }],
    'more than 15,000 young scientists',
    '1.5万多名青年科学家',
    '15,000',
    '1.5万多',
  ],
  [[3000000000, true, 'number', 'RMB funding', { unit: '元资金' }], 'more than 3 billion RMB funding', '30多亿元资金', '3 bn', '30多亿'],
  [
    [1000, true, 'number', 'joint research projects', { measure: '项', unit: '联合研究项目' }],
    'more than 1,000 joint research projects',
    '1000多项联合研究项目',
    '1,000',
    '1000多',
  ],
  [
    [3, false, 'ordinal', 'Belt and Road Forum', { measure: '届', unit: '“一带一路”国际合作高峰论坛' }],
    '3rd Belt and Road Forum',
    '第三届“一带一路”国际合作高峰论坛',
    '3rd',
    '第三',
  ],
  [[12, false, 'ordinal', 'meeting', { measure: '次', unit: '会议' }], '12th meeting', '第12次会议', '12th', '第12'],
  [[2017, false, 'year', 'action plan', { unit: '行动计划' }], '2017', '2017年', '2017', '2017'],
  [
    ['hundreds', false, 'number', 'exchange programmes', { value: '数百', measure: '个', unit: '交流培训项目' }],
    'hundreds of exchange programmes',
    '数百个交流培训项目',
    'hundreds',
    '数百',
  ],
];

describe('a year on a Chinese card', () => {
  it('counts its 年 as a measure word, small after the number as 份 is', () => {
    expect(cardParts(figure(2017, false, 'year', 'action plan', { unit: '行动计划' }), 'zh')).toMatchObject({ number: '2017', measure: '年' });
  });
});

describe('a figure in a sentence and on a card', () => {
  for (const [args, enText, zhText, enNumber, zhNumber] of CASES) {
    it(`${enText} / ${zhText}`, () => {
      const f = figure(...args);
      expect(figureText(f, 'en')).toBe(enText);
      expect(figureText(f, 'zh')).toBe(zhText);
      expect(cardParts(f, 'en').number).toBe(enNumber);
      expect(cardParts(f, 'zh').number).toBe(zhNumber);
    });
  }

  it('marks "more than" with a + on an English card, and with 多 inside the Chinese number', () => {
    const f = figure(...CASES[0]![0]);
    expect(cardParts(f, 'en')).toMatchObject({ more: true, measure: '' });
    expect(cardParts(f, 'zh')).toMatchObject({ more: false, measure: '份', unit: '合作文件' });
  });

  it('writes an English scale with the number, as a headline does: "3 bn", and "RMB funding" under it', () => {
    expect(cardParts(figure(...CASES[4]![0]), 'en')).toMatchObject({ number: '3 bn', more: true, unit: 'RMB funding' });
  });

  it('cuts a sentence where the accent goes: the number with its scale, not "more than" or the measure word', () => {
    expect(sentenceParts(figure(...CASES[4]![0]), 'en')).toEqual({ before: 'more than ', number: '3 billion', after: ' RMB funding' });
    expect(sentenceParts(figure(...CASES[0]![0]), 'zh')).toEqual({ before: '', number: '200多', after: '份合作文件' });
    expect(sentenceParts(figure(...CASES[3]![0]), 'zh')).toEqual({ before: '', number: '1.5万多', after: '名青年科学家' });
  });

  it('writes an amount with its currency: before the unit in a sentence, as a sign on a card', () => {
    const funding = { ...figure(...CASES[4]![0]), currency: 'RMB', unit: 'funding' };
    expect(figureText(funding, 'en')).toBe('more than 3 billion RMB funding');
    expect(cardParts(funding, 'en')).toMatchObject({ number: '¥3 bn', more: true, unit: 'funding' });
    expect(figureText(funding, 'zh')).toBe('30多亿元资金');
  });

  it('reads a year with what happened in it', () => {
    const f = figure(...CASES[8]![0]);
    expect(spokenText(f, 'en')).toBe('action plan, 2017');
    expect(spokenText(f, 'zh')).toBe('行动计划，2017年');
  });
});
