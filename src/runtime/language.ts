// The deck's two languages: which one the slides are shown in, and which one the speaker's notes
// are. The page holds the English slides and, in a template, the Chinese ones (render-page.ts);
// before the slides are fitted and reveal.js starts, the chosen language's slides take the stage
// and, where the notes are set apart, each slide's notes are swapped for the other language's.
import { LANG_PARAM, NOTES_PARAM, TRANSLATION_ID } from './page-names.js';
import { LANG_KEY, NOTES_KEY } from './storage-keys.js';
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

/**
 * Puts the deck in the languages the address, the reader's stored choice, or the browser's own
 * language ask for, in that order. Call once, before the slides are measured.
 */
export function applyLanguages(slides: HTMLElement): Languages {
  const template = document.getElementById(TRANSLATION_ID);
  if (!(template instanceof HTMLTemplateElement)) return chosen;
  template.remove();
  const english = [...slides.children].filter((e): e is HTMLElement => e.localName === 'section');
  const chinese = [...template.content.children].filter((e): e is HTMLElement => e.localName === 'section');
  const slidesLang = wantedSlides();
  chosen = { slides: slidesLang, notes: wantedNotes() ?? slidesLang, bilingual: true };
  for (const [lang, sections] of [['en', english], ['zh', chinese]] as const) {
    for (const section of sections) {
      const notes = section.querySelector(':scope > aside.notes');
      if (notes) notesById[lang].set(section.id, notes);
    }
  }
  if (chosen.slides === 'zh') {
    for (const section of english) section.remove();
    slides.append(document.importNode(template.content, true));
    document.documentElement.lang = template.dataset['lang'] ?? 'zh-Hans';
    document.title = template.dataset['title'] ?? document.title;
    // The template's own nodes were copied: the notes to swap are the ones now on the page.
    for (const notes of slides.querySelectorAll('section > aside.notes')) notesById.zh.set(notes.parentElement!.id, notes);
  }
  if (chosen.notes !== chosen.slides) showNotesIn(chosen.notes, slides);
  return chosen;
}

/** The languages the page is in. */
export const languages = (): Languages => chosen;

/** The words the deck's own controls use, in the slides' language. */
export const uiText = (): UiText => UI_TEXT[chosen.slides];

/**
 * Shows each slide's notes in `lang` (a slide with no notes in that language keeps its own), and
 * keeps the choice: `lang` equal to the slides' language means the notes follow the slides again.
 */
export function showNotesIn(lang: Lang, slides: ParentNode): void {
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
  store(LANG_KEY, lang);
  // In the address too: it wins over the stored choice, and works where storage is blocked.
  const url = new URL(location.href);
  url.searchParams.set(LANG_PARAM, lang);
  location.replace(url);
}

/** Keeps the notes' language apart from the slides' (or, equal to them, lets the notes follow). */
export function storeNotesLanguage(lang: Lang): void {
  store(NOTES_KEY, lang === chosen.slides ? null : lang);
}

function wantedSlides(): Lang {
  const asked = new URLSearchParams(location.search).get(LANG_PARAM);
  if (isLang(asked)) return asked;
  const stored = read(LANG_KEY);
  if (isLang(stored)) return stored;
  // A first visit from a browser set to Chinese opens in Chinese.
  return /^zh\b/i.test(navigator.language) ? 'zh' : 'en';
}

function wantedNotes(): Lang | undefined {
  const asked = new URLSearchParams(location.search).get(NOTES_PARAM);
  if (isLang(asked)) return asked;
  const stored = read(NOTES_KEY);
  return isLang(stored) ? stored : undefined;
}

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null; // storage blocked: the address or the default decides
  }
}

function store(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // storage blocked: the choice lasts as long as the page
  }
}
