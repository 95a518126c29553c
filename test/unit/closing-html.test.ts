// The closing slide names the institute in a second language as the title slide does.
import { describe, expect, it } from 'vitest';
import { renderClosing } from '../../src/html/closing-html.js';
import { UI_TEXT } from '../../src/shared/ui-text.js';
import type { DeckSettings } from '../../src/types.js';

const english: DeckSettings = {
  title: 'Talk',
  author: 'A. Speaker',
  affiliation: 'The Institute',
  event: 'The Symposium',
  lang: 'en',
  minutes: 20,
  url: 'https://example.org/',
  zh: { title: '报告', author: '讲者', affiliation: '研究院', event: '研讨会' },
};
const russian: DeckSettings = { ...english, affiliation: 'Институт', lang: 'ru', zh: undefined };

/** The institute's written lines, each a block of its own as on the title slide, with its language. */
const institutes = (html: string) =>
  [...(html.match(/<p class="closing-institute">(.*?)<\/p>/)?.[1] ?? '').matchAll(/<span class="line">(?:<span lang="([^"]+)">)?([^<]*)/g)].map((m) => [
    m[2],
    m[1] ?? '',
  ]);

describe('the closing slide', () => {
  it('names the institute in Chinese in the English deck', () => {
    expect(institutes(renderClosing(english, 'en', UI_TEXT.en))).toEqual([
      ['The Institute', ''],
      ['研究院', 'zh-Hans'],
    ]);
  });

  it('names it in the deck’s first language in a translation, as its title slide does', () => {
    expect(institutes(renderClosing(russian, 'ru', UI_TEXT.en, english))).toEqual([
      ['Институт', ''],
      ['The Institute', 'en'],
    ]);
    expect(institutes(renderClosing({ ...english, affiliation: '研究院', lang: 'zh' }, 'zh', UI_TEXT.zh, english))).toEqual([
      ['研究院', ''],
      ['The Institute', 'en'],
    ]);
  });
});
