// A tab's live stream. A browser's tabs share one (live-stream-worker.ts), where it has shared
// workers; elsewhere (a phone, with its one tab of the deck) the tab opens its own.
import { readLiveEvent, type LiveEventData, type LiveEventType } from '../../shared/live-messages.js';
import { listen, type LiveEvent, type TabMessage } from './live-events.js';

export interface LiveStream {
  /** Calls `handle` with each event of `type`, read. */
  on<T extends LiveEventType>(type: T, handle: (data: LiveEventData[T]) => void): void;
  /** Calls `handle` each time the stream (re)connects. */
  onOpen(handle: () => void): void;
}

/** The stream at `url` (the followers', or the speaker's with the key). */
export function liveStream(url: string): LiveStream {
  const handlers = new Map<string, ((data: string) => void)[]>();
  const deliver = ({ type, data }: LiveEvent) => {
    for (const handle of handlers.get(type) ?? []) handle(data);
  };
  const add = (type: string, handle: (data: string) => void) => handlers.set(type, [...(handlers.get(type) ?? []), handle]);
  const tell = (worker: SharedWorker, message: TabMessage) => worker.port.postMessage(message);
  if (typeof SharedWorker === 'function') {
    const worker = new SharedWorker(new URL('./live-stream-worker.ts', import.meta.url), { name: 'deck-live' });
    // A worker that cannot start (its script gone with a rebuild) leaves the tab to listen itself.
    worker.addEventListener('error', () => listen(url, deliver), { once: true });
    worker.port.addEventListener('message', (event: MessageEvent<LiveEvent>) => deliver(event.data));
    worker.port.start();
    tell(worker, { listen: url });
    addEventListener('pagehide', () => tell(worker, { leave: true }));
    // Back from the browser's page cache: listening again.
    addEventListener('pageshow', (event) => event.persisted && tell(worker, { listen: url }));
  } else {
    listen(url, deliver);
  }
  return {
    on(type, handle) {
      add(type, (data) => handle(readLiveEvent(type, data)));
    },
    onOpen(handle) {
      add('open', handle);
    },
  };
}
