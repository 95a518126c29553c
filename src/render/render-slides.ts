// Render: slide tokens to reveal.js markup, one <section> per slide with its notes.
import type { MarkdownIt, Token } from 'markdown-it';
import type { ParsedSlide } from '../markdown/parse-slides.js';
import type { RenderEnv } from '../html/render-env.js';
import { tokensText } from '../markdown/tokens-text.js';
import { planTimings } from '../plan-timings.js';
import { COLOURS } from '../theme.js';
import { UI_TEXT } from '../shared/ui-text.js';
import { SOURCE_LANG, langTag } from '../shared/languages.js';
import { DECK_ATTRIBUTES } from '../shared/page-contract.js';
import type { Slide } from '../types.js';
import { figureText } from '../figures/figure-text.js';
import { renderPartMarker } from '../html/parts-html.js';
import { renderClosing } from '../html/closing-html.js';
import { escapeHtml } from '../html/text.js';
import { splitLines, splitTitleAtColon } from '../html/line-blocks.js';
import { keepCompounds, keepNamesWhole, keepQuotes, keepWithNext } from '../html/short-words.js';

export function renderSlides(md: MarkdownIt, sources: readonly (ParsedSlide & { untranslated?: boolean })[], env: RenderEnv): Slide[] {
  // Every slide's planned time is written out, so that the speaker view, its rehearsal report and
  // the remote read one plan: its own timing, or its share of what the talk's length leaves.
  const plan = planTimings(
    sources.map((s) => s.attributes.timing),
    env.settings.minutes * 60,
  );
  // Pillars slides in a row number their pillars on from the slide before (1–2, then 3–4).
  let pillars = 0;
  return sources.map((source, i) => {
    const pillarsBefore = source.attributes.layout === 'pillars' ? pillars : 0;
    pillars = source.attributes.layout === 'pillars' ? pillars + source.body.filter((t) => t.type === 'deck_cell_open').length : 0;
    const layout = source.attributes.layout ?? 'default';
    const part = env.partOf.get(source.id);
    // A part's slides read a level under the part's own title, so that a screen reader's heading
    // navigation reaches the parts (the look stays the same).
    if (part && layout !== 'section') nestHeadings(source.body);
    if (layout === 'title') {
      splitLines(source.body);
      splitTitleAtColon(source.body);
    }
    // A section slide says where the room is in the talk; the closing slide carries the QR code
    // of where the deck is published.
    const added =
      layout === 'section' && part
        ? renderPartMarker(env.parts, part, env.lang, env.text)
        : layout === 'closing'
          ? renderClosing(env.settings, env.lang, env.text, env.sourceSettings)
          : '';
    // A Chinese slide says its language; one not yet translated says it is English, and shows it.
    const untranslated = 'untranslated' in source && source.untranslated === true;
    const lang = env.lang === SOURCE_LANG ? undefined : untranslated ? langTag(SOURCE_LANG) : langTag(env.language?.tag ?? env.lang);
    const marker = untranslated ? `<p class="untranslated" lang="${langTag(env.language?.tag ?? env.lang)}">${escapeHtml(env.text.untranslated)}</p>\n` : '';
    // The language's short words kept with the next (Russian в, и) and its names kept whole, in its
    // own slides; the source language's (deck.yaml) in its slides and in a translation's untranslated ones.
    const sourceRules = env.lang === SOURCE_LANG ? env.settings : untranslated ? env.sourceSettings : undefined;
    const short = sourceRules ? (sourceRules.keep_with_next ?? []) : untranslated ? [] : (env.language?.keepWithNext ?? []);
    const names = sourceRules ? (sourceRules.keep_whole ?? []) : untranslated ? [] : (env.language?.keepWhole ?? []);
    const slideEnv: RenderEnv = { ...env, ...(untranslated ? { lang: SOURCE_LANG, text: UI_TEXT.en, language: undefined } : {}), pillarsBefore };
    return {
      id: source.id,
      file: source.file,
      line: source.line,
      title: source.title,
      layout,
      classes: source.attributes.classes,
      planned: plan.seconds[i]!,
      part: part?.title,
      lang,
      // Names first: a short word inside a name is then bound by the name's no-break spaces.
      html: keepWithNext(keepNamesWhole(md.renderer.render(source.body, md.options, slideEnv) + added, names), short) + marker,
      notesHtml: keepWithNext(md.renderer.render(source.notes, md.options, { ...slideEnv, running: true }), short),
      notesText: tokensText(source.notes, (key) => {
        const figure = env.data.figures.get(key);
        return figure ? figureText(figure, slideEnv.lang, slideEnv.language) : '';
      }),
      figures: source.shownFigures,
      images: source.images,
    };
  });
}

function nestHeadings(tokens: readonly Token[]): void {
  for (const token of tokens) {
    if (token.type === 'heading_open') token.attrSet('aria-level', String(Number(token.tag.slice(1)) + 1));
  }
}

/** The reveal.js markup of one slide. */
export function renderSection(slide: Slide): string {
  const classes = [`layout-${slide.layout}`, ...slide.classes].join(' ');
  const attrs = [
    `id="${escapeHtml(slide.id)}"`,
    slide.lang ? `lang="${slide.lang}"` : '',
    `class="${escapeHtml(classes)}"`,
    `${DECK_ATTRIBUTES.timing}="${slide.planned}"`,
    slide.part ? `${DECK_ATTRIBUTES.part}="${escapeHtml(slide.part)}"` : '',
    // reveal paints this behind the whole viewport, not just the 16:9 slide, and
    // from its brightness turns the controls light.
    slide.layout === 'section' ? `data-background-color="${COLOURS.navy}"` : '',
  ].filter(Boolean);
  // The notes say their language even in the English deck: they may be shown beside slides in the
  // other one (runtime/language.ts), and in the scroll view they leave their section.
  const notes = slide.notesHtml ? `<aside class="notes" lang="${slide.lang ?? langTag(SOURCE_LANG)}">\n${slide.notesHtml}</aside>\n` : '';
  const banded = TITLE_BANDS.includes(slide.layout) ? titleBand(slide.html) : slide.html;
  const html = keepCompounds(slide.lang?.startsWith('zh') ? banded : keepQuotes(banded));
  return `<section ${attrs.join(' ')}>\n${html}${notes}</section>\n`;
}

/** Layouts whose title sits in a band of two lines' height, on its rule (theme.css). */
const TITLE_BANDS = ['default', 'pillars'];

/** The title's words in a span of their own: the band aligns that one box to its foot, which it
 *  cannot do with the heading's text and inline elements as they are. */
function titleBand(html: string): string {
  return html.replace(
    /^(<h2\b[^>]*>)([\s\S]*?)(<\/h2>)/,
    (_all, open: string, words: string, close: string) => `${open}<span class="title-text">${words}</span>${close}`,
  );
}
