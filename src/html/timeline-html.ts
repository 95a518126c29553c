// The timeline: a list of years drawn as a line with a dot for each (theme.css), across the slide,
// and down the page where it is narrow (a phone); read as a list, in order.
import type { RenderEnv } from './render-env.js';
import type { TimelineEntry } from '../types.js';
import { escapeHtml, markCjk, markLatin, smartQuotes } from './text.js';

export function renderTimeline(entries: readonly TimelineEntry[], env: Pick<RenderEnv, 'lang' | 'text' | 'language'>): string {
  const { lang, language } = env;
  if (entries.length === 0) return '';
  const items = entries
    .map(
      (entry) =>
        `<li class="timeline-entry"><span class="timeline-year">${entry.year}</span><span class="timeline-dot" aria-hidden="true"></span><span class="timeline-text">${lang === 'zh' ? markLatin(entry.zh ?? entry.text) : markCjk(smartQuotes(language ? (language.timeline.get(entry.year) ?? entry.text) : entry.text))}</span></li>`,
    )
    .join('\n');
  return `<figure class="timeline" aria-label="${escapeHtml(env.text.timeline)}">
<ol class="timeline-entries">
${items}
</ol>
</figure>
`;
}
