// Live presenting, on a page `deck present` serves (it marks <html data-live>): the speaker's
// deck leads (its address carries the key), every other deck follows, slide by slide. A follower
// may leave to browse on its own; "Back to live" rejoins. Server-Sent Events bring the leader's
// position and reconnect by themselves; the current position comes first on every connection.
import { LEAD_PARAM, LIVE_EVENTS, LIVE_KEY_HEADER, LIVE_STATE } from './page-names.js';
import type { RevealDeck } from './reveal-deck.js';
import { uiText } from './language.js';

interface LiveState {
  h: number;
  v: number;
  f: number;
  overview: boolean;
  paused: boolean;
}

export function startLive(deck: RevealDeck): void {
  const key = new URLSearchParams(location.search).get(LEAD_PARAM);
  if (key) lead(deck, key);
  else follow(deck);
}

function position(deck: RevealDeck): LiveState {
  const { h, v = 0, f } = deck.getIndices();
  return { h, v, f: f ?? -1, overview: deck.isOverview(), paused: deck.isPaused() };
}

function lead(deck: RevealDeck, key: string): void {
  let last = '';
  const post = () => {
    const body = JSON.stringify(position(deck));
    if (body === last) return;
    last = body;
    void fetch(LIVE_STATE, { method: 'POST', headers: { 'Content-Type': 'application/json', [LIVE_KEY_HEADER]: key }, body }).catch(() => {
      last = ''; // sent again on the next move
    });
  };
  for (const event of ['slidechanged', 'fragmentshown', 'fragmenthidden', 'overviewshown', 'overviewhidden', 'paused', 'resumed']) deck.on(event, post);
  post();
  const badge = liveBadge();
  const events = new EventSource(`${LIVE_EVENTS}?key=${encodeURIComponent(key)}`);
  events.addEventListener('count', (event) => {
    const { followers } = JSON.parse((event as MessageEvent<string>).data) as { followers: number };
    badge.text.textContent = uiText().following(followers);
  });
  // The remote's Next and Previous, as the keyboard would press them.
  events.addEventListener('command', (event) => {
    const { action } = JSON.parse((event as MessageEvent<string>).data) as { action: string };
    if (action === 'next') deck.next();
    else if (action === 'prev') deck.prev();
  });
  // A page that was asleep may have missed nothing, but its position may be gone: send it again.
  events.addEventListener('open', () => {
    last = '';
    post();
  });
}

function follow(deck: RevealDeck): void {
  let following = true;
  let leader: LiveState | undefined;
  let applying = false;
  const badge = liveBadge();
  const show = () => {
    badge.root.classList.toggle('live-away', !following);
    badge.text.textContent = following ? uiText().live : uiText().backToLive;
    badge.root.setAttribute('aria-pressed', String(following));
  };
  let applied = 0;
  const apply = () => {
    if (!following || !leader) return;
    applying = true;
    applied = performance.now();
    try {
      if (deck.isOverview() !== leader.overview) deck.toggleOverview(leader.overview);
      deck.slide(leader.h, leader.v, leader.f);
      if (deck.isPaused() !== leader.paused) deck.togglePause(leader.paused);
    } finally {
      applying = false;
    }
  };
  // The reader's own move (a key, a swipe, the outline, search) leaves the live position. The
  // scroll view reports a move of ours a moment later, as the page scrolls there: an event soon
  // after ours, or one that lands where the leader is, is not the reader's.
  const atLeader = () => {
    const { h, v = 0, f = -1 } = deck.getIndices();
    return !leader || (h === leader.h && v === leader.v && (f === leader.f || deck.isScrollView()));
  };
  for (const event of ['slidechanged', 'fragmentshown', 'fragmenthidden', 'overviewshown', 'overviewhidden']) {
    deck.on(event, () => {
      if (applying || !following || performance.now() - applied < 800 || atLeader()) return;
      following = false;
      show();
    });
  }
  badge.root.addEventListener('click', () => {
    following = true;
    show();
    apply();
  });
  show();
  const events = new EventSource(LIVE_EVENTS);
  events.addEventListener('state', (event) => {
    leader = JSON.parse((event as MessageEvent<string>).data) as LiveState;
    apply();
  });
}

/** The Live badge: a button, so a follower who left can press it to rejoin. */
function liveBadge(): { root: HTMLButtonElement; text: HTMLSpanElement } {
  const root = document.createElement('button');
  root.type = 'button';
  root.className = 'live-badge';
  const dot = document.createElement('span');
  dot.className = 'live-dot';
  dot.setAttribute('aria-hidden', 'true');
  const text = document.createElement('span');
  root.append(dot, text);
  document.body.append(root);
  return { root, text };
}
