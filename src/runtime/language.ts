// The deck's languages: which one the slides are shown in, and which one the speaker's notes are.
// The page holds the source language's slides and, in a template for each translation, its
// slides, or the address of the site's file that has them, fetched only when that language is
// asked for (render-page.ts); before the slides are fitted and reveal.js starts, the chosen
// language's slides take the stage and, where the notes are set apart, each slide's notes are
// swapped for the notes' language's.
import { OPENING_NAMES, SOURCE_LANG, openingChoice, readTranslated, type LangCode, type LangTag } from '../shared/languages.js';
import { PAGE_ATTRIBUTES, PARAMS, STORAGE_KEYS, WORDS_SELECTOR, translationId } from '../shared/page-contract.js';
import { LANGUAGE_NAMES, UI_TEXT, builtInText, uiTextFromWords, type UiText } from '../shared/ui-text.js';
import { readStored, writeStored } from './stored-choices.js';

/** One of the page's languages, as its language menu names it. */
export interface PageLanguage {
  code: LangCode;
  tag: LangTag;
  /** In itself: English, 中文, Português, Русский. */
  name: string;
}

/** The languages this page is in, made once at start-up and passed to whatever shows words. */
export interface Languages {
  readonly slides: LangCode;
  /** The notes' language now: the speaker view may set it apart. */
  readonly notes: LangCode;
  /** Every language of the page, the source first. */
  readonly all: readonly PageLanguage[];
  /** Whether the deck has a translation to switch to. */
  readonly bilingual: boolean;
  /** The words the deck's own controls use, in the slides' language. */
  readonly text: UiText;
  /** The tag of a language of the page. */
  tagOf(lang: LangCode): LangTag;
  /** Shows each slide's notes in `lang` (a slide with no notes in that language keeps its own);
   *  `lang` equal to the slides' language means the notes follow the slides again. */
  showNotesIn(lang: LangCode): Promise<void>;
  /** Keeps the notes' language apart from the slides' (or, equal to them, lets the notes follow). */
  storeNotesLanguage(lang: LangCode): void;
  /** Shows the slides in `lang`: kept for the next visit, and the page loaded again in it, on the same slide. */
  switchSlides(lang: LangCode): void;
  /**
   * Takes the slides an edit changed, by language, as the compiler now renders them (the dev
   * server's, dev-slide-edits.ts): the translations keep them, and each slide's notes are read
   * again; the page's own slides, whose content is already replaced, show their notes in the
   * notes' language again.
   */
  takeEdits(edited: ReadonlyMap<LangCode, readonly HTMLElement[]>): void;
}

/**
 * Puts the deck in `slides` in the languages the address, the reader's stored choice, or the
 * browser's own language ask for, in that order (shared/languages.ts). Call once, before the
 * slides are measured.
 */
export async function applyLanguages(slides: HTMLElement): Promise<Languages> {
  const root = document.documentElement;
  const source: PageLanguage = { code: SOURCE_LANG, tag: root.lang || SOURCE_LANG, name: LANGUAGE_NAMES[SOURCE_LANG] ?? SOURCE_LANG };
  const templates = readTranslated(root.getAttribute(PAGE_ATTRIBUTES.translated))
    .map(({ code }) => document.getElementById(translationId(code)))
    .filter((t): t is HTMLTemplateElement => t instanceof HTMLTemplateElement);
  for (const template of templates) template.remove();
  const all = [source, ...templates.map((t) => ({ code: t.dataset['code'] ?? '', tag: t.dataset['lang'] ?? '', name: t.dataset['name'] ?? '' }))];
  const notes = new NotesByLanguage(templates);
  for (const section of sectionsOf(slides)) notes.index(source.code, section);
  if (!templates.length) return languagesOf({ slides: source.code, notes: source.code, text: UI_TEXT.en }, all, slides, notes);
  const wanted = openingChoice(
    location.search,
    readStored,
    navigator.language,
    all.map((l) => l.code),
    OPENING_NAMES,
  );
  const chosen = { slides: wanted.slides, notes: wanted.notes ?? wanted.slides, text: UI_TEXT.en };
  if (chosen.slides === source.code && chosen.notes === source.code) return languagesOf(chosen, all, slides, notes);
  if (chosen.slides !== source.code) {
    const template = await notes.load(chosen.slides);
    if (!template) return languagesOf({ ...chosen, slides: source.code, notes: source.code }, all, slides, notes);
    for (const section of sectionsOf(slides)) section.remove();
    const content = document.importNode(template.content, true);
    content.querySelector(WORDS_SELECTOR)?.remove();
    slides.append(content);
    root.lang = template.dataset['lang'] ?? chosen.slides;
    document.title = template.dataset['title'] ?? document.title;
    chosen.text = builtInText(chosen.slides) ?? wordsOf(template) ?? UI_TEXT.en;
    // The template's own nodes were copied: the notes to swap are the ones now on the page.
    for (const section of sectionsOf(slides)) notes.index(chosen.slides, section);
  }
  const languages = languagesOf(chosen, all, slides, notes);
  if (chosen.notes !== chosen.slides) await languages.showNotesIn(chosen.notes);
  return languages;
}

