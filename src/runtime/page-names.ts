// Names the built page and the runtime agree on.

/** The id of the template that holds the Chinese slides (render/render-page.ts writes it). */
export const TRANSLATION_ID = 'deck-zh';

/** The address's parameter for the slides' language: `?lang=zh`. Not a reveal.js option. */
export const LANG_PARAM = 'lang';

/** The address's parameter for the notes' language: `?notes=zh`; bare, it opens the speaker view. */
export const NOTES_PARAM = 'notes';

/** Live presenting (`deck present`): the leader's address carries `?lead=KEY`, the remote's
 *  `?remote=KEY`; neither is a reveal.js option. The server marks the pages it serves with
 *  `<html data-live>`; the static site and offline.html have no mark and never go live. */
export const LEAD_PARAM = 'lead';
export const REMOTE_PARAM = 'remote';
export const LIVE_EVENTS = '/live/events';
export const LIVE_STATE = '/live/state';
export const LIVE_COMMAND = '/live/command';
/** The audience's address as a QR code (SVG), shown full screen by the leader's Q. */
export const LIVE_QR = '/live/qr.svg';
/** The header the leader and the remote send their key in. */
export const LIVE_KEY_HEADER = 'x-deck-key';
