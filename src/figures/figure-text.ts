// How a figure reads as words: the number as printed, in a sentence, and aloud. Used wherever a
// figure is written out: the slides, the notes' word counts, the exports.
import type { Figure } from '../types.js';

/** The number as printed: 200,000 / 2017 / 3rd / hundreds. */
export function formatValue(figure: Figure): string {
  const { value, format } = figure;
  if (typeof value === 'string') return value;
  if (format === 'year') return String(value);
  if (format === 'ordinal') return ordinal(value);
  return new Intl.NumberFormat('en-US', { maximumFractionDigits: 20 }).format(value);
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** The figure as words in a sentence, and as a screen reader says a card: "more than 200 cooperation agreements". */
export function figureText(figure: Figure): string {
  if (figure.format === 'year') return formatValue(figure);
  if (typeof figure.value === 'string') return `${figure.value} of ${figure.unit}`;
  return `${figure.moreThan ? 'more than ' : ''}${formatValue(figure)} ${figure.unit}`;
}

/** What a screen reader says for a card: a year reads with what happened in it. */
export function spokenText(figure: Figure): string {
  return figure.format === 'year' ? `${figure.unit}, ${formatValue(figure)}` : figureText(figure);
}
