// The timeline: a list of years drawn as a line with a dot for each (theme.css), across the slide,
// and down the page where it is narrow (a phone); read as a list, in order.
import type { RenderEnv } from './render-env.js';
import { CONTENT_WIDTH, SIZES } from '../theme.js';
import type { TimelineEntry } from '../types.js';
import { escapeHtml, markCjk, markLatin, smartQuotes } from './text.js';

/** The timeline's room across a slide (the width inside the safe area), the gap between its
 *  columns and what an entry's words give back to the next year, in the slide's pixels, and the
 *  body size: the stylesheet's own (theme.ts). */
const ACROSS = { width: CONTENT_WIDTH, gap: SIZES.timelineGap, inset: SIZES.timelineInset, body: SIZES.bodyRegular };
/** A generous average width of a letter, in ems: an estimate that errs towards breaking a term. */
const LETTER = 0.6;

/** How many columns an entry's words run across: two (the next year on their side of the line is
 *  two columns on), and the last on each side to the margin. */
function timelineSpan(index: number, count: number): number {
  return index === count - 2 ? 3 : 2;
}

/** The letters a line of an entry's words holds at the least, across the slide. */
function lineLetters(index: number, count: number): number {
  const columns = count + 1;
  const column = (ACROSS.width - (columns - 1) * ACROSS.gap) / columns;
  const span = timelineSpan(index, count);
  return Math.floor((span * column + (span - 1) * ACROSS.gap - ACROSS.inset) / (LETTER * ACROSS.body));
}

/** A quoted term (“digital silk road”, «цифровой Шёлковый путь») on one line where a line of its
 *  entry holds it, with the mark after it; a longer one breaks between its words. */
function keepTermsWhole(html: string, letters: number): string {
  return html.replace(/(?:“[^“”<]*”|«[^«»<]*»|„[^„“<]*“)[,;.]?/gu, (term) =>
    [...term].length <= letters ? `<span class="timeline-term">${term}</span>` : term,
  );
}

export function renderTimeline(entries: readonly TimelineEntry[], env: Pick<RenderEnv, 'lang' | 'text' | 'language'>): string {
  const { lang, language } = env;
  if (entries.length === 0) return '';
  // Chinese keeps its quoted terms whole as it breaks its lines (line-breaks.ts).
  const words = (entry: TimelineEntry, index: number) =>
    lang === 'zh'
      ? markLatin(entry.zh ?? entry.text)
      : keepTermsWhole(markCjk(smartQuotes(language ? (language.timeline.get(entry.year) ?? entry.text) : entry.text)), lineLetters(index, entries.length));
  const items = entries
    .map(
      (entry, index) =>
        `<li class="timeline-entry"><span class="timeline-year">${entry.year}</span><span class="timeline-dot" aria-hidden="true"></span><span class="timeline-text">${words(entry, index)}</span></li>`,
    )
    .join('\n');
  return `<figure class="timeline" aria-label="${escapeHtml(env.text.timeline)}">
<ol class="timeline-entries">
${items}
</ol>
</figure>
`;
}
