// Names the live server (present/live-server.ts) and the live runtime (live.ts) agree on; a file
// of their own, so the static deck's chunks never load them.
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
/** The events of the live stream: the leader's position (to everyone), the count of followers and
 *  the remote's commands (to the leader). */
export const LIVE_EVENT_TYPES = ['state', 'count', 'command'] as const;
export type LiveEventType = (typeof LIVE_EVENT_TYPES)[number];
