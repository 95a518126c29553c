// The room as `deck present` keeps it: every deck listening to the live stream, the leader's
// position and how many follow. The leader's moves go out to all, the count and the remote's
// commands to the speaker's pages (the leader and the remote), who listen with the key.
import type { ServerResponse } from 'node:http';
import { printLiveEvent, type LiveAction, type LiveEventData, type LiveEventType, type LiveState } from '../shared/live-messages.js';

/** How often a quiet stream says it is alive, so that proxies and phones keep it open. */
const HEARTBEAT_MS = 15_000;

export interface LiveRoom {
  /** Decks following now (the speaker's pages are not counted). */
  followers: () => number;
  /** Adds a listener on `res` until its request closes: it gets the position at once. */
  join(res: ServerResponse, onClose: (listener: () => void) => void, speaker: boolean): void;
  /** The leader's new position, to everyone. */
  move(state: LiveState): void;
  /** The remote's command, to the leader. */
  command(action: LiveAction): void;
  /** Ends every stream. */
  close(): void;
}

/** `audience`: the address the room opens, which the leader is told with the count. */
export function createLiveRoom(audience: string): LiveRoom {
  let state: LiveState = { h: 0, v: 0, f: -1, overview: false, paused: false };
  let sequence = 0;
  let followers = 0;
  const listeners = new Set<{ res: ServerResponse; speaker: boolean }>();
  const send = <T extends LiveEventType>(res: ServerResponse, type: T, data: LiveEventData[T]) => res.write(printLiveEvent(type, data));
  const toSpeaker = <T extends LiveEventType>(type: T, data: LiveEventData[T]) => {
    for (const l of listeners) if (l.speaker) send(l.res, type, data);
  };
  const count = () => toSpeaker('count', { followers, audience });

  return {
    followers: () => followers,
    join(res, onClose, speaker) {
      res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
      // Reconnect after a second when the Wi-Fi drops or the server restarts.
      res.write('retry: 1000\n\n');
      const listener = { res, speaker };
      listeners.add(listener);
      if (!speaker) followers++;
      send(res, 'state', { ...state, seq: sequence });
      count();
      const beat = setInterval(() => res.write(': beat\n\n'), HEARTBEAT_MS);
      onClose(() => {
        clearInterval(beat);
        if (!listeners.delete(listener)) return;
        if (!speaker) followers--;
        count();
      });
    },
    move(next) {
      state = next;
      sequence++;
      for (const l of listeners) send(l.res, 'state', { ...state, seq: sequence });
    },
    command(action) {
      toSpeaker('command', { action });
    },
    close() {
      for (const l of listeners) l.res.end();
      listeners.clear();
    },
  };
}
