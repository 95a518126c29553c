// The two data files in `slides/` as JSON Schemas (TypeBox), which are their types too: the
// loader validates a file against its schema once, and from then on the type is the truth.
import { Type, type Static } from '@sinclair/typebox';

const text = () => Type.String({ minLength: 1 });

/** A language code, as `deck.yaml` lists it and its folder is named: `pt-BR`, never `../x`. */
export const LANG_CODE_PATTERN = '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$';

/** Short words a line never ends with, kept with the word after them (Russian в, и, с; English on). */
const keepWithNext = () => Type.Optional(Type.Array(Type.String({ pattern: '^\\p{L}{1,3}$' })));
/** Names a line never cuts (Cinturão e Rota), each of a few short words. */
const keepWhole = () => Type.Optional(Type.Array(Type.String({ minLength: 3, maxLength: 30, pattern: '^\\S+( \\S+)+$' })));

/** `deck.yaml`: the deck's settings. */
export const SettingsSchema = Type.Object(
  {
    title: text(),
    author: text(),
    affiliation: text(),
    event: text(),
    lang: Type.String({ pattern: '^[a-zA-Z]{2,3}(-[a-zA-Z0-9]+)*$' }),
    /** The talk's length, for pacing. */
    minutes: Type.Number({ exclusiveMinimum: 0, maximum: 600 }),
    /** Where the deck is published; the closing slide's QR code points here. A QR code holds a
     *  few hundred characters at most at a size phones read from a seat. */
    url: Type.String({ pattern: '^https?://', maxLength: 300 }),
    /** The languages the deck is in, the first the source the others translate, each other one
     *  a folder of the slides folder (`slides/pt-BR/`). Without it: English, and Chinese where
     *  `slides/zh/` exists. */
    languages: Type.Optional(Type.Array(Type.String({ pattern: LANG_CODE_PATTERN }), { minItems: 1, uniqueItems: true })),
    /** The same settings in Chinese, for the Chinese deck. */
    zh: Type.Optional(Type.Object({ title: text(), author: text(), affiliation: text(), event: text() }, { additionalProperties: false })),
    /** The deck's own language's short words and names a line keeps whole (a translation's are in
     *  its language.yaml). */
    keep_with_next: keepWithNext(),
    keep_whole: keepWhole(),
  },
  { additionalProperties: false },
);

export type DeckSettings = Static<typeof SettingsSchema>;

/** The currencies a figure may be in, with the sign a card writes before the number. */
export const CURRENCY_SIGNS = { RMB: '¥', CNY: '¥', USD: '$', EUR: '€', BRL: 'R$', RUB: '₽', INR: '₹', ZAR: 'R' } as const;

const FigureSchema = Type.Object(
  {
    // A count or an amount, or words where the talk gives no number: never below zero, and no
    // larger than a number prints exactly. One type with both sets of limits, so that a mistake is
    // named plainly rather than as a failed choice between two schemas.
    value: Type.Unsafe<number | string>({ type: ['number', 'string'], minimum: 0, maximum: 1e15, minLength: 1 }),
    more_than: Type.Optional(Type.Boolean()),
    // An enum rather than a union of literals, for a message that lists the choices.
    format: Type.Optional(Type.Unsafe<'number' | 'year' | 'ordinal'>({ enum: ['number', 'year', 'ordinal'] })),
    /** The currency an amount is in: written before the unit in English ("3 billion RMB funding")
     *  and as its sign on a card ("¥3 bn+"). */
    currency: Type.Optional(Type.Unsafe<keyof typeof CURRENCY_SIGNS>({ enum: Object.keys(CURRENCY_SIGNS) })),
    unit: text(),
    /** A caption for the card, where the unit alone does not say it all. */
    label: Type.Optional(text()),
    detail: Type.Optional(text()),
    source: Type.String({ pattern: '^[a-z0-9][a-z0-9-]*$' }),
    /** The figure's words in Chinese; the number is the one above. */
    zh: Type.Optional(
      Type.Object(
        {
          /** Words where the English has words for the number ("hundreds" → 数百). */
          value: Type.Optional(text()),
          /** The measure word between the number and the noun: 200多份合作文件. */
          measure: Type.Optional(text()),
          unit: text(),
          label: Type.Optional(text()),
          detail: Type.Optional(text()),
        },
        { additionalProperties: false },
      ),
    ),
  },
  {
    additionalProperties: false,
    // A year or a rank is a whole number: no 2.5th, no year 2017.5.
    if: { required: ['format'], properties: { format: { enum: ['year', 'ordinal'] } } },
    then: { properties: { value: { type: 'integer' } } },
  },
);

