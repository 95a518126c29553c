// The deck's two languages: which one the slides are shown in, and which one the speaker's notes
// are. The page holds the English slides and, in a template, the Chinese ones, or the address of
// the site's file that has them, fetched only when Chinese is asked for (render-page.ts); before
// the slides are fitted and reveal.js starts, the chosen language's slides take the stage and,
// where the notes are set apart, each slide's notes are swapped for the other language's.
import { LANG_TAGS, OPENING_NAMES, openingChoice, type LangCode } from '../shared/languages.js';
import { PARAMS, STORAGE_KEYS, TRANSLATION_ID } from '../shared/page-contract.js';
import { UI_TEXT, type UiText } from '../shared/ui-text.js';
import { readStored, writeStored } from './stored-choices.js';

/** The languages this page is in, made once at start-up and passed to whatever shows words. */
export interface Languages {
  readonly slides: LangCode;
  /** The notes' language now: the speaker view may set it apart. */
  readonly notes: LangCode;
  /** Whether the deck has a Chinese translation to switch to. */
  readonly bilingual: boolean;
  /** The words the deck's own controls use, in the slides' language. */
  readonly text: UiText;
  /** Shows each slide's notes in `lang` (a slide with no notes in that language keeps its own);
   *  `lang` equal to the slides' language means the notes follow the slides again. */
  showNotesIn(lang: LangCode): Promise<void>;
  /** Keeps the notes' language apart from the slides' (or, equal to them, lets the notes follow). */
  storeNotesLanguage(lang: LangCode): void;
  /** Shows the slides in `lang`: kept for the next visit, and the page loaded again in it, on the same slide. */
  switchSlides(lang: LangCode): void;
}

/**
 * Puts the deck in `slides` in the languages the address, the reader's stored choice, or the
 * browser's own language ask for, in that order (shared/languages.ts). Call once, before the
 * slides are measured.
 */
export async function applyLanguages(slides: HTMLElement): Promise<Languages> {
  const template = document.getElementById(TRANSLATION_ID);
  if (!(template instanceof HTMLTemplateElement)) return languagesOf({ slides: 'en', notes: 'en', bilingual: false }, slides);
  template.remove();
  const wanted = openingChoice(location.search, readStored, navigator.language, OPENING_NAMES);
  const notes = new NotesByLanguage(template);
  for (const section of sectionsOf(slides)) notes.index('en', section);
  const chosen = { slides: wanted.slides, notes: wanted.notes ?? wanted.slides, bilingual: true };
  const languages = languagesOf(chosen, slides, notes);
  if (chosen.slides === 'en' && chosen.notes === 'en') return languages;
  if (!(await notes.loadTranslation())) return languagesOf({ slides: 'en', notes: 'en', bilingual: true }, slides, notes);
  if (chosen.slides === 'zh') {
    for (const section of sectionsOf(slides)) section.remove();
    slides.append(document.importNode(template.content, true));
    document.documentElement.lang = template.dataset['lang'] ?? LANG_TAGS.zh;
    document.title = template.dataset['title'] ?? document.title;
    // The template's own nodes were copied: the notes to swap are the ones now on the page.
    for (const section of sectionsOf(slides)) notes.index('zh', section);
  }
  if (chosen.notes !== chosen.slides) await languages.showNotesIn(chosen.notes);
  return languages;
}

/** The page's languages as an object: the choice, and the notes' language it may change. */
function languagesOf(chosen: { slides: LangCode; notes: LangCode; bilingual: boolean }, slides: HTMLElement, notes?: NotesByLanguage): Languages {
  let notesLang = chosen.notes;
  return {
    slides: chosen.slides,
    get notes() {
      return notesLang;
    },
    bilingual: chosen.bilingual,
    text: UI_TEXT[chosen.slides],
    async showNotesIn(lang) {
      if (!notes || (lang === 'zh' && !(await notes.loadTranslation()))) return;
      notesLang = lang;
      notes.show(lang, chosen.slides, slides);
    },
    storeNotesLanguage(lang) {
      writeStored(STORAGE_KEYS.notes, lang === chosen.slides ? null : lang);
    },
    switchSlides(lang) {
      writeStored(STORAGE_KEYS.lang, lang);
      // In the address too: it wins over the stored choice, and works where storage is blocked.
      const url = new URL(location.href);
      url.searchParams.set(PARAMS.lang, lang);
      location.replace(url);
    },
  };
}

/** Each slide's notes in each language, by slide id, and the Chinese slides' template they come
 *  from, filled from the site's file the first time Chinese is needed. */
class NotesByLanguage {
  private readonly byId: Record<LangCode, Map<string, Element>> = { en: new Map(), zh: new Map() };
  private loading: Promise<boolean> | undefined;

  constructor(private readonly template: HTMLTemplateElement) {}

  index(lang: LangCode, section: HTMLElement): void {
    const notes = section.querySelector(':scope > aside.notes');
    if (notes) this.byId[lang].set(section.id, notes);
  }

  /** The Chinese slides at hand: in the page already, or fetched once from the site's file. */
  loadTranslation(): Promise<boolean> {
    return (this.loading ??= (async () => {
      const src = this.template.dataset['src'];
      if (src) {
        try {
          const response = await fetch(src);
          if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
          this.template.innerHTML = await response.text();
        } catch (error) {
          console.error(`deck: the Chinese slides could not be loaded from ${src}: ${String(error)}; showing English`);
          this.loading = undefined; // a later ask tries again
          return false;
        }
      }
      for (const section of sectionsOf(this.template.content)) this.index('zh', section);
      return true;
    })());
  }

  /** Puts each slide's notes in `lang` on the page, or the slides' own where it has none. */
  show(lang: LangCode, slidesLang: LangCode, slides: ParentNode): void {
    for (const section of slides.querySelectorAll<HTMLElement>('section[id]')) {
      const wanted = this.byId[lang].get(section.id) ?? this.byId[slidesLang].get(section.id);
      const current = section.querySelector(':scope > aside.notes');
      if (!wanted || wanted === current) continue;
      const notes = wanted.isConnected ? wanted : document.importNode(wanted, true);
      this.byId[lang].set(section.id, notes);
      if (current) current.replaceWith(notes);
      else section.append(notes);
    }
  }
}

const sectionsOf = (parent: ParentNode): HTMLElement[] => [...parent.children].filter((e): e is HTMLElement => e.localName === 'section');
