// Where the room is in the talk: the agenda on the outline slide (each part with the titles of
// its slides) and, on each section slide, the part's number and the parts with this one marked.
// Both are drawn from the deck's own section slides and titles, so nothing is written twice.
import type { UiText } from '../shared/ui-text.js';
import type { LangCode } from '../shared/languages.js';
import type { Part } from '../shared/parts-of-talk.js';
import { escapeHtml, markCjk, markLatin } from './text.js';

/** A title as HTML in the deck's language: Latin runs marked in Chinese, Chinese ones in English. */
const titleHtml = (lang: LangCode): ((text: string) => string) => (lang === 'zh' ? markLatin : markCjk);

/** `::: agenda`: the parts, numbered, each a link to its section slide, its slides listed under it. */
export function renderAgenda(parts: readonly Part[], lang: LangCode): string {
  const mark = titleHtml(lang);
  const items = parts.map(
    (part) => `<li class="agenda-item"><a class="agenda-part" href="#/${escapeHtml(part.id)}">${mark(part.title)}</a>
<ul class="agenda-slides">${topics(part.slides.map((s) => s.title))
      .map((t) => `<li>${mark(t)}</li>`)
      .join('')}</ul></li>`,
  );
  return `<ol class="agenda">\n${items.join('\n')}\n</ol>\n`;
}

/** A part's slide titles as topics: a run of slides that go on with one title ("…: 1–2",
 *  "…: 3–4"; "…（一、二）") is listed once, by the title they share. */
function topics(titles: readonly string[]): string[] {
  const shared = (title: string) => title.replace(/(:\s*[^:]{1,12}|\s*[（(][^（）()]{1,12}[）)])$/u, '');
  const out: string[] = [];
  titles.forEach((title, i) => {
    const base = shared(title);
    const before = titles[i - 1];
    if (base !== title && before !== undefined && shared(before) === base) out[out.length - 1] = base;
    else out.push(title);
  });
  return out;
}

/** After a section slide's title: "Part 2 of 3", and the parts with this one marked. */
export function renderPartMarker(parts: readonly Part[], part: Part, lang: LangCode, text: UiText): string {
  const index = parts.indexOf(part);
  const [number, of] = text.part(index + 1, parts.length);
  const items = parts.map(
    (p, i) => `<li${i === index ? ' aria-current="step"' : ''}><span class="part-map-number">${i + 1}</span> ${titleHtml(lang)(p.title)}</li>`,
  );
  return `<p class="part-number">${escapeHtml(number)}${of ? `<span class="part-of">${escapeHtml(of)}</span>` : ''}</p>
<ol class="part-map" aria-label="${escapeHtml(text.partsOfTheTalk)}">
${items.join('\n')}
</ol>
`;
}
