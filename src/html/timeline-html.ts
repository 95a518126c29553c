// The timeline: a list of years drawn as a line with a dot for each (theme.css), across the slide,
// each year as wide as its words need, and down the page where it is narrow (a phone); read as a
// list, in order.
import { UI_TEXT } from '../runtime/ui-text.js';
import type { Lang, TimelineEntry } from '../types.js';
import { escapeHtml, markCjk, markLatin, smartQuotes } from './text.js';

/** A year's share of the line: as much as its words take (a Chinese character is two Latin
 *  letters wide), so that every column runs to about as many lines; never narrower than its year. */
function width(text: string): number {
  const letters = [...text].reduce((sum, c) => sum + (/[\u3000-\u9fff\uff00-\uffef]/u.test(c) ? 2 : 1), 0);
  return Math.max(letters, 24);
}

export function renderTimeline(entries: readonly TimelineEntry[], lang: Lang): string {
  if (entries.length === 0) return '';
  const items = entries
    .map(
      (entry) => `<li class="timeline-entry" style="flex-grow: ${width(lang === 'zh' ? (entry.zh ?? entry.text) : entry.text)}"><span class="timeline-year">${entry.year}</span><span class="timeline-dot" aria-hidden="true"></span><span class="timeline-text">${lang === 'zh' ? markLatin(entry.zh ?? entry.text) : markCjk(smartQuotes(entry.text))}</span></li>`,
    )
    .join('\n');
  return `<figure class="timeline" aria-label="${escapeHtml(UI_TEXT[lang].timeline)}">
<ol class="timeline-entries">
${items}
</ol>
</figure>
`;
}
