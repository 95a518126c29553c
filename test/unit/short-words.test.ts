// A language's short words kept with the next word (language.yaml's keep_with_next): the run in a
// span that does not wrap, in the text, never in a tag or an attribute.
import { describe, expect, it } from 'vitest';
import { keepNamesWhole, keepWithNext } from '../../src/html/short-words.js';

const RU = ['а', 'в', 'и', 'с', 'во'];
const nb = (s: string) => s.replace(/_/g, '\u00a0');
/** `s` with {words} as a run kept on one line and _ as a no-break space. */
const kept = (s: string) => nb(s.replace(/\{([^}]*)\}/g, '<span class="with-next">$1</span>'));

describe('keepWithNext', () => {
  it.each([
    ['<p>работают в Китае</p>', '<p>работают {в Китае}</p>'],
    // Two in a row both bind; a capital at a sentence's start too.
    ['<li>наука и в сфере</li>', '<li>наука {и в сфере}</li>'],
    ['<p>В сфере НТИ</p>', '<p>{В сфере} НТИ</p>'],
    // After an opening mark; before a tag a no-break space, the word being the next element's.
    ['<p>«и путь» с <span class="figure">152</span></p>', '<p>«{и путь»} с_<span class="figure">152</span></p>'],
    // Not the end of a longer word, nor a word that only starts like one.
    ['<p>страны вы сами</p>', '<p>страны вы сами</p>'],
    ['<p>Москва и</p>', '<p>Москва и</p>'],
    ['<p>во время</p>', '<p>{во время}</p>'],
  ])('%s', (html, out) => {
    expect(keepWithNext(html, RU)).toBe(kept(out));
  });

  it('keeps the text as written: its spaces are spaces', () => {
    const html = keepWithNext('<h2>cooperation on STI is more and more important</h2>', ['on']);
    expect(html).toBe(kept('<h2>cooperation {on STI} is more and more important</h2>'));
    expect(html.replace(/<[^>]*>/g, '')).toBe('cooperation on STI is more and more important');
  });

  it('leaves tags and attributes alone', () => {
    const html = '<a href="/в и" title="и в">и в</a>';
    expect(keepWithNext(html, RU)).toBe(kept('<a href="/в и" title="и в">{и в}</a>'));
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

  it("binds a name before its short words: they are then the name's", () => {
    expect(keepWithNext(keepNamesWhole('<p>«Пояса и пути» в сфере</p>', ['Пояса и пути']), RU)).toBe(kept('<p>«Пояса_и_пути» {в сфере}</p>'));
  });
});
