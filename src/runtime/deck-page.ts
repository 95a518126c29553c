// What the runtime asks of the page, each question answered one way: which view this is (the
// print view, a speaker preview), what its server marked on it, and a slide's title and notes.
import { FACES_ID, HELD_CALLS, PARAMS, type PageAttribute } from '../shared/page-contract.js';

const query = (): URLSearchParams => new URLSearchParams(location.search);

/** reveal.js's print view, which the exports open (`?print-pdf`); reveal asks the same. */
export const isPrintView = (): boolean => query().has(PARAMS.print);

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
