// One live stream per browser, shared by all its tabs of the deck: over HTTP/1.1 a browser opens
// at most six connections to a server, and a stream per tab would take them all, leaving the
// speaker's moves to wait behind them. Each tab says which stream it listens to (the followers'
// one, or the leader's with the key) and gets its events; a tab that joins an open stream gets the
// last position and count at once, as a new connection would.
import { listen, type LiveEvent, type TabMessage } from './live-events.js';

interface Stream {
  stop: () => void;
  tabs: Set<MessagePort>;
  /** The last event of each kind that describes the present (not the remote's one-off commands). */
  last: Map<string, LiveEvent>;
}

const streams = new Map<string, Stream>();

const scope = self as unknown as { addEventListener(type: 'connect', listener: (event: MessageEvent) => void): void };
scope.addEventListener('connect', (event) => {
  const port = event.ports[0]!;
  let joined: string | undefined;
  const leave = () => {
    const stream = joined === undefined ? undefined : streams.get(joined);
    joined = undefined;
    if (!stream) return;
    stream.tabs.delete(port);
    if (stream.tabs.size) return;
    // The last tab has gone: the server counts the follower gone too.
    stream.stop();
    streams.delete([...streams].find(([, s]) => s === stream)![0]);
  };
  port.addEventListener('message', ({ data }: MessageEvent<TabMessage>) => {
    leave();
    if (!('listen' in data)) return;
    joined = data.listen;
    let stream = streams.get(joined);
    if (!stream) {
      const tabs = new Set<MessagePort>();
      const last = new Map<string, LiveEvent>();
      const stop = listen(joined, (e) => {
        if (e.type === 'state' || e.type === 'count') last.set(e.type, e);
        for (const tab of tabs) tab.postMessage(e);
      });
      stream = { stop, tabs, last };
      streams.set(joined, stream);
    }
    stream.tabs.add(port);
    for (const e of stream.last.values()) port.postMessage(e);
  });
  port.start();
});
