// The live server's event stream as a deck listens to it, in a tab or in the worker that shares one
// stream among a browser's tabs (live-stream-worker.ts); and the messages between the two.
import { LIVE_EVENT_TYPES, type LiveEventType } from '../../shared/live-messages.js';

/** One event of the stream, its data as the server sent it (JSON); `open` each time it connects. */
export interface LiveEvent {
  type: LiveEventType | 'open';
  data: string;
}

/** What a tab tells the worker: the stream it listens to, or that it is leaving. */
export type TabMessage = { listen: string } | { leave: true };

/** How long a follower the server turned away waits before it asks again, at least (ms). */
const RETRY_MS = 5_000;

/** Listens to the stream at `url` until the returned function is called. EventSource reconnects by
 *  itself when the network drops, but not when the server answers with an error (the room is full):
 *  then it asks again a few seconds later, at a random moment so the room does not ask at once. */
export function listen(url: string, deliver: (event: LiveEvent) => void): () => void {
  let source: EventSource | undefined;
  let retry: ReturnType<typeof setTimeout> | undefined;
  const open = () => {
    const events = new EventSource(url);
    source = events;
    events.addEventListener('open', () => deliver({ type: 'open', data: '' }));
    for (const type of LIVE_EVENT_TYPES) events.addEventListener(type, (event) => deliver({ type, data: (event as MessageEvent<string>).data }));
    events.addEventListener('error', () => {
      if (events.readyState === EventSource.CLOSED && source === events) retry = setTimeout(open, RETRY_MS * (1 + 2 * Math.random()));
    });
  };
  open();
  return () => {
    clearTimeout(retry);
    source?.close();
    source = undefined;
  };
}