/** A language written as data brings its interface's words with its slides. */
function wordsOf(template: HTMLTemplateElement): UiText | undefined {
  const words = template.content.querySelector(WORDS_SELECTOR)?.textContent;
  try {
    return words ? uiTextFromWords(JSON.parse(words) as Parameters<typeof uiTextFromWords>[0], template.dataset['lang'] ?? 'en') : undefined;
  } catch {
    return undefined;
  }
}

/** The page's languages as an object: the choice, and the notes' language it may change. */
function languagesOf(
  chosen: { slides: LangCode; notes: LangCode; text: UiText },
  all: readonly PageLanguage[],
  slides: HTMLElement,
  notes: NotesByLanguage,
): Languages {
  let notesLang = chosen.notes;
  return {
    slides: chosen.slides,
    get notes() {
      return notesLang;
    },
    all,
    bilingual: all.length > 1,
    text: chosen.text,
    tagOf: (lang) => all.find((l) => l.code === lang)?.tag ?? lang,
    async showNotesIn(lang) {
      if (lang !== all[0]!.code && !(await notes.load(lang))) return;
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
    takeEdits(edited) {
      for (const [lang, sections] of edited) {
        for (const fresh of sections) {
          notes.replaceInTemplate(lang, fresh);
          // Looked for below the slides: the scroll view puts each in a page of its own.
          const shown = lang === chosen.slides ? slides.querySelector<HTMLElement>(`section#${CSS.escape(fresh.id)}`) : null;
          notes.index(lang, shown ?? fresh);
        }
      }
      if (notesLang !== chosen.slides) notes.show(notesLang, chosen.slides, slides);
    },
  };
}

/** Each slide's notes in each language, by slide id, and the translations' templates they come
 *  from, each filled from the site's file the first time its language is needed. */
class NotesByLanguage {
  private readonly byId = new Map<LangCode, Map<string, Element>>();
  private readonly loading = new Map<LangCode, Promise<HTMLTemplateElement | undefined>>();

  constructor(private readonly templates: readonly HTMLTemplateElement[]) {}

  index(lang: LangCode, section: HTMLElement): void {
    const notes = section.querySelector(':scope > aside.notes');
    const map = this.byId.get(lang) ?? new Map<string, Element>();
    this.byId.set(lang, map);
    // A slide edited to have no notes any more (dev-slide-edits.ts) has none to show.
    if (notes) map.set(section.id, notes);
    else map.delete(section.id);
  }

  /** A translation's slide, edited, in place of the one its template holds. */
  replaceInTemplate(lang: LangCode, section: HTMLElement): void {
    const template = this.templates.find((t) => t.dataset['code'] === lang);
    template?.content.getElementById(section.id)?.replaceWith(section.cloneNode(true));
  }

  /** A translation's slides at hand: in the page already, or fetched once from the site's file. */
  load(lang: LangCode): Promise<HTMLTemplateElement | undefined> {
    const template = this.templates.find((t) => t.dataset['code'] === lang);
    if (!template) return Promise.resolve(undefined);
    let loading = this.loading.get(lang);
    if (!loading) {
      loading = (async () => {
        const src = template.dataset['src'];
        if (src) {
          try {
            const response = await fetch(src);
            if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
            template.innerHTML = await response.text();
          } catch (error) {
            console.error(`deck: the slides in ${lang} could not be loaded from ${src}: ${String(error)}; showing the source language`);
            this.loading.delete(lang); // a later ask tries again
            return undefined;
          }
        }
        for (const section of sectionsOf(template.content)) this.index(lang, section);
        return template;
      })();
      this.loading.set(lang, loading);
    }
    return loading;
  }

  /** Puts each slide's notes in `lang` on the page, or the slides' own where it has none. */
  show(lang: LangCode, slidesLang: LangCode, slides: ParentNode): void {
    for (const section of slides.querySelectorAll<HTMLElement>('section[id]')) {
      const wanted = this.byId.get(lang)?.get(section.id) ?? this.byId.get(slidesLang)?.get(section.id);
      const current = section.querySelector(':scope > aside.notes');
      if (!wanted || wanted === current) continue;
      const notes = wanted.isConnected ? wanted : document.importNode(wanted, true);
      this.byId.get(lang)?.set(section.id, notes);
      if (current) current.replaceWith(notes);
      else section.append(notes);
    }
  }
}

const sectionsOf = (parent: ParentNode): HTMLElement[] => [...parent.children].filter((e): e is HTMLElement => e.localName === 'section');
