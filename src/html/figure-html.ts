// A figure in the page: inline in a sentence, and as a callout card with its source.
import type { RenderEnv } from './render-env.js';
import { figureText, formatValue, spokenText } from '../figures/figure-text.js';
import type { Figure } from '../types.js';
import { escapeHtml, smartQuotes } from './text.js';

/** "HE Guangxi, CASTED, slide 4": the talk and the slide that states the figure. */
export function sourceText(figure: Figure, env: RenderEnv): string {
  const slide = env.slideIndex.get(figure.source);
  // A no-break space keeps "slide 4" together on a narrow card.
  return slide ? `${env.data.talk}, slide\u00a0${slide.number}` : env.data.talk;
}

export function renderFigureInline(key: string, env: RenderEnv): string {
  const figure = env.data.figures.get(key);
  if (!figure) return `<span class="figure figure-unknown" data-figure="${escapeHtml(key)}">{{${escapeHtml(key)}}}</span>`;
  return `<span class="figure" data-figure="${escapeHtml(key)}">${escapeHtml(smartQuotes(figureText(figure)))}</span>`;
}

export function renderFigureCard(key: string, env: RenderEnv): string {
  const figure = env.data.figures.get(key);
  if (!figure) return renderFigureInline(key, env);
  const numeric = typeof figure.value === 'number' && figure.format === 'number';
  const count = numeric ? ` data-count-to="${String(figure.value)}"` : '';
  const unit = escapeHtml(smartQuotes(figure.unit));
  const detail = figure.detail ? `\n    <span class="callout-detail">${escapeHtml(smartQuotes(figure.detail))}</span>` : '';
  return `<figure class="callout" data-figure="${escapeHtml(key)}">
  <p class="callout-value" aria-hidden="true"><span class="callout-number"${count}>${escapeHtml(formatValue(figure))}</span>${figure.moreThan ? '<span class="callout-more">+</span>' : ''}</p>
  <figcaption>
    <span class="visually-hidden">${escapeHtml(smartQuotes(spokenText(figure)))}: </span><span class="callout-unit" aria-hidden="true">${unit}</span>
    <span class="callout-label">${escapeHtml(smartQuotes(figure.label))}</span>${detail}
    <cite class="callout-source">Source: ${escapeHtml(sourceText(figure, env))}</cite>
  </figcaption>
</figure>
`;
}
