// Live presenting, on a page `deck present` serves (it marks <html data-live>): the speaker's
// deck leads (its address carries the key), every other deck follows, slide by slide. A follower
// may leave to browse on its own; "Back to live" rejoins. Server-Sent Events bring the leader's
// position and reconnect by themselves; the current position comes first on every connection.
import { listen, type LiveEvent, type TabMessage } from './live-events.js';
import { LEAD_PARAM, LIVE_COMMAND, LIVE_EVENTS, LIVE_KEY_HEADER, LIVE_QR, LIVE_STATE, REMOTE_PARAM, type LiveEventType } from './live-names.js';
import { minutesAndSeconds, plannedTimes, talkPace, talkWords } from './pacing.js';
import type { RevealDeck } from './reveal-deck.js';
import type { UiText } from './ui-text.js';

let uiText = (): UiText => {
  throw new Error('live: startLive first');
};

const LIVE_COUNT_ID = 'deck-live-count';
const LIVE_REMOTE_QR_ID = 'deck-live-remote-qr';

interface LiveState {
  h: number;
  v: number;
  f: number;
  overview: boolean;
  paused: boolean;
}

/** `text`: the deck's own words in the slides' language (passed in: this file loads on its own). */
export function startLive(deck: RevealDeck, text: UiText): void {
  uiText = () => text;
  const params = new URLSearchParams(location.search);
  const key = params.get(LEAD_PARAM);
  const remoteKey = params.get(REMOTE_PARAM);
  if (key) lead(deck, key);
  else if (remoteKey) remote(deck, remoteKey);
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
  // Q shows the audience's address as a QR code across the screen, for the room to scan.
  const qr = document.createElement('div');
  qr.className = 'live-qr';
  qr.hidden = true;
  const code = document.createElement('img');
  code.alt = uiText().scanToFollow;
  const caption = document.createElement('p');
  caption.textContent = uiText().scanToFollow;
  qr.append(code, caption);
  document.body.append(qr);
  deck.addKeyBinding({ keyCode: 81, key: 'Q', description: uiText().scanToFollow }, () => {
    code.src ||= LIVE_QR;
    qr.hidden = !qr.hidden;
  });
  const events = liveEvents(`${LIVE_EVENTS}?key=${encodeURIComponent(key)}`);
  // The speaker view (S) shows the count too, above its clock: the speaker looks there, not at
  // the projected badge.
  let speaker: Document | undefined;
  const showCount = () => {
    const controls = speaker?.getElementById('speaker-controls');
    if (!speaker || !controls) return;
    let count = speaker.getElementById(LIVE_COUNT_ID);
    if (!count) {
      // The count, and the remote's address as a code to scan with the speaker's phone.
      const box = speaker.createElement('div');
      box.style.cssText = 'display:flex;align-items:center;gap:12px;padding:8px 10px';
      const code = speaker.createElement('img');
      code.id = LIVE_REMOTE_QR_ID;
      code.src = `${LIVE_QR}?for=remote&key=${encodeURIComponent(key)}`;
      code.alt = uiText().remote;
      code.style.cssText = 'width:120px;height:120px;background:#fff';
      count = speaker.createElement('div');
      count.id = LIVE_COUNT_ID;
      count.style.cssText = 'font:700 16px var(--font, sans-serif);color:#b02a1e';
      box.append(code, count);
      controls.prepend(box);
    }
    count.textContent = badge.text.textContent;
  };
  window.addEventListener('message', (event) => {
    if (typeof event.data !== 'string' || !event.data.includes('"reveal-notes"')) return;
    try {
      const source = event.source as Window | null;
      if (source && source !== window && source.document.getElementById('speaker-controls')) {
        speaker = source.document;
        showCount();
      }
    } catch {
      // not a window of this deck's origin
    }
  });
  events.on('count', (data) => {
    const { followers, audience } = JSON.parse(data) as { followers: number; audience: string };
    badge.text.textContent = uiText().following(followers);
    caption.textContent = `${uiText().scanToFollow}: ${audience}`;
    showCount();
  });
  // The remote's Next and Previous, as the keyboard would press them.
  events.on('command', (data) => {
    const { action } = JSON.parse(data) as { action: string };
    if (action === 'next') deck.next();
    else if (action === 'prev') deck.prev();
  });
  // A page that was asleep may have missed nothing, but its position may be gone: send it again.
  events.on('open', () => {
    last = '';
    post();
  });
}

