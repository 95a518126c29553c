// The deck's languages, in their three forms: a language code (`zh`), the BCP 47 tag a `lang`
// attribute and the PDF write (`zh-Hans`); and the one rule that chooses the language a page opens
// in, run by the page's first script before it paints and by the runtime after.
import { PARAMS, STORAGE_KEYS } from './page-contract.js';

/** A language the deck is written in: English, and Chinese (Simplified) where translated. */
export type LangCode = 'en' | 'zh';

export const LANG_CODES: readonly LangCode[] = ['en', 'zh'];

/** A BCP 47 language tag (`en`, `zh-Hans`), as `lang` attributes and the PDF carry it. */
export type LangTag = string;

/** Each language's tag. */
export const LANG_TAGS: Readonly<Record<LangCode, LangTag>> = { en: 'en', zh: 'zh-Hans' };

export const isLangCode = (value: unknown): value is LangCode => LANG_CODES.includes(value as LangCode);

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
  codes: readonly LangCode[];
  params: { lang: string; notes: string; view: string };
  keys: { lang: string; notes: string; view: string };
}

export const OPENING_NAMES: OpeningNames = {
  codes: LANG_CODES,
  params: { lang: PARAMS.lang, notes: PARAMS.notes, view: PARAMS.view },
  keys: { lang: STORAGE_KEYS.lang, notes: STORAGE_KEYS.notes, view: STORAGE_KEYS.view },
};

/**
 * The languages and view a page opens in: the address first, then the reader's stored choice; a
 * browser set to Chinese opens the slides in Chinese until the reader chooses. The page's first
 * script runs this function's own source text (vite/shared-values-plugin.ts): it reads only its
 * arguments and uses nothing a browser of the last years lacks.
 */
export function openingChoice(search: string, stored: (key: string) => string | null, browserLanguage: string, names: OpeningNames): OpeningChoice {
  const query = new URLSearchParams(search);
  const code = (value: string | null): LangCode | undefined => (value !== null && names.codes.includes(value as LangCode) ? (value as LangCode) : undefined);
  const slides = code(query.get(names.params.lang)) ?? code(stored(names.keys.lang)) ?? (/^zh\b/i.test(browserLanguage) ? 'zh' : 'en');
  const notes = code(query.get(names.params.notes)) ?? code(stored(names.keys.notes));
  const scroll = query.get(names.params.view) === 'scroll' || stored(names.keys.view) === 'scroll';
  return { slides, notes, scroll };
}
