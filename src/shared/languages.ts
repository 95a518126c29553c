// The deck's languages, in their three forms: a language code (`zh`, `pt-BR`), the BCP 47 tag a
// `lang` attribute and the PDF write (`zh-Hans`); and the one rule that chooses the language a page
// opens in, run by the page's first script before it paints and by the runtime after.
import { PARAMS, STORAGE_KEYS } from './page-contract.js';

/** A language the deck is written in, as `deck.yaml`'s `languages:` and a folder name give it:
 *  a code checked by `isLangCode` (`en`, `zh`, `pt-BR`, `ru`). */
export type LangCode = string;

/** A BCP 47 language tag (`en`, `zh-Hans`), as `lang` attributes and the PDF carry it. */
export type LangTag = string;

/** The source language, and the languages a deck without `languages:` is in. */
export const SOURCE_LANG: LangCode = 'en';
export const CHINESE: LangCode = 'zh';

/** A language subtag and region or script subtags (`pt-BR`, `zh-Hans`): also safe as a folder name. */
const CODE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

export const isLangCode = (value: unknown): value is LangCode => typeof value === 'string' && CODE.test(value);

/** A language's tag where it differs from its code: Chinese is written in simplified characters. */
export const langTag = (code: LangCode): LangTag => (code === CHINESE ? 'zh-Hans' : code);

/** A language's name in English, for messages: Chinese, Brazilian Portuguese, Russian. */
export function languageName(code: LangCode): string {
  try {
    return new Intl.DisplayNames('en', { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** What a page opens in, before anything is shown. */
export interface OpeningChoice {
  slides: LangCode;
  /** The notes' language where it is set apart from the slides'. */
  notes: LangCode | undefined;
  /** Whether the reader asked for the scroll view, in the address or before. */
  scroll: boolean;
}

/** What `openingChoice` reads: the names it looks for, passed in so that it needs nothing else. */
export interface OpeningNames {
  params: { lang: string; notes: string; view: string };
  keys: { lang: string; notes: string; view: string };
}

export const OPENING_NAMES: OpeningNames = {
  params: { lang: PARAMS.lang, notes: PARAMS.notes, view: PARAMS.view },
  keys: { lang: STORAGE_KEYS.lang, notes: STORAGE_KEYS.notes, view: STORAGE_KEYS.view },
};

/**
 * The languages and view a page opens in, among `codes` (the page's languages, the source first):
 * the address first, then the reader's stored choice, then the browser's own language (its tag, or
 * else its first subtag: `pt-PT` opens `pt-BR`), else the source language. The page's first script
 * runs this function's own source text (vite/shared-values-plugin.ts): it reads only its arguments
 * and uses nothing a browser of the last years lacks.
 */
export function openingChoice(
  search: string,
  stored: (key: string) => string | null,
  browserLanguage: string,
  codes: readonly string[],
  names: OpeningNames,
): OpeningChoice {
  const query = new URLSearchParams(search);
  const code = (value: string | null): string | undefined => (value !== null && codes.indexOf(value) >= 0 ? value : undefined);
  const primary = (tag: string): string => tag.split('-')[0]!.toLowerCase();
  const browser = code(browserLanguage) ?? codes.filter((c) => primary(c) === primary(browserLanguage || '-'))[0];
  const slides = code(query.get(names.params.lang)) ?? code(stored(names.keys.lang)) ?? browser ?? codes[0] ?? 'en';
  const notes = code(query.get(names.params.notes)) ?? code(stored(names.keys.notes));
  const scroll = query.get(names.params.view) === 'scroll' || stored(names.keys.view) === 'scroll';
  return { slides, notes, scroll };
}

/** The page's translations as its `<html>` element names them (`zh=assets/deck-zh-….html pt-BR=inline`):
 *  each language's code, and where its slides are. The page's first script reads it too. */
export function readTranslated(attribute: string | null): { code: string; src: string }[] {
  return (attribute ?? '')
    .split(' ')
    .filter((pair) => pair.indexOf('=') > 0)
    .map((pair) => ({ code: pair.slice(0, pair.indexOf('=')), src: pair.slice(pair.indexOf('=') + 1) }));
}

export const printTranslated = (places: readonly { code: string; src: string }[]): string => places.map((p) => `${p.code}=${p.src}`).join(' ');
