// The handout's layout: where each slide and its notes go on the A4 pages (one, two or three a
// page, each part opened by a band), written as the HTML and CSS the browser prints, with the frames
// the slides are then drawn into (handout.ts), and the page of figures with their sources.
import { cardParts } from '../figures/figure-text.js';
import { slideSource, talkName } from '../html/figure-html.js';
import { createRenderEnv, type RenderEnv } from '../html/render-env.js';
import { escapeHtml, smartQuotes } from '../html/text.js';
import { colourProperties } from '../theme.js';
import type { Deck, Figure, Slide } from '../types.js';

export const PER_PAGE = [1, 2, 3] as const;
export type PerPage = (typeof PER_PAGE)[number];
/** Three a page, as printed handouts go: the page full, the slides still readable, the notes beside. */
export const DEFAULT_PER_PAGE: PerPage = 3;

/** A4 in PDF points, and the printed area inside its margins. */
const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = { side: 41.64, top: 40, bottom: 64 };
const CONTENT = { width: PAGE.width - 2 * MARGIN.side, height: PAGE.height - MARGIN.top - MARGIN.bottom };
/** A part's band: its number, its title and the speaker's words opening it. */
const BAND_HEIGHT = 64;
/** Above each row's slide and notes, under the rule between rows. */
const ROW_PADDING = 10;

/** Where a slide goes, in points from the top left of its page. */
export interface SlideFrame {
  page: number;
  left: number;
  top: number;
  width: number;
  height: number;
}

type Item = { kind: 'band'; slide: Slide; part: number } | { kind: 'row'; slide: Slide; number: number };

export interface HandoutLayout {
  html: string;
  /** For each slide of the deck, in order: its frame, or undefined for a part's opening slide (a band). */
  frames: (SlideFrame | undefined)[];
  /** The page each slide is on, for the bookmarks; the figures follow on the page after the last. */
  pageOf: number[];
  figuresPage: number;
}

/** A row: the slide with its notes beside it and on under it (two or three a page), or under it
 *  (one a page). */
function rowGeometry(perPage: PerPage) {
  const width = { 1: CONTENT.width, 2: 280, 3: 236 }[perPage];
  const slide = { width, height: (width * 9) / 16 };
  if (perPage === 1) return { height: CONTENT.height - BAND_HEIGHT, slide, notesTop: slide.height + 20, beside: false };
  return { height: (CONTENT.height - BAND_HEIGHT) / perPage, slide, notesTop: 0, beside: true };
}

export function layoutHandout(deck: Deck, perPage: PerPage = DEFAULT_PER_PAGE): HandoutLayout {
  const row = rowGeometry(perPage);
  const items: Item[] = [];
  let part = 0;
  deck.slides.forEach((slide, i) => {
    if (slide.layout === 'section') items.push({ kind: 'band', slide, part: ++part });
    else items.push({ kind: 'row', slide, number: i + 1 });
  });

  // Pages filled in order; a band stays with the row after it.
  const pages: { item: Item; top: number }[][] = [[]];
  let used = 0;
  items.forEach((item, i) => {
    const height = item.kind === 'band' ? BAND_HEIGHT : row.height;
    const withNext = item.kind === 'band' && items[i + 1]?.kind === 'row' ? row.height : 0;
    if (used > 0 && used + height + withNext > CONTENT.height + 0.5) {
      pages.push([]);
      used = 0;
    }
    pages.at(-1)!.push({ item, top: MARGIN.top + used });
    used += height;
  });

  const frames: (SlideFrame | undefined)[] = deck.slides.map(() => undefined);
  const pageOf: number[] = deck.slides.map(() => 0);
  pages.forEach((page, p) =>
    page.forEach(({ item, top }) => {
      const index = deck.slides.indexOf(item.slide);
      pageOf[index] = p;
      if (item.kind === 'row') frames[index] = { page: p, left: MARGIN.side, top: top + ROW_PADDING, ...row.slide };
    }),
  );

  const env = createRenderEnv(deck, deck.settings, deck.data, deck.slides);
  const { text } = deck;
  const footer = (p: number) => `<footer><span>${escapeHtml(deck.settings.title)}</span><span>${text.page(p + 1, pages.length + 1)}</span></footer>`;
  const body = pages
    .map(
      (page, p) =>
        `<section class="page per-page-${perPage}">\n${page.map(({ item, top }) => itemHtml(item, top, row, deck)).join('')}${footer(p)}\n</section>\n`,
    )
    .join('');
  const html = `<!doctype html>
<html lang="${escapeHtml(deck.settings.lang)}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(deck.settings.title)}</title>
<style>${style(row)}</style>
</head>
<body>
${body}${figuresPage([...deck.data.figures.values()], env)}</body>
</html>
`;
  return { html, frames, pageOf, figuresPage: pages.length };
}

