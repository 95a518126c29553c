// The deck's two languages: which one the slides are shown in, and which one the speaker's notes
// are. The page holds the English slides and, in a template, the Chinese ones, or the address of
// the site's file that has them, fetched only when Chinese is asked for (render-page.ts); before
// the slides are fitted and reveal.js starts, the chosen language's slides take the stage and,
// where the notes are set apart, each slide's notes are swapped for the other language's.
import { LANG_PARAM, NOTES_PARAM, TRANSLATION_ID } from './page-names.js';
import { LANG_KEY, NOTES_KEY, readStored, writeStored } from './storage-keys.js';
import { UI_TEXT, type UiLang, type UiText } from './ui-text.js';

export type Lang = UiLang;

const LANGS: readonly Lang[] = ['en', 'zh'];
const isLang = (value: string | null | undefined): value is Lang => LANGS.includes(value as Lang);

/** The languages chosen for this page, once the deck has been put in them. */
export interface Languages {
  slides: Lang;
  notes: Lang;
  /** Whether the deck has a Chinese translation to switch to. */
  bilingual: boolean;
}

let chosen: Languages = { slides: 'en', notes: 'en', bilingual: false };
/** Each slide's notes in each language, by slide id, for swapping later (the speaker view's control). */
const notesById: Record<Lang, Map<string, Element>> = { en: new Map(), zh: new Map() };
/** The Chinese slides' template, filled from the site's file the first time Chinese is needed. */
let translation: HTMLTemplateElement | undefined;
let loading: Promise<boolean> | undefined;

/**
 * Puts the deck in the languages the address, the reader's stored choice, or the browser's own
 * language ask for, in that order. Call once, before the slides are measured.
 */
export async function applyLanguages(slides: HTMLElement): Promise<Languages> {
  const template = document.getElementById(TRANSLATION_ID);
  if (!(template instanceof HTMLTemplateElement)) return chosen;
  template.remove();
  translation = template;
  const slidesLang = wantedSlides();
  chosen = { slides: slidesLang, notes: wantedNotes() ?? slidesLang, bilingual: true };
  const english = sectionsOf(slides);
  for (const section of english) indexNotes('en', section);
  if (chosen.slides === 'en' && chosen.notes === 'en') return chosen;
  if (!(await loadTranslation())) {
    chosen = { slides: 'en', notes: 'en', bilingual: true };
    return chosen;
  }
  if (chosen.slides === 'zh') {
    for (const section of english) section.remove();
    slides.append(document.importNode(template.content, true));
    document.documentElement.lang = template.dataset['lang'] ?? 'zh-Hans';
    document.title = template.dataset['title'] ?? document.title;
    // The template's own nodes were copied: the notes to swap are the ones now on the page.
    for (const section of sectionsOf(slides)) indexNotes('zh', section);
  }
  if (chosen.notes !== chosen.slides) await showNotesIn(chosen.notes, slides);
  return chosen;
}

/** The Chinese slides at hand: in the page already, or fetched once from the site's file. */
function loadTranslation(): Promise<boolean> {
  const template = translation;
  if (!template) return Promise.resolve(false);
  return (loading ??= (async () => {
    const src = template.dataset['src'];
    if (src) {
      try {
        const response = await fetch(src);
        if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
        template.innerHTML = await response.text();
      } catch (error) {
        console.error(`deck: the Chinese slides could not be loaded from ${src}: ${String(error)}; showing English`);
        loading = undefined; // a later ask tries again
        return false;
      }
    }
    for (const section of sectionsOf(template.content)) indexNotes('zh', section);
    return true;
  })());
}

const sectionsOf = (parent: ParentNode): HTMLElement[] => [...parent.children].filter((e): e is HTMLElement => e.localName === 'section');

function indexNotes(lang: Lang, section: HTMLElement): void {
  const notes = section.querySelector(':scope > aside.notes');
  if (notes) notesById[lang].set(section.id, notes);
}

/** The languages the page is in. */
export const languages = (): Languages => chosen;

/** The words the deck's own controls use, in the slides' language. */
export const uiText = (): UiText => UI_TEXT[chosen.slides];

/**
 * Shows each slide's notes in `lang` (a slide with no notes in that language keeps its own), and
 * keeps the choice: `lang` equal to the slides' language means the notes follow the slides again.
 */
export async function showNotesIn(lang: Lang, slides: ParentNode): Promise<void> {
  if (lang === 'zh' && !(await loadTranslation())) return;
  chosen = { ...chosen, notes: lang };
  for (const section of slides.querySelectorAll<HTMLElement>('section[id]')) {
    const wanted = notesById[lang].get(section.id) ?? notesById[chosen.slides].get(section.id);
    const current = section.querySelector(':scope > aside.notes');
    if (!wanted || wanted === current) continue;
    const notes = wanted.isConnected ? wanted : document.importNode(wanted, true);
    notesById[lang].set(section.id, notes);
    if (current) current.replaceWith(notes);
    else section.append(notes);
  }
}

/** Shows the slides in `lang`: kept for the next visit, and the page loaded again in it, on the same slide. */
export function switchSlides(lang: Lang): void {
  writeStored(LANG_KEY, lang);
  // In the address too: it wins over the stored choice, and works where storage is blocked.
  const url = new URL(location.href);
  url.searchParams.set(LANG_PARAM, lang);
  location.replace(url);
}

/** Keeps the notes' language apart from the slides' (or, equal to them, lets the notes follow). */
export function storeNotesLanguage(lang: Lang): void {
  writeStored(NOTES_KEY, lang === chosen.slides ? null : lang);
}

function wantedSlides(): Lang {
  const asked = new URLSearchParams(location.search).get(LANG_PARAM);
  if (isLang(asked)) return asked;
  const stored = readStored(LANG_KEY);
  if (isLang(stored)) return stored;
  // A first visit from a browser set to Chinese opens in Chinese.
  return /^zh\b/i.test(navigator.language) ? 'zh' : 'en';
}

function wantedNotes(): Lang | undefined {
  const asked = new URLSearchParams(location.search).get(NOTES_PARAM);
  if (isLang(asked)) return asked;
  const stored = readStored(NOTES_KEY);
  return isLang(stored) ? stored : undefined;
}
