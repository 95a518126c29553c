// Where the room is in the talk: the agenda on the outline slide (each part with the titles of
// its slides) and, on each section slide, the part's number and the parts with this one marked.
// Both are drawn from the deck's own section slides and titles, so nothing is written twice.
import type { Part } from './render-env.js';
import { escapeHtml, markCjk } from './text.js';

/** `::: agenda`: the parts, numbered, each a link to its section slide, its slides in a line under it. */
export function renderAgenda(parts: readonly Part[]): string {
  const items = parts.map(
    (part) => `<li class="agenda-item"><a class="agenda-part" href="#/${escapeHtml(part.id)}">${markCjk(part.title)}</a>
<span class="agenda-slides">${part.slides.map((s) => markCjk(s.title)).join('<span class="agenda-dot" aria-hidden="true"> · </span>')}</span></li>`,
  );
  return `<ol class="agenda">\n${items.join('\n')}\n</ol>\n`;
}

/** After a section slide's title: "Part 2 of 3", and the parts with this one marked. */
export function renderPartMarker(parts: readonly Part[], part: Part): string {
  const index = parts.indexOf(part);
  const items = parts.map(
    (p, i) => `<li${i === index ? ' aria-current="step"' : ''}><span class="part-map-number">${i + 1}</span> ${markCjk(p.title)}</li>`,
  );
  return `<p class="part-number">Part ${index + 1} <span class="part-of">of ${parts.length}</span></p>
<ol class="part-map" aria-label="Parts of the talk">
${items.join('\n')}
</ol>
`;
}
