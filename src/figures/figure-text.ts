// How a figure reads as words, in English, in Chinese and in each language written as data: in a
// sentence, aloud, and on a card. The number is written once in figures.yaml; each language writes
// it its own way (Intl): 200,000 and 3 billion in English, 20万 and 30亿 in Chinese, "more than
// 200" as 200多, 200 mil and 3 bilhões in Portuguese, 200 тыс. and 3 млрд in Russian.
import { CURRENCY_SIGNS } from '../schemas.js';
import type { LangCode } from '../shared/languages.js';
import type { DataFigureWords, Figure, LanguageData } from '../types.js';

// Each figure is written several times a build (each language, its cards, sentences and notes):
// Intl's formatters are made once for each language and way of writing.
const formats = new Map<string, Intl.NumberFormat>();
const plurals = new Map<string, Intl.PluralRules>();

function numberFormat(tag: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = JSON.stringify([tag, options]);
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(tag, options);
    formats.set(key, format);
  }
  return format;
}

function pluralRules(tag: string): Intl.PluralRules {
  let rules = plurals.get(tag);
  if (!rules) {
    rules = new Intl.PluralRules(tag);
    plurals.set(tag, rules);
  }
  return rules;
}

/** A number as a language writes it: the digits, and the word for its scale ("billion", 万, 亿). */
interface NumberParts {
  digits: string;
  scale: string;
}

/** English writes thousands out (200,000) and shortens billions; Chinese counts in 万 and 亿. */
function numberParts(value: number, lang: LangCode): NumberParts {
  const compact = lang === 'zh' ? value >= 1e4 : value >= 1e9;
  const format = numberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', {
    maximumFractionDigits: compact ? 1 : 20,
    useGrouping: lang === 'en',
    ...(compact ? { notation: 'compact', compactDisplay: 'long' } : {}),
  });
  const parts = format.formatToParts(value);
  return {
    digits: parts
      .filter((p) => p.type !== 'compact' && p.type !== 'literal')
      .map((p) => p.value)
      .join(''),
    scale: parts.find((p) => p.type === 'compact')?.value ?? '',
  };
}

/** Scales as a headline figure writes them ("3 bn"). */
const SHORT_SCALES: Record<string, string> = { thousand: 'k', million: 'm', billion: 'bn', trillion: 'tn' };

const CHINESE_NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

function englishOrdinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** 第三 (up to 第十 in Chinese numerals, as Chinese writes the rank of an event), then 第11. */
function chineseOrdinal(n: number): string {
  return `第${CHINESE_NUMERALS[n] ?? String(n)}`;
}

/** "More than" as Chinese writes it: 多 after the digits of a whole number (200多, 20多万), after
 *  the scale of a decimal one (1.5万多). */
function chineseNumber(value: number, moreThan: boolean): { before: string; number: string } {
  const { digits, scale } = numberParts(value, 'zh');
  if (!moreThan) return { before: '', number: digits + scale };
  return { before: '', number: /\./.test(digits) ? `${digits}${scale}多` : `${digits}多${scale}` };
}

/** The figure's words in `lang`; a deck in Chinese has them checked before it renders. */
function words(figure: Figure, lang: LangCode): { unit: string; label?: string; detail?: string; measure: string; value?: string } {
  if (lang === 'zh' && figure.zh) return { ...figure.zh, measure: figure.zh.measure ?? '' };
  return { unit: figure.unit, label: figure.label, detail: figure.detail, measure: '', value: typeof figure.value === 'string' ? figure.value : undefined };
}

/** A number as a language written as data writes it: grouped as it groups, and from
 *  `compact_from` on with its scale as a word, long or short (15 mil, 3 bilhões, 3 млрд); the
 *  space Intl puts between them kept (a no-break one where the language wants it). */
