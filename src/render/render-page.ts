// The page: the compiled deck put into the HTML shell (index.html).
import type { Deck, Slide } from '../types.js';
import { renderSection } from './render-slides.js';
import { setPageAttributes } from '../html/page-attributes.js';
import { escapeHtml } from '../html/text.js';
import { DECK_ATTRIBUTES, FACES_ID, OPENING_FACES_ID, OPENING_ID, PAGE_ATTRIBUTES, WORDS_SELECTOR, translationId } from '../shared/page-contract.js';
import { printTranslated } from '../shared/languages.js';

export const SLIDES_MARK = '<!--deck:slides-->';

/** Where the page finds a translation's slides: in itself, or in a file of the site fetched only
 *  for that language (by language code). */
export type TranslationPlaces = ReadonlyMap<string, string> | undefined;

/** The page's fonts as `@font-face` rules: the system faces it is painted in first, adjusted to the
 *  deck's faces' metrics, and the deck's faces, turned on once the first slide is painted. */
export interface PageFonts {
  fallbacks: string;
  faces: string;
  /** The faces a page opening in Chinese paints its opening slide in, and their files (the site's). */
  opening?: { faces: string; files: readonly string[] };
}

/**
 * Fills the shell's title, language, metadata, fonts and slides; each translation goes beside them
 * in a template, inert until it is asked for, or is named there, in a file of its own
 * (`translationHtml`) at the address `places` gives for its language.
 */
export function renderPage(shell: string, deck: Deck, fonts: PageFonts, translations: readonly Deck[] = [], places?: TranslationPlaces): string {
  const { settings } = deck;
  const description = `${settings.author}, ${settings.affiliation}. ${settings.event}.`;
  const head = [
    `<meta name="author" content="${escapeHtml(settings.author)}">`,
    `<meta name="description" content="${escapeHtml(description)}">`,
    // In the page, not in a stylesheet: no request to wait for before the fonts are known. The
    // deck's faces are off (media) until the page's first script turns them on: asked for before the
    // first paint, their files would come before it on a slow network.
    `<style>${fonts.fallbacks}</style>`,
    `<style id="${FACES_ID}" media="not all">${fonts.faces}</style>`,
    // After the deck's faces: where both hold a character, the rule that comes last is the one the
    // browser uses, so the opening slide keeps these, loaded, until the deck's code turns them off
    // with the deck's own loaded (a face still loading would be drawn in a system face meanwhile).
    ...(fonts.opening
      ? [`<style id="${OPENING_FACES_ID}" media="not all" data-files="${escapeHtml(fonts.opening.files.join(' '))}">${fonts.opening.faces}</style>`]
      : []),
  ].join('\n    ');
  // Functions, never replacement strings: in those `$&`, `$'` and `$$` are patterns, and slide text
  // (shell code, prices) would splice parts of the page into the deck.
  // Marked translated: the shell's first script knows the languages the deck may open in, and from where.
  const translated = translations.length
    ? { [PAGE_ATTRIBUTES.translated]: printTranslated(translations.map((t) => ({ code: t.lang, src: places?.get(t.lang) ?? 'inline' }))) }
    : {};
  return setPageAttributes(shell, { lang: deck.tag, ...translated })
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(settings.title)}</title>\n    ${head}`)
    .replace('<main class="reveal"', (deckElement) => `${deckElement} ${DECK_ATTRIBUTES.totalTime}="${Math.round(settings.minutes * 60)}"`)
    .replace(SLIDES_MARK, () => deck.slides.map(section).join('') + translations.map((t) => translationTemplate(t, places?.get(t.lang))).join(''));
}

/** A translation's slides, as the template holds them or the site's file has them; a language
 *  written as data brings its interface's words first, which the page reads only for it. */
export const translationHtml = (deck: Deck): string =>
  (deck.language
    ? `<script type="application/json" ${WORDS_SELECTOR.slice(1, -1)}>${JSON.stringify(deck.language.uiWords).replace(/</g, '\\u003c')}</script>\n`
    : '') + deck.slides.map(section).join('');

// A build writes each slide into the site's pages and again into the one-file deck: rendered once.
const sections = new WeakMap<Slide, string>();

function section(slide: Slide): string {
  let html = sections.get(slide);
  if (html === undefined) {
    html = renderSection(slide);
    sections.set(slide, html);
  }
  return html;
}

function translationTemplate(deck: Deck, src: string | undefined): string {
  const { settings } = deck;
  const place = src ? ` data-src="${escapeHtml(src)}"` : '';
  // The Chinese opening slide: the page paints it before the file has come (the other languages
  // share the English faces, and show the English until theirs has come). With its notes, which a
  // phone shows under it (browse.css).
  const [opening] = deck.slides;
  const openingHtml = src && deck.lang === 'zh' && opening ? `<template id="${OPENING_ID}">\n${renderSection(opening)}</template>\n` : '';
  return `<template id="${translationId(deck.lang)}" data-code="${escapeHtml(deck.lang)}" data-lang="${escapeHtml(deck.tag)}" data-name="${escapeHtml(deck.name)}" data-title="${escapeHtml(settings.title)}"${place}>
${src ? '' : translationHtml(deck)}</template>
${openingHtml}`;
}
