// The handout as a page for the browser to print: A4, one slide per page with its speaker
// notes, then every figure with its source. The slide itself is placed later (compose-handout).
import type { RenderEnv } from '../markdown/render-env.js';
import { formatValue } from '../figures/figure-text.js';
import { sourceText } from '../render/figure-html.js';
import { escapeHtml, smartQuotes } from '../render/text.js';
import type { Deck, Figure, Slide } from '../types.js';

/** Where each page leaves room for its slide, in PDF points from the page's top left: 16:9, centred. */
export const SLIDE_BOX = { left: 41.64, top: 44, width: 512, height: 288 } as const;

export const FIGURES_HEADING = 'Figures and their sources';

export function renderHandout(deck: Deck): string {
  const { settings } = deck;
  const env: RenderEnv = {
    render: true,
    settings,
    data: deck.data,
    slideIndex: new Map(deck.slides.map((s, i) => [s.id, { number: i + 1, title: s.title }])),
  };
  const pages = deck.slides.map((slide, i) => slidePage(slide, i + 1, deck)).join('');
  return `<!doctype html>
<html lang="${escapeHtml(settings.lang)}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(settings.title)}: handout</title>
<style>${STYLE}</style>
</head>
<body>
${pages}${figuresPage([...deck.data.figures.values()], env)}</body>
</html>
`;
}

function slidePage(slide: Slide, number: number, deck: Deck): string {
  const part = slide.part && slide.layout !== 'section' ? `<p class="part">${escapeHtml(slide.part)}</p>` : '';
  return `<section class="page">
<div class="slide"></div>
<div class="text">${part}<h2>${number}. ${escapeHtml(slide.title)}</h2>
<div class="notes">${slide.notesHtml}</div></div>
<footer><span>${escapeHtml(deck.settings.title)}</span><span>Slide ${number} of ${deck.slides.length}</span></footer>
</section>
`;
}

function figuresPage(figures: Figure[], env: RenderEnv): string {
  const rows = figures.map((figure) => {
    const source = env.slideIndex.get(figure.source);
    const detail = figure.detail ? `<br><span class="soft">${escapeHtml(smartQuotes(figure.detail))}</span>` : '';
    return `<tr><td class="value">${escapeHtml(formatValue(figure))}${figure.moreThan ? '+' : ''}</td>
<td><strong>${escapeHtml(smartQuotes(figure.unit))}</strong><br>${escapeHtml(smartQuotes(figure.label))}${detail}</td>
<td>${escapeHtml(sourceText(figure, env))}${source ? `<br><span class="soft">${escapeHtml(source.title)}</span>` : ''}</td></tr>`;
  });
  return `<section class="figures">
<h2>${FIGURES_HEADING}</h2>
<p class="soft">Every figure the talk quotes, with the slide that states it.</p>
<table>
<thead><tr><th>Figure</th><th>What it counts</th><th>Source</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
</section>
`;
}

// The deck's colours (theme.css). Sizes in pt, the PDF's own unit, so SLIDE_BOX lines up exactly.
const STYLE = `
@page { size: A4; margin: 0; }
:root { --ink: #0d1b2a; --ink-soft: #3d4b5c; --navy: #12355b; --accent: #b02a1e; --rule: #d5dce4; }
html { font-family: 'Inter', 'Noto Sans SC', sans-serif; color: var(--ink); font-size: 11pt; line-height: 1.5; }
body { margin: 0; }
[lang|='zh'] { font-family: 'Noto Sans SC', 'Inter', sans-serif; }
/* A hair under A4's height, or rounding can push a blank page between two. */
.page { position: relative; height: 296mm; break-after: page; overflow: hidden; }
.slide { position: absolute; left: ${SLIDE_BOX.left}pt; top: ${SLIDE_BOX.top}pt; width: ${SLIDE_BOX.width}pt; height: ${SLIDE_BOX.height}pt; outline: 0.75pt solid var(--rule); }
.text { position: absolute; left: ${SLIDE_BOX.left}pt; right: ${SLIDE_BOX.left}pt; top: ${SLIDE_BOX.top + SLIDE_BOX.height + 22}pt; bottom: 64pt; overflow: hidden; }
.part { margin: 0; font-size: 8.5pt; font-weight: 700; letter-spacing: 0.06em; text-transform: uppercase; color: var(--accent); }
h2 { margin: 0 0 8pt; font-size: 14pt; line-height: 1.25; color: var(--navy); }
.notes p { margin: 0 0 0.6em; hyphens: manual; }
.notes .figure { font-weight: 700; }
footer { position: absolute; left: ${SLIDE_BOX.left}pt; right: ${SLIDE_BOX.left}pt; bottom: 36pt; display: flex; justify-content: space-between; padding-top: 6pt; border-top: 0.5pt solid var(--rule); font-size: 8pt; color: var(--ink-soft); }
.figures { padding: ${SLIDE_BOX.top}pt ${SLIDE_BOX.left}pt; }
.figures h2 { font-size: 18pt; }
.soft { color: var(--ink-soft); }
table { width: 100%; border-collapse: collapse; font-size: 9.5pt; line-height: 1.35; }
th { text-align: left; font-size: 8.5pt; text-transform: uppercase; letter-spacing: 0.06em; color: var(--ink-soft); border-bottom: 1pt solid var(--navy); padding: 4pt 8pt 4pt 0; }
td { vertical-align: top; padding: 6pt 8pt 6pt 0; border-bottom: 0.5pt solid var(--rule); }
tr { break-inside: avoid; }
td.value { font-size: 16pt; font-weight: 700; line-height: 1.1; color: var(--accent); white-space: nowrap; }
`;
