// What the runtime asks of the page, each question answered one way: which view this is (the
// print view, a speaker preview), what its server marked on it, and a slide's title and notes.
import { FACES_ID, HELD_CALLS, OPENING_FACES_ID, PARAMS, type PageAttribute } from '../shared/page-contract.js';

const query = (): URLSearchParams => new URLSearchParams(location.search);

/** reveal.js's print view, which the exports open (`?print-pdf`); reveal asks the same. */
export const isPrintView = (): boolean => query().has(PARAMS.print);

/** The print view the PowerPoint file is read from (`?print-pdf&office`). */
export const isOfficeView = (): boolean => isPrintView() && query().has(PARAMS.office);

/** One of the speaker view's previews (`?receiver`): plain slides, no controls of the deck's. */
export const isSpeakerPreview = (): boolean => query().has(PARAMS.speakerPreview);

/** An attribute of the page's `<html>` as its server set it, or null. */
export const pageAttribute = (name: PageAttribute): string | null => document.documentElement.getAttribute(name);

/** Turns the deck's faces on, as the page's first script does once the first slide is painted:
 *  the slides are fitted in them. */
export function turnOnFaces(): void {
  const faces = document.getElementById(FACES_ID);
  if (faces instanceof HTMLStyleElement) faces.media = 'all';
}

/**
 * Turns off the faces a page opening in Chinese painted its opening slide in (index.html), once the
 * deck's own faces for the same characters have loaded: cut to that one slide, they would set the
 * other slides' English in two faces, with no kerning between them. The deck's load first: one
 * still loading would be drawn in a system face meanwhile, and the slide's lines move.
 */
export async function retireOpeningFaces(): Promise<void> {
  const opening = document.getElementById(OPENING_FACES_ID);
  if (!(opening instanceof HTMLStyleElement) || opening.media !== 'all') return;
  const faces = [...document.fonts];
  // The opening faces are loaded; the deck's for the same characters may not be yet.
  const ranges = new Map<FontFace, Span[]>();
  const range = (face: FontFace) => ranges.get(face) ?? ranges.set(face, spans(face.unicodeRange)).get(face)!;
  const loaded = faces.filter((face) => face.status === 'loaded');
  const deckFaces = faces.filter(
    (face) => face.status !== 'loaded' && loaded.some((o) => o.family === face.family && o.weight === face.weight && rangesMeet(range(o), range(face))),
  );
  await Promise.all(deckFaces.map((face) => face.load())).catch(() => undefined);
  opening.media = 'not all';
}

/** Whether two unicode-ranges share a code point. A face cut to a page's characters lists each of
 *  them (a Chinese face, a thousand spans): the two lists, each in order, are walked side by side,
 *  not every span against every other (20 ms of a Chinese phone's start-up at a laptop's speed). */
export function rangesMeet(as: readonly Span[], bs: readonly Span[]): boolean {
  for (let i = 0, j = 0; i < as.length && j < bs.length;) {
    const a = as[i]!;
    const b = bs[j]!;
    if (a[0] <= b[1] && b[0] <= a[1]) return true;
    if (a[1] < b[1]) i++;
    else j++;
  }
  return false;
}

/** A span of code points, first and last. */
export type Span = [number, number];

/** A unicode-range's spans (`U+20, U+28-29, U+4E00-9FFF`), in order of their first code point. */
export function spans(range: string): Span[] {
  return range
    .split(',')
    .map((part): Span => {
      const [from = '', to = from] = part.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(from, 16), parseInt(to, 16)];
    })
    .sort((x, y) => x[0] - y[0]);
}

/** Marks the page for what waits on it (the exports). */
export const markPage = (name: PageAttribute): void => document.documentElement.setAttribute(name, '');

/** A slide's heading: the title the build writes first on every slide (`#` or `##`). */
export const slideHeading = (slide: Element | null | undefined): HTMLElement | null => slide?.querySelector<HTMLElement>('h1, h2') ?? null;

/** A slide's title as it reads, or `fallback` for a slide without one. */
export const slideTitle = (slide: Element | null | undefined, fallback = ''): string => slideHeading(slide)?.textContent?.trim() || fallback;

/** A slide's notes: in the slide, or under it on its page in the scroll view. */
export const slideNotes = (slide: Element | null | undefined): Element | null =>
  slide?.querySelector(':scope > aside.notes') ?? slide?.closest('.scroll-page')?.querySelector('aside.notes') ?? null;

/** What a speaker preview's first script keeps (index.html): the messages that came before `listening`. */
interface HeldCalls {
  calls: string[];
  listening: () => boolean;
}

/**
 * Makes the calls the speaker window sent a preview before reveal listened, once it does, in their
 * order (its setState, then its next). From `listens` on the page's first script keeps none: reveal
 * has each of them itself, and one made twice (a `next`) would move the preview a slide too far.
 */
export function replayHeldCalls(listens: () => boolean): { replay(): void } {
  const held = (window as unknown as Record<string, HeldCalls | undefined>)[HELD_CALLS];
  if (held) held.listening = listens;
  return {
    replay() {
      for (const data of held?.calls.splice(0) ?? []) window.dispatchEvent(new MessageEvent('message', { data }));
    },
  };
}
