// The page: the compiled deck put into the HTML shell (index.html).
import type { Deck } from '../types.js';
import { renderSection } from './render-slides.js';
import { setPageAttributes } from '../html/page-attributes.js';
import { escapeHtml } from '../html/text.js';
import { DECK_ATTRIBUTES, FACES_ID, OPENING_ID, PAGE_ATTRIBUTES, TRANSLATION_ID } from '../shared/page-contract.js';

export const SLIDES_MARK = '<!--deck:slides-->';

/** Where the page finds the Chinese slides: in itself, or in a file of the site fetched only for Chinese. */
export type TranslationPlace = { inline: true } | { inline: false; src: string };

/** The page's fonts as `@font-face` rules: the system faces it is painted in first, adjusted to the
 *  deck's faces' metrics, and the deck's faces, turned on once the first slide is painted. */
export interface PageFonts {
  fallbacks: string;
  faces: string;
}

/**
 * Fills the shell's title, language, metadata, fonts and slides; the Chinese deck, where there is
 * one, goes beside them in a template, inert until it is asked for, or is named there, in a file
 * of its own (`translationHtml`).
 */
export function renderPage(shell: string, deck: Deck, fonts: PageFonts, zh?: Deck, place: TranslationPlace = { inline: true }): string {
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
  ].join('\n    ');
  // Functions, never replacement strings: in those `$&`, `$'` and `$$` are patterns, and slide text
  // (shell code, prices) would splice parts of the page into the deck.
  // Marked translated: the shell's first script knows the deck may open in Chinese, and from where.
  const translated = zh ? { [PAGE_ATTRIBUTES.translated]: place.inline ? 'inline' : place.src } : {};
  return setPageAttributes(shell, { lang: settings.lang, ...translated })
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(settings.title)}</title>\n    ${head}`)
    .replace('<main class="reveal"', (deckElement) => `${deckElement} ${DECK_ATTRIBUTES.totalTime}="${Math.round(settings.minutes * 60)}"`)
    .replace(SLIDES_MARK, () => deck.slides.map(renderSection).join('') + (zh ? translationTemplate(zh, place) : ''));
}

/** The Chinese deck's slides, as the template holds them or the site's file has them. */
export const translationHtml = (zh: Deck): string => zh.slides.map(renderSection).join('');

function translationTemplate(zh: Deck, place: TranslationPlace): string {
  const { settings } = zh;
  const src = place.inline ? '' : ` data-src="${escapeHtml(place.src)}"`;
  // The opening slide without its notes: the page paints it in Chinese before the file has come.
  const [opening] = zh.slides;
  const openingHtml = !place.inline && opening ? `<template id="${OPENING_ID}">\n${renderSection({ ...opening, notesHtml: '' })}</template>\n` : '';
  return `<template id="${TRANSLATION_ID}" data-lang="${escapeHtml(settings.lang)}" data-title="${escapeHtml(settings.title)}"${src}>
${place.inline ? translationHtml(zh) : ''}</template>
${openingHtml}`;
}
