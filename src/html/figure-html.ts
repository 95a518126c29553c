// A figure in the page: inline in a sentence, and as a callout card, in the deck's language. The
// talk is the source of its own figures: the handout's table names it, the slides do not.
import { cardParts, sentenceParts, spokenText } from '../figures/figure-text.js';
import type { Figure } from '../types.js';
import type { RenderEnv } from './render-env.js';
import { keepsWithNumber, mayBreakBetween } from './line-breaks.js';
import { escapeHtml, markLatin, smartQuotes } from './text.js';

/** The talk the figures come from, as HTML: "HE Guangxi, CASTED". */
export function talkName(env: RenderEnv): string {
  return env.lang === 'zh' ? markLatin(env.data.talkZh ?? env.data.talk) : escapeHtml(env.language?.talk ?? env.data.talk);
}

/** "Slide 4", 第4张幻灯片: the slide of the talk that states the figure, as HTML, on one line in a
 *  narrow column. */
export function slideSource(figure: Figure, env: RenderEnv): string {
  const slide = env.slideIndex.get(figure.source);
  if (!slide) return '';
  const words = env.text.slideNumber(slide.number);
  return `<span class="nobr">${escapeHtml(words.charAt(0).toLocaleUpperCase(env.lang) + words.slice(1))}</span>`;
}

export function renderFigureInline(key: string, env: RenderEnv): string {
  const figure = env.data.figures.get(key);
  if (!figure) return `<span class="figure figure-unknown" data-figure="${escapeHtml(key)}">{{${escapeHtml(key)}}}</span>`;
  // The accent marks the number alone, so that it singles something out.
  const { before, number, after } = sentenceParts(figure, env.lang, env.language);
  // In the notes a figure's words are running text, as the sentence around them.
  const words = (text: string) =>
    env.lang === 'zh' ? markLatin(smartQuotes(text), escapeHtml, undefined, env.running === true) : escapeHtml(smartQuotes(text));
  // The accent is for numbers: a figure the talk gives in words ("hundreds") reads as words.
  const marked = typeof figure.value === 'number' ? `<span class="figure-number">${words(number)}</span>` : words(number);
  if (env.lang !== 'zh') return `<span class="figure" data-figure="${escapeHtml(key)}">${words(before)}${marked}${words(after)}</span>`;
  // Chinese may break around the number as between words, but keeps its measure word with it (152个).
  const [tail, rest] = keepsWithNumber(after) ? [after.slice(0, 1), after.slice(1)] : ['', after];
  const gap = (a: string, b: string) => (mayBreakBetween(a, b) ? '<wbr>' : '');
  const held = tail ? `<span class="nobr">${marked}${escapeHtml(tail)}</span>` : marked;
  return `<span class="figure" data-figure="${escapeHtml(key)}">${words(before)}${gap(before, number)}${held}${gap(number + tail, rest)}${words(rest)}</span>`;
}

export function renderFigureCard(key: string, env: RenderEnv): string {
  const figure = env.data.figures.get(key);
  if (!figure) return renderFigureInline(key, env);
  const card = cardParts(figure, env.lang, env.language);
  const numeric = typeof figure.value === 'number' && figure.format === 'number';
  const count = numeric ? ` data-count-to="${String(figure.value)}"` : '';
  const more = card.more ? '<span class="callout-more">+</span>' : '';
  const measure = card.measure ? `<span class="callout-measure">${escapeHtml(card.measure)}</span>` : '';
  // Chinese words as Chinese text is set elsewhere (numbers kept with their characters).
  // A line the author ends (a date over its place) ends there.
  const words = (text: string) =>
    text
      .trim()
      .split(/\s*\n\s*/)
      .map((line) => (env.lang === 'zh' ? markLatin(smartQuotes(line)) : escapeHtml(smartQuotes(line))))
      .join('<br>');
  const label = card.label ? `\n    <span class="callout-label">${words(card.label)}</span>` : '';
  const detail = card.detail ? `\n    <span class="callout-detail">${words(card.detail)}</span>` : '';
  const spoken = `${smartQuotes(spokenText(figure, env.lang, env.language))}${env.lang === 'zh' ? '：' : ': '}`;
  return `<figure class="callout" data-figure="${escapeHtml(key)}">
  <p class="callout-value" aria-hidden="true"><span class="callout-number"${count}>${escapeHtml(card.number)}</span>${more}${measure}</p>
  <figcaption>
    <span class="visually-hidden">${escapeHtml(spoken)}</span><span class="callout-unit" aria-hidden="true">${escapeHtml(smartQuotes(card.unit))}</span>${label}${detail}
  </figcaption>
</figure>
`;
}
