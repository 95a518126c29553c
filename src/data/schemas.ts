// JSON Schemas of the two data files in `slides/`: deck settings and key figures.

export const settingsSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['title', 'author', 'affiliation', 'event', 'lang', 'minutes', 'url'],
  properties: {
    title: { type: 'string', minLength: 1 },
    author: { type: 'string', minLength: 1 },
    affiliation: { type: 'string', minLength: 1 },
    event: { type: 'string', minLength: 1 },
    lang: { type: 'string', pattern: '^[a-zA-Z]{2,3}(-[a-zA-Z0-9]+)*$' },
    minutes: { type: 'number', exclusiveMinimum: 0, maximum: 600 },
    // A QR code holds a few hundred characters at most at a size phones read from a seat.
    url: { type: 'string', pattern: '^https?://', maxLength: 300 },
  },
} as const;

export const figuresSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['talk', 'figures'],
  properties: {
    talk: { type: 'string', minLength: 1 },
    figures: {
      type: 'object',
      propertyNames: { pattern: '^[a-z][a-z0-9_]*$' },
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        required: ['value', 'unit', 'label', 'source'],
        properties: {
          // A count or an amount: never below zero, and no larger than a number prints exactly.
          value: { type: ['number', 'string'], minimum: 0, maximum: 1e15, minLength: 1 },
          more_than: { type: 'boolean' },
          format: { enum: ['number', 'year', 'ordinal'] },
          unit: { type: 'string', minLength: 1 },
          label: { type: 'string', minLength: 1 },
          detail: { type: 'string', minLength: 1 },
          source: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$' },
        },
        // A year or a rank is a whole number: no 2.5th, no year 2017.5.
        if: { required: ['format'], properties: { format: { enum: ['year', 'ordinal'] } } },
        then: { properties: { value: { type: 'integer' } } },
      },
    },
    timeline: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['year', 'text'],
        properties: {
          year: { type: 'integer', minimum: 1000, maximum: 9999 },
          text: { type: 'string', minLength: 1 },
        },
      },
    },
  },
} as const;