/** The speaker's phone: big Previous and Next, the slide's and the next one's titles, the notes,
 *  the clock and the pacing; it follows the leader and sends it the keyboard's moves. */
function remote(deck: RevealDeck, key: string): void {
  const text = uiText();
  const panel = document.createElement('section');
  panel.className = 'live-remote';
  panel.setAttribute('aria-label', text.remote);
  panel.innerHTML = `<div class="live-remote-head"><span class="live-remote-clock"></span><span class="live-remote-pace"></span></div>
<p class="live-remote-now"></p><p class="live-remote-next"></p>
<div class="live-remote-notes"></div>
<div class="live-remote-buttons"><button type="button" data-action="prev"></button><button type="button" data-action="next"></button></div>`;
  const part = (name: string) => panel.querySelector<HTMLElement>(`.live-remote-${name}`)!;
  const [clock, pace, now, next, notes] = [part('clock'), part('pace'), part('now'), part('next'), part('notes')];
  const buttons = panel.querySelectorAll<HTMLButtonElement>('button');
  buttons[0]!.textContent = `‹ ${text.previous}`;
  buttons[1]!.textContent = `${text.next} ›`;
  for (const button of buttons) {
    button.addEventListener('click', () => {
      void fetch(LIVE_COMMAND, { method: 'POST', headers: { 'Content-Type': 'application/json', [LIVE_KEY_HEADER]: key }, body: JSON.stringify({ action: button.dataset['action'] }) });
    });
  }
  document.body.append(panel);
  document.documentElement.classList.add('live-remote-page');
  const slides = deck.getSlides();
  const titleOf = (slide: Element | undefined) => slide?.querySelector('h1, h2')?.textContent?.trim() ?? '';
  // The clock starts at the talk's first move seen here, from the slide it was on.
  let started: number | undefined;
  let startIndex = 0;
  let seq: number | undefined;
  const planned = plannedTimes(slides);
  // The leader's slide, as the server last said (the remote's own deck stays hidden under it).
  let index = 0;
  const update = () => {
    const current = slides[index];
    now.textContent = titleOf(current);
    next.textContent = slides[index + 1] ? `${text.next}: ${titleOf(slides[index + 1])}` : '';
    // The scroll view (a phone's) moves the notes under their slide's page.
    const aside = current?.querySelector('aside.notes') ?? current?.closest('.scroll-page')?.querySelector('aside.notes');
    notes.textContent = aside?.textContent?.trim() ?? '';
    const elapsed = started === undefined ? 0 : (Date.now() - started) / 1000;
    clock.textContent = minutesAndSeconds(elapsed);
    if (started === undefined) return;
    pace.textContent = talkWords(talkPace(planned, startIndex, index, elapsed), text);
  };
  setInterval(update, 1000);
  update();
  // With the key: the speaker's phone is no follower, neither counted nor ever turned away.
  liveEvents(`${LIVE_EVENTS}?key=${encodeURIComponent(key)}`).on('state', (data) => {
    const leader = JSON.parse(data) as LiveState & { seq: number };
    if (seq !== undefined && leader.seq !== seq && started === undefined) {
      started = Date.now();
      startIndex = index;
    }
    seq = leader.seq;
    index = leader.h;
    update();
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
  liveEvents(LIVE_EVENTS).on('state', (data) => {
    leader = JSON.parse(data) as LiveState;
    apply();
  });
}

/** The live stream at `url`. A browser's tabs share one (live-stream-worker.ts), where it has
 *  shared workers; elsewhere (a phone, with its one tab of the deck) the tab opens its own. */
function liveEvents(url: string): { on(type: LiveEventType | 'open', handle: (data: string) => void): void } {
  const handlers = new Map<string, ((data: string) => void)[]>();
  const deliver = ({ type, data }: LiveEvent) => {
    for (const handle of handlers.get(type) ?? []) handle(data);
  };
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
      handlers.set(type, [...(handlers.get(type) ?? []), handle]);
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
