// The two data files in `slides/` as JSON Schemas (TypeBox), which are their types too: the
// loader validates a file against its schema once, and from then on the type is the truth.
import { Type, type Static } from '@sinclair/typebox';

const text = () => Type.String({ minLength: 1 });

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
    /** The same settings in Chinese, for the Chinese deck. */
    zh: Type.Optional(Type.Object({ title: text(), author: text(), affiliation: text(), event: text() }, { additionalProperties: false })),
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
    timeline: Type.Optional(Type.Array(Type.Object({ year: Type.Integer({ minimum: 1000, maximum: 9999 }), text: text(), zh: Type.Optional(text()) }, { additionalProperties: false }))),
    /** The talk, as the source line names it, in Chinese. */
    zh: Type.Optional(Type.Object({ talk: text() }, { additionalProperties: false })),
  },
  { additionalProperties: false },
);

export type FiguresFile = Static<typeof FiguresSchema>;