function dataNumber(value: number, language: LanguageData, display: 'long' | 'short'): { text: string; scale: string } {
  const compact = value >= language.numbers.compact_from;
  const format = numberFormat(language.tag, {
    maximumFractionDigits: compact ? 1 : 20,
    useGrouping: language.numbers.group_four_digits === false ? 'min2' : 'auto',
    ...(compact ? { notation: 'compact', compactDisplay: display } : {}),
  });
  const parts = format.formatToParts(value);
  return { text: parts.map((p) => p.value).join(''), scale: parts.find((p) => p.type === 'compact')?.value ?? '' };
}

const fillIn = (template: string, values: Record<string, string>): string => template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);

/** The figure's words in a language written as data; the English ones where it has none (the
 *  checks name them). */
function dataWords(figure: Figure, language: LanguageData): DataFigureWords {
  return language.figures.get(figure.key) ?? { unit: figure.unit, label: figure.label, detail: figure.detail, line: 0 };
}

/** The unit as the number makes it: after "more than" or a scale word, the form for many
 *  (Russian: более 200 соглашений, 3 млрд юаней), else the form the number's own category takes. */
function unitFor(words: DataFigureWords, value: number, many: boolean, tag: string): string {
  if (!words.unitForms) return words.unit;
  const category = many ? 'many' : pluralRules(tag).select(value);
  return words.unitForms[category] ?? words.unitForms['other'] ?? words.unit;
}

function dataSentence(figure: Figure, language: LanguageData): SentenceParts {
  const w = dataWords(figure, language);
  const { numbers } = language;
  const space = numbers.number_unit_space ?? ' ';
  const { value } = figure;
  if (typeof value === 'string') {
    const [before = '', after = ''] = fillIn(numbers.value_words, { unit: w.unit }).split('{value}');
    return { before, number: w.value ?? value, after };
  }
  if (figure.format === 'year') return { before: '', number: String(value), after: '' };
  if (figure.format === 'ordinal') return { before: '', number: fillIn(numbers.ordinal, { n: String(value) }), after: space + w.unit };
  const { text, scale } = dataNumber(value, language, numbers.sentence_scale);
  const joiner = !scale ? space : typeof numbers.scale_joiner === 'string' ? numbers.scale_joiner : (numbers.scale_joiner?.[scale] ?? space);
  const [before = '', after = ''] = figure.moreThan ? numbers.more_than.split('{n}') : ['', ''];
  return { before, number: text, after: after + joiner + unitFor(w, value, figure.moreThan || scale !== '', language.tag) };
}

/** A figure in a sentence, cut where the accent goes: the number with its scale (200多, 1.5万,
 *  3 billion) is marked; "more than", the measure word and the noun are not. */
export interface SentenceParts {
  before: string;
  number: string;
  after: string;
}

export function sentenceParts(figure: Figure, lang: LangCode = 'en', language?: LanguageData): SentenceParts {
  if (language) return dataSentence(figure, language);
  const w = words(figure, lang);
  const { value } = figure;
  if (lang === 'zh') {
    if (typeof value === 'string') return { before: '', number: w.value ?? value, after: w.measure + w.unit };
    if (figure.format === 'year') return { before: '', number: `${value}年`, after: '' };
    if (figure.format === 'ordinal') return { before: '', number: chineseOrdinal(value), after: w.measure + w.unit };
    return { ...chineseNumber(value, figure.moreThan), after: w.measure + w.unit };
  }
  if (typeof value === 'string') return { before: '', number: value, after: ` of ${w.unit}` };
  if (figure.format === 'year') return { before: '', number: String(value), after: '' };
  if (figure.format === 'ordinal') return { before: '', number: englishOrdinal(value), after: ` ${w.unit}` };
  const { digits, scale } = numberParts(value, 'en');
  return {
    before: figure.moreThan ? 'more than ' : '',
    number: `${digits}${scale ? ` ${scale}` : ''}`,
    after: ` ${figure.currency ? `${figure.currency} ` : ''}${w.unit}`,
  };
}

