// The speaker's phone (`?remote=KEY`): big Previous and Next, the slide's and the next one's
// titles, the notes, the clock and the pacing; it follows the leader and sends it the buttons' moves.
import type { LiveAction, LiveCommand } from '../../shared/live-messages.js';
import { KEY_HEADER, PARAMS, ROUTES } from '../../shared/page-contract.js';
import type { UiText } from '../../shared/ui-text.js';
import { slideNotes, slideTitle } from '../deck-page.js';
import type { RevealDeck } from '../reveal-deck.js';
import { minutesAndSeconds, plannedTimes, talkPace, talkWords } from '../speaker/pacing.js';
import { liveStream } from './live-stream.js';

export function showRemote(deck: RevealDeck, key: string, text: UiText): void {
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
      const command: LiveCommand = { action: button.dataset['action'] as LiveAction };
      void fetch(ROUTES.liveCommand, { method: 'POST', headers: { 'Content-Type': 'application/json', [KEY_HEADER]: key }, body: JSON.stringify(command) });
    });
  }
  document.body.append(panel);
  document.documentElement.classList.add('live-remote-page');
  const slides = deck.getSlides();
  // The clock starts at the talk's first move seen here, from the slide it was on.
  let started: number | undefined;
  let startIndex = 0;
  let seq: number | undefined;
  const planned = plannedTimes(slides);
  // The leader's slide, as the server last said (the remote's own deck stays hidden under it).
  let index = 0;
  const update = () => {
    const current = slides[index];
    now.textContent = slideTitle(current);
    next.textContent = slides[index + 1] ? `${text.next}: ${slideTitle(slides[index + 1])}` : '';
    notes.textContent = slideNotes(current)?.textContent?.trim() ?? '';
    const elapsed = started === undefined ? 0 : (Date.now() - started) / 1000;
    clock.textContent = minutesAndSeconds(elapsed);
    if (started === undefined) return;
    pace.textContent = talkWords(talkPace(planned, startIndex, index, elapsed), text);
  };
  setInterval(update, 1000);
  update();
  // With the key: the speaker's phone is no follower, neither counted nor ever turned away.
  liveStream(`${ROUTES.liveEvents}?${PARAMS.key}=${encodeURIComponent(key)}`).on('state', (leader) => {
    if (seq !== undefined && leader.seq !== seq && started === undefined) {
      started = Date.now();
      startIndex = index;
    }
    seq = leader.seq;
    index = leader.h;
    update();
  });
}
