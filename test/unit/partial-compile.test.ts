// The dev server's compile of an edit: only the languages the edit can change are compiled again,
// and the result is a full compile's, for edits of every kind and for edits one after another.
import { describe, expect, it } from 'vitest';
import { compileDeck } from '../../src/compile-deck.js';
import { loadDeck, type DeckSources } from '../../src/load/load-deck.js';
import { renderPage } from '../../src/render/render-page.js';
import type { CompileResult, SourceFile } from '../../src/types.js';
import { partialCompiler } from '../../src/vite/partial-compile.js';

const SHELL =
  '<!doctype html><html lang="en"><head><title>Deck</title></head><body><main class="reveal"><div class="slides"><!--deck:slides--></div></main></body></html>';

/** The talk as the dev server reads it. */
const talk = loadDeck('slides');

type Change = (text: string) => string;

/** `sources` with the file at `path` (under slides/) changed, or left out where `change` is null. */
function withFile(sources: DeckSources, path: string, change: Change | null): DeckSources {
  const full = `${talk.dir}/${path}`;
  const edit = (file: SourceFile | undefined) => {
    if (file?.path !== full || !change) return file;
    const text = change(file.text);
    if (text === file.text) throw new Error(`the edit leaves ${full} as it was`);
    return { ...file, text };
  };
  const edits = (files: readonly SourceFile[]) => files.flatMap((file) => (file.path === full && !change ? [] : [edit(file)!]));
  const found = [sources.settings, sources.figures, ...sources.slides, ...(sources.translations ?? []).flatMap((t) => [t.language, t.ui, ...t.slides])];
  if (!found.some((file) => file?.path === full)) throw new Error(`no file ${full} in the talk`);
  return {
    ...sources,
    settings: edit(sources.settings),
    figures: edit(sources.figures),
    slides: edits(sources.slides),
    translations: sources.translations?.map((t) => ({ ...t, language: edit(t.language), ui: edit(t.ui), slides: edits(t.slides) })),
  };
}

/** What a compile shows: each language's page data and slides, the page, every diagnostic. */
function shown(result: CompileResult) {
  return {
    decks: [result.deck, ...result.translations].map(({ lang, tag, name, settings, slides }) => ({ lang, tag, name, settings, slides })),
    page: renderPage(SHELL, result.deck, { fallbacks: '', faces: '' }, result.translations),
    diagnostics: result.diagnostics,
  };
}

/** The languages whose deck `after` compiled anew rather than kept from `before`. */
function compiledAgain(before: CompileResult, after: CompileResult): string[] {
  const kept = new Set([before.deck, ...before.translations]);
  return [after.deck, ...after.translations].filter((deck) => !kept.has(deck)).map((deck) => deck.lang);
}

/** `sources`, then each of `edits` in turn, through one partial compiler: each result beside a full
 *  compile of the same sources, and the languages each edit compiled again. */
function editInTurn(sources: DeckSources, ...edits: [path: string, change: Change | null][]): string[][] {
  const compile = partialCompiler();
  let before = compile(sources);
  expect(shown(before)).toEqual(shown(compileDeck(sources)));
  return edits.map(([path, change]) => {
    sources = withFile(sources, path, change);
    const after = compile(sources);
    expect(shown(after)).toEqual(shown(compileDeck(sources)));
    const again = compiledAgain(before, after);
    before = after;
    return again;
  });
}

const all = ['en', 'zh', 'pt-BR', 'ru'];
/** The talk without its Russian closing slide: the Russian deck shows it in English. */
const untranslated = withFile(talk, 'ru/06-closing.md', null);

describe('an edit compiles again only the languages it can change, as a full compile would', () => {
  it('a Russian slide’s words: the Russian deck alone', () => {
    expect(editInTurn(talk, ['ru/04-limits.md', (t) => t.replace('## Ограничения и вызовы', '## Ограничения, вызовы')])).toEqual([['ru']]);
  });

  it('a Chinese and a Portuguese slide, one after the other: each its own language', () => {
    expect(
      editInTurn(talk, ['zh/02-outline.md', (t) => t.replace('Note:', 'Note: 首先，')], ['pt-BR/02-outline.md', (t) => t.replace('Note:', 'Note: Primeiro,')]),
    ).toEqual([['zh'], ['pt-BR']]);
  });

  it('a language’s words (language.yaml): that language alone', () => {
    expect(editInTurn(talk, ['ru/language.yaml', (t) => t.replace('name: Русский', 'name: Русский язык')])).toEqual([['ru']]);
  });

  it('an English slide every language translates: English alone', () => {
    expect(editInTurn(talk, ['02-outline.md', (t) => t.replace('## Outline', '## The outline')])).toEqual([['en']]);
  });

  it('an English slide a language shows in English: English and that language', () => {
    expect(editInTurn(untranslated, ['06-closing.md', (t) => t.replace('## Thank you', '## Thank you all')])).toEqual([['en', 'ru']]);
  });

  it('a slide’s planned time, a slide moved down a line, an id: every language', () => {
    expect(
      editInTurn(
        talk,
        ['02-outline.md', (t) => t.replace('timing=30', 'timing=40')],
        ['02-outline.md', (t) => `\n${t}`],
        ['04-limits.md', (t) => t.replace('{#limits ', '{#the-limits ')],
      ),
    ).toEqual([all, all, all]);
  });

  it('the figures, deck.yaml, a language’s file removed: every language, or that one', () => {
    expect(
      editInTurn(
        talk,
        ['figures.yaml', (t) => `${t}\n`.replace(/\n$/, ' \n')],
        ['deck.yaml', (t) => t.replace('minutes: 20', 'minutes: 25')],
        ['zh/04-limits.md', null],
      ),
    ).toEqual([all, all, ['zh']]);
  });

  it('a mistake in a Russian slide, and its fix: the Russian deck, with the message a full compile gives', () => {
    const compile = partialCompiler();
    compile(talk);
    const broken = withFile(talk, 'ru/04-limits.md', (t) => t.replace('## Ограничения и вызовы', '## Ограничения {{joint_lab}}'));
    const result = compile(broken);
    expect(result.diagnostics.some((d) => d.severity === 'error' && d.file.endsWith('ru/04-limits.md') && /joint_lab/.test(d.message))).toBe(true);
    expect(shown(result)).toEqual(shown(compileDeck(broken)));
    expect(shown(compile(talk))).toEqual(shown(compileDeck(talk)));
  });

  it('edits back and forth across languages: each result a full compile’s', () => {
    editInTurn(
      untranslated,
      ['ru/04-limits.md', (t) => t.replace('Note:', 'Note: Итак,')],
      ['06-closing.md', (t) => t.replace('Note:', 'Note: Once more,')],
      ['03-background.md', (t) => t.replace('Note:', 'Note: First,')],
      ['ru/04-limits.md', (t) => t.replace('Note: Итак,', 'Note:')],
      ['figures.yaml', (t) => t.replace(/^(\s*)label: /m, '$1label: the ')],
      ['06-closing.md', (t) => t.replace('Note: Once more,', 'Note:')],
    );
  });
});