function itemHtml(item: Item, top: number, row: ReturnType<typeof rowGeometry>, deck: Deck): string {
  const { slide } = item;
  if (item.kind === 'band') {
    return `<div class="band" style="top: ${top}pt">
<h2><span class="part">${escapeHtml(deck.text.part(item.part, 0)[0])}</span> ${escapeHtml(slide.title)}</h2>
<div class="notes">${slide.notesHtml}</div>
</div>
`;
  }
  return `<div class="row" style="top: ${top}pt; height: ${row.height}pt">
<div class="slide"></div>
<div class="text">${row.beside ? '<div class="beside-slide"></div>' : ''}${slide.part && slide.layout !== 'section' ? `<p class="part">${escapeHtml(slide.part)}</p>` : ''}<h3>${item.number}. ${escapeHtml(slide.title)}</h3>
<div class="notes">${slide.notesHtml}</div></div>
</div>
`;
}

function figuresPage(figures: Figure[], env: RenderEnv): string {
  const { text } = env;
  const row = (figure: Figure) => {
    const card = cardParts(figure, env.lang, env.language);
    const detail = card.detail ? `<br><span class="soft">${escapeHtml(smartQuotes(card.detail))}</span>` : '';
    return `<tr><td class="value">${escapeHtml(card.number)}${card.more ? '+' : ''}${escapeHtml(card.measure)}</td>
<td><strong>${escapeHtml(smartQuotes(card.unit))}</strong>${card.label ? `<br>${escapeHtml(smartQuotes(card.label))}` : ''}${detail}</td></tr>`;
  };
  // The figures of a slide together, the slides in the deck's order, each named once over its own.
  const bySlide = new Map<string, Figure[]>();
  for (const figure of figures) bySlide.set(figure.source, [...(bySlide.get(figure.source) ?? []), figure]);
  const number = (id: string) => env.slideIndex.get(id)?.number ?? Infinity;
  const groups = [...bySlide]
    .sort(([a], [b]) => number(a) - number(b))
    .map(([id, own]) => {
      const slide = env.slideIndex.get(id);
      const head = slide
        ? `<tr class="slide-head"><th colspan="2" scope="rowgroup">${slideSource(own[0]!, env)} <span class="soft">${escapeHtml(slide.title)}</span></th></tr>\n`
        : '';
      return `<tbody>\n${head}${own.map(row).join('\n')}\n</tbody>`;
    });
  // The talk is the source of every figure: named once over the table, each group gives its slide.
  const zh = env.lang === 'zh';
  const talk = `${text.figuresColumns[2]}${zh ? '：' : ': '}${talkName(env)}${zh ? '。' : '.'}`;
  return `<section class="figures">
<h2>${text.figuresHeading}</h2>
<p class="soft">${text.figuresIntro}${zh ? '' : ' '}${talk}</p>
<table>
<thead><tr>${text.figuresColumns
    .slice(0, 2)
    .map((c) => `<th>${c}</th>`)
    .join('')}</tr></thead>
${groups.join('\n')}
</table>
</section>
`;
}

