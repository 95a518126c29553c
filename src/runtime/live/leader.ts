// Leading: every move of the speaker's deck (a slide, a fragment, the overview, a blackout) sent
// to the server once, and the remote's commands pressed as the keyboard would. The logic alone,
// on the few reveal.js calls it makes, so a test can drive it.
import type { LiveCommand, LiveState } from '../../shared/live-messages.js';

/** The reveal.js calls leading makes. */
export interface LeadingDeck {
  getIndices(): { h: number; v?: number; f?: number };
  isOverview(): boolean;
  isPaused(): boolean;
  next(): void;
  prev(): void;
  on(type: string, listener: () => void): void;
}

export interface Leader {
  /** Sends the position again, as after a reconnection: a page that slept may have lost it. */
  resend: () => void;
  /** The remote's Next or Previous. */
  command: (command: LiveCommand) => void;
}

/** The deck's changes of state the room sees. */
const MOVES = ['slidechanged', 'fragmentshown', 'fragmenthidden', 'overviewshown', 'overviewhidden', 'paused', 'resumed'];

/** Where the deck is, as the live stream says it. */
export function position(deck: LeadingDeck): LiveState {
  const { h, v = 0, f } = deck.getIndices();
  return { h, v, f: f ?? -1, overview: deck.isOverview(), paused: deck.isPaused() };
}

/** Sends the deck's position with `send` now and at each move; a position already sent is not sent
 *  again, unless sending it failed. */
export function createLeader(deck: LeadingDeck, send: (state: LiveState) => Promise<unknown>): Leader {
  let last = '';
  const post = () => {
    const state = position(deck);
    const said = JSON.stringify(state);
    if (said === last) return;
    last = said;
    void send(state).catch(() => {
      last = ''; // sent again on the next move
    });
  };
  for (const event of MOVES) deck.on(event, post);
  post();
  return {
    resend() {
      last = '';
      post();
    },
    command({ action }) {
      if (action === 'next') deck.next();
      else deck.prev();
    },
  };
}