/** The figure as words in a sentence: "more than 200 cooperation agreements", 200多份合作文件. */
export function figureText(figure: Figure, lang: LangCode = 'en', language?: LanguageData): string {
  const { before, number, after } = sentenceParts(figure, lang, language);
  return before + number + after;
}

/** What a screen reader says for a card: a year reads with what happened in it. */
export function spokenText(figure: Figure, lang: LangCode = 'en', language?: LanguageData): string {
  if (figure.format !== 'year') return figureText(figure, lang, language);
  if (language) return fillIn(language.numbers.spoken_year, { unit: dataWords(figure, language).unit, year: String(figure.value) });
  const { unit } = words(figure, lang);
  return lang === 'zh' ? `${unit}，${figure.value}年` : `${unit}, ${figure.value}`;
}

/** A callout card's parts: the big number, a `+` for "more than" (Chinese says 多 in the number,
 *  where it can), and the caption's words. */
export interface CardParts {
  number: string;
  more: boolean;
  /** Chinese: the measure word, small after the number (200多份). */
  measure: string;
  unit: string;
  label?: string;
  detail?: string;
}

export function cardParts(figure: Figure, lang: LangCode = 'en', language?: LanguageData): CardParts {
  if (language) return dataCard(figure, language);
  const w = words(figure, lang);
  const { value } = figure;
  const card = { more: figure.moreThan, measure: w.measure, label: w.label, detail: w.detail };
  if (typeof value === 'string') return { ...card, number: w.value ?? value, unit: w.unit };
  // Chinese counts a year with 年 as it counts agreements with 份: small after the number.
  if (figure.format === 'year') return { ...card, number: String(value), measure: lang === 'zh' ? w.measure || '年' : w.measure, unit: w.unit };
  if (figure.format === 'ordinal') return { ...card, number: lang === 'zh' ? chineseOrdinal(value) : englishOrdinal(value), unit: w.unit };
  // Chinese writes "more than" into the number (200多, 1.5万多).
  if (lang === 'zh') return { ...card, number: chineseNumber(value, figure.moreThan).number, more: false, unit: w.unit };
  // The scale and the currency's sign are part of the number, as a headline writes it: "¥3 bn+".
  const { digits, scale } = numberParts(value, 'en');
  const sign = figure.currency ? (CURRENCY_SIGNS[figure.currency as keyof typeof CURRENCY_SIGNS] ?? '') : '';
  return { ...card, number: `${sign}${scale ? `${digits} ${SHORT_SCALES[scale] ?? scale}` : digits}`, unit: w.unit };
}

/** A card in a language written as data: the number with its short scale and a `+` for "more
 *  than", as English writes it ("15 mil+", "3 млрд+"). */
function dataCard(figure: Figure, language: LanguageData): CardParts {
  const w = dataWords(figure, language);
  const { value } = figure;
  const card = { more: figure.moreThan, measure: '', unit: w.unit, label: w.label, detail: w.detail };
  if (typeof value === 'string') return { ...card, number: w.value ?? value };
  if (figure.format === 'year') return { ...card, number: String(value) };
  if (figure.format === 'ordinal') return { ...card, number: fillIn(language.numbers.ordinal, { n: String(value) }) };
  const { text, scale } = dataNumber(value, language, language.numbers.card_scale);
  // An amount whose card unit is given carries its currency's sign, as English does ("¥3 млрд+");
  // without one, the unit says the currency in words ("3 млрд+ юаней финансирования").
  const sign = figure.currency && w.cardUnit !== undefined ? (CURRENCY_SIGNS[figure.currency as keyof typeof CURRENCY_SIGNS] ?? '') : '';
  if (sign) return { ...card, number: sign + text, unit: w.cardUnit! };
  return { ...card, number: text, unit: unitFor(w, value, figure.moreThan || scale !== '', language.tag) };
}
