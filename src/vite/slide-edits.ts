// The dev server's edits in place: what the open pages show, and whether an edit changed only
// slides, which the pages then swap in where they stand, or anything more, which reloads them.
import { deckCharacters, facesHold, type FaceCharacters } from '../fonts/font-faces.js';
import { renderPage } from '../render/render-page.js';
import { renderSection } from '../render/render-slides.js';
import type { EditedSlide, EditedSlides } from '../shared/page-contract.js';
import type { CompileResult, Slide } from '../types.js';

/** The dev page as its open pages show it. */
export interface ShownPage {
  /** The page but its slides and its faces: title, metadata, languages, their words, the talk's length. */
  shell: string;
  /** Each language's slides as the page holds them, in order, by language code. */
  slides: ReadonlyMap<string, readonly EditedSlide[]>;
  /** What the faces the pages loaded hold. */
  faces: FaceCharacters;
}

/** The page `shell` (index.html as Vite serves it) filled with this compile's deck. */
export function shownPage(shell: string, { deck, translations }: Pick<CompileResult, 'deck' | 'translations'>): ShownPage {
  const decks = [deck, ...translations];
  return {
    shell: renderPage(
      shell,
      { ...deck, slides: [] },
      { fallbacks: '', faces: '' },
      translations.map((t) => ({ ...t, slides: [] })),
    ),
    slides: new Map(decks.map((d) => [d.lang, d.slides.map((s) => ({ id: s.id, html: sectionOf(s) }))])),
    faces: deckCharacters(deck, translations),
  };
}

/** Each slide's markup, kept while the slide is: a language an edit does not compile again keeps its slides. */
const sections = new WeakMap<Slide, string>();
function sectionOf(slide: Slide): string {
  let html = sections.get(slide);
  if (html === undefined) sections.set(slide, (html = renderSection(slide)));
  return html;
}

/**
 * The slides edited from `shown` to `next`, in each language; undefined where that is not all the
 * edit changed, and the pages must load again: the page around the slides, the slides' ids or
 * order in any language, a slide's own attributes (its layout, its planned time, its part), or a
 * character the loaded faces do not hold.
 */
export function editedSlides(shown: ShownPage, next: ShownPage): EditedSlides | undefined {
  if (next.shell !== shown.shell || !facesHold(shown.faces, next.faces)) return undefined;
  if (next.slides.size !== shown.slides.size) return undefined;
  const edited: EditedSlides = {};
  for (const [lang, slides] of next.slides) {
    const before = shown.slides.get(lang);
    if (!before || before.length !== slides.length) return undefined;
    const changed: EditedSlide[] = [];
    for (const [i, slide] of slides.entries()) {
      const old = before[i]!;
      if (old.id !== slide.id || openingTag(old.html) !== openingTag(slide.html)) return undefined;
      if (old.html !== slide.html) changed.push(slide);
    }
    if (changed.length) edited[lang] = changed;
  }
  return edited;
}

/** What the pages loaded at different times all hold: only that is sure to be on every page. */
export function commonFaces(a: FaceCharacters, b: FaceCharacters): FaceCharacters {
  return new Map([...a].map(([key, chars]) => [key, new Set([...chars].filter((c) => b.get(key)?.has(c)))]));
}

/** A section's own tag, its attributes: the compiler escapes `>` in them, so the first one ends it. */
const openingTag = (html: string): string => html.slice(0, html.indexOf('>') + 1);