// The deck's colours (theme.ts). Sizes in pt, the PDF's own unit, so the frames line up exactly.
function style(row: ReturnType<typeof rowGeometry>): string {
  return `
@page { size: A4; margin: 0; }
${colourProperties()}
html { font-family: 'Inter', 'Noto Sans SC', sans-serif; color: var(--ink); font-size: 10pt; line-height: 1.45; }
body { margin: 0; }
/* Chinese breaks only between words, where the build marked them, as on the slides. */
[lang|='zh'] { font-family: 'Noto Sans SC', 'Inter', sans-serif; word-break: keep-all; line-break: strict; overflow-wrap: break-word; }
/* A hair under A4's height, or rounding can push a blank page between two. */
.page { position: relative; width: 210mm; height: 296mm; break-after: page; overflow: hidden; }
.row, .band { position: absolute; left: ${MARGIN.side}pt; right: ${MARGIN.side}pt; box-sizing: border-box; }
.row + .row { border-top: 0.5pt solid var(--rule); }
.band { height: ${BAND_HEIGHT - 10}pt; padding: 8pt 12pt; background: var(--tint); border-left: 4pt solid var(--navy); overflow: hidden; }
.band h2 { margin: 0 0 3pt; font-size: 13pt; line-height: 1.2; color: var(--navy); }
.band .part { margin-right: 6pt; font-size: 8pt; vertical-align: 1.5pt; }
.band .notes { font-size: 8.5pt; line-height: 1.35; color: var(--ink-soft); }
.band .notes p { margin: 0; }
.slide { position: absolute; left: 0; top: ${ROW_PADDING}pt; width: ${row.slide.width}pt; height: ${row.slide.height}pt; outline: 0.75pt solid var(--rule); }
.text { position: absolute; left: 0; right: 0; top: ${row.notesTop + ROW_PADDING}pt; bottom: 12pt; overflow: hidden; }
/* The notes run beside the slide, and on under it: a paragraph begun beside it keeps that measure
   to its end (each a block clear of the slide), one begun under it takes the page's. */
.row .notes > * { display: flow-root; }
.beside-slide { float: left; width: ${row.slide.width + 16}pt; height: ${row.slide.height + 6}pt; }
.part { margin: 0; font-size: 7.5pt; font-weight: 700; letter-spacing: 0.06em; text-transform: uppercase; color: var(--accent); }
h3 { margin: 0 0 5pt; font-size: 11.5pt; line-height: 1.25; color: var(--navy); }
.notes p { margin: 0 0 0.5em; hyphens: manual; }
.notes .figure { font-weight: 700; }
footer { position: absolute; left: ${MARGIN.side}pt; right: ${MARGIN.side}pt; bottom: 36pt; display: flex; justify-content: space-between; padding-top: 6pt; border-top: 0.5pt solid var(--rule); font-size: 8pt; color: var(--ink-soft); }
.figures { padding: ${MARGIN.top}pt ${MARGIN.side}pt; }
.figures h2 { margin: 0 0 8pt; font-size: 18pt; color: var(--navy); }
.soft { color: var(--ink-soft); }
table { width: 100%; border-collapse: collapse; font-size: 9.5pt; line-height: 1.35; }
th { text-align: left; font-size: 8.5pt; text-transform: uppercase; letter-spacing: 0.06em; color: var(--ink-soft); border-bottom: 1pt solid var(--navy); padding: 4pt 8pt 4pt 0; }
td { vertical-align: top; padding: 6pt 12pt 6pt 0; border-bottom: 0.5pt solid var(--rule); }
/* A slide's name over its figures, and kept with them. */
.slide-head th { padding: 10pt 0 3pt; font-size: 9pt; text-transform: none; letter-spacing: 0; color: var(--navy); border-bottom: 0.5pt solid var(--rule); }
.slide-head th .soft { font-weight: 400; margin-left: 4pt; }
tbody, tr { break-inside: avoid; }
.nobr, .with-next { white-space: nowrap; }
/* Chinese notes as on screen: flush left (never letter-spaced), broken only between words. */
html:lang(zh) .notes, html:lang(zh) .notes [lang|='zh'] { word-break: keep-all; text-align: start; text-wrap-style: pretty; }
/* Chinese sets its figures with their measure words (1000多项): a wider first column. */
html:lang(zh) thead th:nth-child(1) { width: 17%; }
td.value { font-size: 16pt; font-weight: 700; line-height: 1.1; color: var(--accent); white-space: nowrap; }
`;
}
