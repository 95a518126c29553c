// Following the leader: each position it sends is shown at once, until the reader moves on their
// own (a key, a swipe, the outline, search); the deck then stays where the reader took it until
// they rejoin. The logic alone, on the few reveal.js calls it makes, so a test can drive it.
import type { LiveState } from '../../shared/live-messages.js';

/** The reveal.js calls following makes. */
export interface FollowingDeck {
  getIndices(): { h: number; v?: number; f?: number };
  slide(h: number, v?: number, f?: number): void;
  isOverview(): boolean;
  toggleOverview(on: boolean): void;
  isPaused(): boolean;
  togglePause(on: boolean): void;
  isScrollView(): boolean;
  on(type: string, listener: () => void): void;
}

export interface Follower {
  /** Whether the deck shows the leader's position (else the reader has left it). */
  readonly following: boolean;
  /** The leader's new position: shown at once while following. */
  leaderMoved(state: LiveState): void;
  /** Back to live: following again, from the leader's position. */
  rejoin(): void;
}

/** A reader's moves: any of these not caused by the leader leaves the live position. */
const MOVES = ['slidechanged', 'fragmentshown', 'fragmenthidden', 'overviewshown', 'overviewhidden'];

/** The scroll view reports a move of ours a moment later, as the page scrolls there. */
const ECHO_MS = 800;

/** `onChange` hears each change of `following`; `now` is the clock, in milliseconds. */
export function createFollower(deck: FollowingDeck, onChange: (following: boolean) => void, now: () => number = () => performance.now()): Follower {
  let following = true;
  let leader: LiveState | undefined;
  let applying = false;
  let applied = -Infinity;
  const apply = () => {
    if (!following || !leader) return;
    applying = true;
    applied = now();
    try {
      if (deck.isOverview() !== leader.overview) deck.toggleOverview(leader.overview);
      deck.slide(leader.h, leader.v, leader.f);
      if (deck.isPaused() !== leader.paused) deck.togglePause(leader.paused);
    } finally {
      applying = false;
    }
  };
  // An event soon after our own move, or one that lands where the leader is, is not the reader's
  // (the scroll view shows every fragment, so there a fragment is no position of its own).
  const atLeader = () => {
    const { h, v = 0, f = -1 } = deck.getIndices();
    return !leader || (h === leader.h && v === leader.v && (f === leader.f || deck.isScrollView()));
  };
  for (const event of MOVES) {
    deck.on(event, () => {
      if (applying || !following || now() - applied < ECHO_MS || atLeader()) return;
      following = false;
      onChange(following);
    });
  }
  return {
    get following() {
      return following;
    },
    leaderMoved(state) {
      leader = state;
      apply();
    },
    rejoin() {
      following = true;
      onChange(following);
      apply();
    },
  };
}
