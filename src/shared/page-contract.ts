// Every name the built page and its servers (the dev server, `deck present`, the exports) agree
// on, written once: the addresses the servers answer, the header and the query parameters they
// read, the attributes the page carries and what it keeps in the browser. The Node side and the
// runtime both import this file; it imports nothing.

/** The addresses the servers answer besides the deck's own files. */
export const ROUTES = {
  /** The dev server's Save timings: a rehearsal POSTed and written into the slides. */
  timings: '/__deck/timings',
  /** `deck present`: the leader's position out to every deck, as Server-Sent Events. */
  liveEvents: '/live/events',
  /** `deck present`: the leader's position in. */
  liveState: '/live/state',
  /** `deck present`: the remote's Next and Previous in. */
  liveCommand: '/live/command',
  /** `deck present`: the audience's address as a QR code (SVG), or the remote's for the speaker. */
  liveQr: '/live/qr.svg',
} as const;

/** Every live route starts so; anything else under it is not found. */
export const LIVE_PREFIX = '/live/';

/** The header the speaker's page (leading, the remote, Save timings) sends its key in. */
export const KEY_HEADER = 'x-deck-key';

/** The address's query parameters the page and the servers read. */
export const PARAMS = {
  /** The slides' language: `?lang=zh`. Not a reveal.js option. */
  lang: 'lang',
  /** The notes' language, `?notes=zh`; bare, it opens the speaker view. */
  notes: 'notes',
  /** reveal.js's view, `?view=scroll`; reveal reads it itself. */
  view: 'view',
  /** reveal.js's print view, which the exports open: `?print-pdf`. */
  print: 'print-pdf',
  /** The print view the PowerPoint file is read from, `?print-pdf&office`: laid out for an office
   *  program, which may draw it in wider faces (OFFICE_CLASS). Not a reveal.js option. */
  office: 'office',
  /** reveal.js's speaker view loads its previews with `?receiver`. */
  speakerPreview: 'receiver',
  /** `deck present`: the presenter's address carries `?lead=KEY`. */
  lead: 'lead',
  /** `deck present`: the remote's address carries `?remote=KEY`. */
  remote: 'remote',
  /** The key in a live address of the leader or the remote (an EventSource sends no headers). */
  key: 'key',
  /** The QR code's subject: `?for=remote` is the remote's address, for the speaker alone. */
  qrFor: 'for',
} as const;

/** The attributes of the page's `<html>` element, which the servers set and the page reads. */
export const PAGE_ATTRIBUTES = {
  /** Served by `deck present`: the deck leads or follows. The static site never goes live. */
  live: 'data-live',
  /** Served by the dev server: the key Save timings sends, written only into that page. */
  timingsKey: 'data-timings-key',
  /** The deck's translations, each `code=inline` (a template in the page) or `code=` its file's
   *  address, space-separated (shared/languages.ts reads and prints it). */
  translated: 'data-translated',
  /** The site's script, loaded by the page's first script once the first slide is painted. */
  entry: 'data-entry',
  /** Set by the page once every slide is fitted; the exports wait for it. */
  fitted: 'data-fitted',
  /** Set by the page once the print view is laid out; the exports wait for it. */
  printReady: 'data-print-ready',
} as const;

export type PageAttribute = (typeof PAGE_ATTRIBUTES)[keyof typeof PAGE_ATTRIBUTES];

/** The attributes of the deck (`.reveal`) and of each slide the build writes and the page reads. */
export const DECK_ATTRIBUTES = {
  /** The talk's length in seconds, on `.reveal`: reveal's pacing and the rehearsal's report. */
  totalTime: 'data-total-time',
  /** A slide's planned seconds: its own timing, or its share of the talk. */
  timing: 'data-timing',
  /** The title of the part a slide belongs to. */
  part: 'data-part',
} as const;

/** The id of the page's stylesheet of the deck's faces, turned on once the first slide is painted
 *  (at once in the print view): until then the page is set in the system faces that stand in for them. */
export const FACES_ID = 'deck-faces';

/** The id of the page's stylesheet of the faces a page opening in Chinese paints its opening slide
 *  in, that slide's characters alone; its `data-files` lists their files, which the page's first
 *  script asks for at once. */
export const OPENING_FACES_ID = 'deck-opening-faces';

/** The id of the template that holds a translation's slides: `deck-zh`, `deck-pt-BR`. */
export const translationId = (code: string): string => `deck-${code}`;

/** The Chinese translation's template, which the page's first script reads before any other. */
export const TRANSLATION_ID = translationId('zh');

/** In a translation's slides, the interface's words of a language written as data (JSON). */
export const WORDS_SELECTOR = '[data-deck-words]';

/** The id of the template that holds the Chinese deck's opening slide alone, where the Chinese
 *  slides are a file of the site: the page shows it before their file and the deck's code come. */
export const OPENING_ID = 'deck-zh-opening';

/** The property of `window` under which a speaker preview's first script keeps the calls the speaker
 *  window makes before the deck's code listens (index.html; deck-page.ts makes them then). */
export const HELD_CALLS = 'deckHeldCalls';

/** The root's class while a narrow window's page is laid out as the scroll view's first page, before
 *  reveal.js (index.html sets it, filled in by the build; browse.css lays the page out, in its own
 *  words; the runtime lifts it). */
export const SCROLL_FIRST_CLASS = 'deck-scroll-first';

/** The root's class when the page paints nothing before reveal.js: a deck opening on another slide,
 *  in the scroll view by choice, or in a translation whose opening slide the page does not hold
 *  (index.html sets it, filled in by the build; theme.css reads it in its own words). */
export const OPENS_ELSEWHERE_CLASS = 'deck-opens-elsewhere';

/** The root's class when the page paints the Chinese opening slide it holds, in faces cut to it
 *  (index.html sets and reads it, filled in by the build). */
export const OPENS_ZH_CLASS = 'deck-opens-zh';

/** The root's class in the print view the PowerPoint file is read from (PARAMS.office): theme.css
 *  gives there the room a wider face needs where the page has room to spare. */
export const OFFICE_CLASS = 'deck-office';

/** What the deck keeps in the reader's browser, by key. The page's first script reads the first three. */
export const STORAGE_KEYS = {
  /** The reader's choice of slide or scroll view. */
  view: 'deck-view',
  /** The language the reader chose for the slides. */
  lang: 'deck-lang',
  /** The language the speaker chose for the notes, where it differs from the slides'. */
  notes: 'deck-notes-lang',
  /** The speaker view's notes text size, in CSS pixels. */
  notesSize: 'deck-notes-size',
} as const;

/** The dev server's message with the deck's warnings; the page asks for it too, on loading. */
export const DEV_WARNINGS_EVENT = 'deck:warnings';

/** The dev server's message after an edit that changed only slides: their new markup, for the
 *  open pages to put in place of the old (anything more, and it reloads them instead). */
export const DEV_SLIDES_EVENT = 'deck:slides';

/** A slide edited, in one of the deck's languages: its `<section>` as the compiler renders it, its
 *  notes within, under the same id and with the same attributes as before. */
export interface EditedSlide {
  id: string;
  html: string;
}

/** What `DEV_SLIDES_EVENT` carries: each language's edited slides, by language code (the source
 *  language's among them). No slide edited is a message too: the last mistake was undone. */
export type EditedSlides = Record<string, EditedSlide[]>;