/** `figures.yaml`: the talk's key figures, each defined once, and the timeline. */
export const FiguresSchema = Type.Object(
  {
    /** The talk the figures come from, named in every source line. */
    talk: text(),
    figures: Type.Unsafe<Record<string, Static<typeof FigureSchema>>>({
      type: 'object',
      propertyNames: { pattern: '^[a-z][a-z0-9_]*$' },
      additionalProperties: FigureSchema,
    }),
    timeline: Type.Optional(
      Type.Array(
        Type.Object({ year: Type.Integer({ minimum: 1000, maximum: 9999 }), text: text(), zh: Type.Optional(text()) }, { additionalProperties: false }),
      ),
    ),
    /** The talk, as the source line names it, in Chinese. */
    zh: Type.Optional(Type.Object({ talk: text() }, { additionalProperties: false })),
  },
  { additionalProperties: false },
);

export type FiguresFile = Static<typeof FiguresSchema>;

/** Words with `{n}` where a number goes, or, where the number changes the words, one form for
 *  each plural category of the language (`Intl.PluralRules`: one, few, many, other). */
const template = () => Type.Union([text(), Type.Record(Type.String({ pattern: '^(zero|one|two|few|many|other)$' }), text())]);

/** `slides/<code>/language.yaml`: a translation's words for what the data files hold, and how
 *  the language writes numbers. Chinese has its own rules in code (measure words, 万 and 亿). */
export const LanguageSchema = Type.Object(
  {
    /** The language named in itself, as the language menu writes it: Português, Русский. */
    name: text(),
    /** Its BCP 47 tag, where it is not the folder's name. */
    tag: Type.Optional(Type.String({ pattern: LANG_CODE_PATTERN })),
    /** deck.yaml's words in this language. */
    deck: Type.Object({ title: text(), author: text(), affiliation: text(), event: text() }, { additionalProperties: false }),
    /** The talk, as the figures' source line names it. */
    talk: text(),
    numbers: Type.Object(
      {
        /** "More than" in a sentence: `mais de {n}`, `более {n}`. */
        more_than: text(),
        /** From this value on, a number is written with its scale as a word (15 mil, 200 тыс.). */
        compact_from: Type.Number({ minimum: 1000 }),
        /** How the scale reads in a sentence and on a card (Intl's compactDisplay). */
        sentence_scale: Type.Unsafe<'long' | 'short'>({ enum: ['long', 'short'] }),
        card_scale: Type.Unsafe<'long' | 'short'>({ enum: ['long', 'short'] }),
        /** Whether four-digit numbers are grouped (1.000); Russian writes 1000. */
        group_four_digits: Type.Optional(Type.Boolean()),
        /** Between the number and its unit: a space, or a no-break one. */
        number_unit_space: Type.Optional(Type.String()),
        /** After a scale word, where it differs from the space: `bilhões: ' de '`. */
        scale_joiner: Type.Optional(Type.Union([Type.String(), Type.Record(Type.String(), Type.String())])),
        /** A figure given as words: `{value} de {unit}`. */
        value_words: text(),
        /** A rank: `{n}º`, `{n}-й`. */
        ordinal: text(),
        /** A year card as a screen reader says it: `{unit}, {year}`. */
        spoken_year: text(),
      },
      { additionalProperties: false },
    ),
    /** Each figure's words, by its key in figures.yaml; the number is the figure's own. */
    figures: Type.Record(
      Type.String(),
      Type.Object(
        {
          /** Words where the figure is words ("hundreds"). */
          value: Type.Optional(text()),
          /** The unit after the number, as the figure's own value takes it. */
          unit: text(),
          /** The unit for each plural category, where the number changes it (Russian). */
          unit_forms: Type.Optional(Type.Record(Type.String(), text())),
          /** An amount's unit on its card, where the card's number carries the currency's sign
           *  (¥3 млрд+ over "финансирование"; the sentence says "3 млрд юаней финансирования"). */
          card_unit: Type.Optional(text()),
          label: Type.Optional(text()),
          detail: Type.Optional(text()),
        },
        { additionalProperties: false },
      ),
    ),
    /** The timeline's words, by year. */
    timeline: Type.Optional(Type.Record(Type.String({ pattern: '^[0-9]{4}$' }), text())),
    keep_with_next: keepWithNext(),
    keep_whole: keepWhole(),
  },
  { additionalProperties: false },
);

export type LanguageFile = Static<typeof LanguageSchema>;

/** `slides/<code>/ui.yaml`: every word the deck writes itself, in that language (shared/ui-text.ts
 *  names them); `{n}`, `{total}`, `{title}`… stand for what the deck fills in. */
export const UiWordsSchema = Type.Record(Type.String(), Type.Union([template(), Type.Array(Type.Union([text(), Type.Array(text())]))]));

export type UiWords = Static<typeof UiWordsSchema>;
