// A language's short words kept with the next word (language.yaml's keep_with_next): a no-break
// space after each in the text, never in a tag or an attribute.
import { describe, expect, it } from 'vitest';
import { keepNamesWhole, keepWithNext } from '../../src/html/short-words.js';

const RU = ['а', 'в', 'и', 'с', 'во'];
const nb = (s: string) => s.replace(/_/g, '\u00a0');

describe('keepWithNext', () => {
  it.each([
    ['<p>работают в Китае</p>', '<p>работают в_Китае</p>'],
    // Two in a row both bind; a capital at a sentence's start too.
    ['<li>наука и в сфере</li>', '<li>наука и_в_сфере</li>'],
    ['<p>В сфере НТИ</p>', '<p>В_сфере НТИ</p>'],
    // After an opening mark, and before a tag: the space is the text's, the word the next element's.
    ['<p>«и путь» с <span class="figure">152</span></p>', '<p>«и_путь» с_<span class="figure">152</span></p>'],
    // Not the end of a longer word, nor a word that only starts like one.
    ['<p>страны вы сами</p>', '<p>страны вы сами</p>'],
    ['<p>Москва и</p>', '<p>Москва и</p>'],
    ['<p>во время</p>', '<p>во_время</p>'],
  ])('%s', (html, out) => {
    expect(keepWithNext(html, RU)).toBe(nb(out));
  });

  it('leaves tags and attributes alone', () => {
    const html = '<a href="/в и" title="и в">и в</a>';
    expect(keepWithNext(html, RU)).toBe(nb('<a href="/в и" title="и в">и_в</a>'));
  });

  it('changes nothing for a language without short words', () => {
    expect(keepWithNext('<p>a b c</p>', [])).toBe('<p>a b c</p>');
  });
});

describe('keepNamesWhole', () => {
  it('keeps each name on one line, in any case, as a whole word only, not in tags', () => {
    const names = ['Cinturão e Rota'];
    expect(keepNamesWhole('<p>do Cinturão e Rota: situação</p>', names)).toBe(nb('<p>do Cinturão_e_Rota: situação</p>'));
    expect(keepNamesWhole('<p>CINTURÃO E ROTA</p>', names)).toBe(nb('<p>CINTURÃO_E_ROTA</p>'));
    expect(keepNamesWhole('<p>Cinturão e Rotas</p>', names)).toBe('<p>Cinturão e Rotas</p>');
    expect(keepNamesWhole('<a title="Cinturão e Rota">x</a>', names)).toBe('<a title="Cinturão e Rota">x</a>');
  });

  it('finds a name whose words another rule has bound already', () => {
    expect(keepNamesWhole(keepWithNext('<p>«Пояса и пути»</p>', RU), ['Пояса и пути'])).toBe(nb('<p>«Пояса_и_пути»</p>'));
  });
});
