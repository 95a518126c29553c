// The markdown-it instance our pipeline uses: CommonMark with no raw HTML, and the deck's rules,
// listed below in the order they run, as markdown-it's own parser_core lists its rules.
import markdownIt, { type MarkdownIt, type StateCore } from 'markdown-it';
import container from 'markdown-it-container';
import { isRenderEnv } from '../html/render-env.js';
import { markCjk, markLatin } from '../html/text.js';
import { readAttributes } from './attributes.js';
import { CONTAINERS, cutCells, hideCalloutParagraphs, markFragments, renderCellClose, renderCellOpen, reportUnknownContainers } from './containers.js';
import { parseFigure, placeFigures, renderFigure } from './figures.js';
import { screenLinks } from './links.js';
import { splitNotes } from './notes.js';
import { cutSlides } from './slides.js';

/**
 * The deck's core rules, each run right after the rule above it. `block` and `inline` are
 * markdown-it's own: between them the file is block tokens (slides are cut there), after them
 * every paragraph has its inline tokens (figures, links).
 */
const CORE_RULES: readonly [name: string, rule: ((state: StateCore) => void) | 'markdown-it'][] = [
  ['block', 'markdown-it'],
  // Before slides are cut: it rebuilds the token list they are cut from.
  ['deck_grid_cells', cutCells],
  ['deck_slides', cutSlides],
  // On whole slides, and before 'inline', so the `{...}` line is never parsed as text.
  ['deck_attributes', readAttributes],
  // Before 'inline', so the `Note:` mark is gone before its paragraph is parsed.
  ['deck_notes', splitNotes],
  // On the slides and their notes as split, while each paragraph is still the text it was written as.
  ['deck_unknown_containers', reportUnknownContainers],
  ['inline', 'markdown-it'],
  ['deck_links', screenLinks],
  ['deck_figure_places', placeFigures],
  ['deck_fragments', markFragments],
  ['deck_callout_paragraphs', hideCalloutParagraphs],
];

export function createMarkdown(): MarkdownIt {
  // html: false shows any raw HTML as text: slides never carry live markup.
  const md = markdownIt({ html: false, linkify: false, typographer: true });
  // Every link becomes a token, so deck_links sees them all with their place; it turns the
  // unsafe ones back into text, with a warning.
  md.validateLink = () => true;
  for (const [name, render] of Object.entries(CONTAINERS)) md.use(container, name, { render });

  CORE_RULES.forEach(([name, rule], i) => {
    if (rule !== 'markdown-it') md.core.ruler.after(CORE_RULES[i - 1]![0], name, rule);
  });
  // 'text' stops at `{`, so after it this rule sees every `{{` that is not code.
  md.inline.ruler.after('text', 'deck_figure', parseFigure);

  md.renderer.rules['deck_figure'] = renderFigure;
  md.renderer.rules['deck_cell_open'] = renderCellOpen;
  md.renderer.rules['deck_cell_close'] = renderCellClose;
  // Chinese in an English slide marked with its language, and English in a Chinese slide, so that
  // the right font is used and screen readers switch voice; escaped as markdown-it escapes text,
  // so that text in the slide's own language comes out as it would without us.
  // Chinese lines break between words only, and beside a figure or a link where the text allows.
  md.renderer.rules['text'] = (tokens, idx, _options, env) =>
    isRenderEnv(env) && env.lang === 'zh'
      ? markLatin(tokens[idx]!.content, md.utils.escapeHtml, { before: idx > 0, after: idx < tokens.length - 1 }, env.running === true)
      : markCjk(tokens[idx]!.content, 'zh-Hans', md.utils.escapeHtml);
  return md;
}
