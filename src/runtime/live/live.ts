// Live presenting, on a page `deck present` serves (it marks the page live): the speaker's deck
// leads (its address carries the key), the speaker's phone is the remote, every other deck
// follows, slide by slide. A follower may leave to browse on its own; "Back to live" rejoins.
// Server-Sent Events bring the leader's position and reconnect by themselves; the current
// position comes first on every connection.
import { KEY_HEADER, PARAMS, ROUTES } from '../../shared/page-contract.js';
import type { UiText } from '../../shared/ui-text.js';
import type { RevealDeck } from '../reveal-deck.js';
import { createFollower } from './follower.js';
import { createLeader } from './leader.js';
import type { LiveStatus } from './live-status.js';
import { liveStream } from './live-stream.js';
import { showRemote } from './remote.js';

const Q = 81;

/** `text`: the deck's own words in the slides' language; `status`: what the speaker view shows of it. */
export function startLive(deck: RevealDeck, text: UiText, status: LiveStatus): void {
  const params = new URLSearchParams(location.search);
  const leadKey = params.get(PARAMS.lead);
  const remoteKey = params.get(PARAMS.remote);
  if (leadKey) lead(deck, leadKey, text, status);
  else if (remoteKey) showRemote(deck, remoteKey, text);
  else follow(deck, text);
}

function lead(deck: RevealDeck, key: string, text: UiText, status: LiveStatus): void {
  const leader = createLeader(deck, (state) =>
    fetch(ROUTES.liveState, { method: 'POST', headers: { 'Content-Type': 'application/json', [KEY_HEADER]: key }, body: JSON.stringify(state) }),
  );
  const badge = liveBadge();
  const qr = audienceQr(text);
  deck.addKeyBinding({ keyCode: Q, key: 'Q', description: text.scanToFollow }, qr.toggle);
  const keyed = `${PARAMS.key}=${encodeURIComponent(key)}`;
  const events = liveStream(`${ROUTES.liveEvents}?${keyed}`);
  events.on('count', ({ followers, audience }) => {
    badge.text.textContent = text.following(followers);
    qr.caption(audience);
    // The speaker view shows the count too, above its clock: the speaker looks there, not at the
    // projected badge; and the remote's address as a code to scan with the speaker's phone.
    status.set({ following: text.following(followers), remoteQr: `${ROUTES.liveQr}?${PARAMS.qrFor}=${PARAMS.remote}&${keyed}` });
  });
  events.on('command', leader.command);
  // A page that was asleep may have missed nothing, but its position may be gone: send it again.
  events.onOpen(leader.resend);
}

function follow(deck: RevealDeck, text: UiText): void {
  const badge = liveBadge();
  const show = (following: boolean) => {
    badge.root.classList.toggle('live-away', !following);
    badge.text.textContent = following ? text.live : text.backToLive;
    badge.root.setAttribute('aria-pressed', String(following));
  };
  const follower = createFollower(deck, show);
  badge.root.addEventListener('click', () => follower.rejoin());
  show(follower.following);
  liveStream(ROUTES.liveEvents).on('state', (state) => follower.leaderMoved(state));
}

/** Q's code: the audience's address across the screen, for the room to scan. */
function audienceQr(text: UiText): { toggle: () => void; caption: (audience: string) => void } {
  const qr = document.createElement('div');
  qr.className = 'live-qr';
  qr.hidden = true;
  const code = document.createElement('img');
  code.alt = text.scanToFollow;
  const caption = document.createElement('p');
  caption.textContent = text.scanToFollow;
  qr.append(code, caption);
  document.body.append(qr);
  return {
    toggle() {
      code.src ||= ROUTES.liveQr;
      qr.hidden = !qr.hidden;
    },
    caption(audience) {
      caption.textContent = `${text.scanToFollow}: ${audience}`;
    },
  };
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
