// Recording a rehearsal from the speaker view: the time on each slide (every visit added up,
// fragments included; time in the overview or blacked out counted apart), until Stop or until
// the deck leaves its last slide.
import type { RevealDeck } from '../reveal-deck.js';

export interface RehearsalRecord {
  slides: Map<string, number>;
  /** Seconds in the overview or blacked out, not on any slide. */
  apart: number;
}

export function startRehearsal(deck: RevealDeck, onEnd: (record: RehearsalRecord) => void): { stop(): void } {
  const slides = new Map<string, number>(deck.getSlides().map((s) => [s.id, 0]));
  let apart = 0;
  let since = Date.now();
  let current = deck.getCurrentSlide()?.id ?? '';
  const away = () => deck.isOverview() || deck.isPaused();
  let wasAway = away();
  const account = () => {
    const now = Date.now();
    const seconds = (now - since) / 1000;
    if (wasAway) apart += seconds;
    else slides.set(current, (slides.get(current) ?? 0) + seconds);
    since = now;
    current = deck.getCurrentSlide()?.id ?? current;
    wasAway = away();
  };
  const events = ['slidechanged', 'overviewshown', 'overviewhidden', 'paused', 'resumed'];
  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    account();
    for (const event of events) deck.off(event, onEvent);
    onEnd({ slides: new Map([...slides].map(([id, s]) => [id, Math.round(s)])), apart: Math.round(apart) });
  };
  const onEvent = (event: Event) => {
    const last = deck.getSlides().at(-1)?.id;
    const leaving = event.type === 'slidechanged' && current === last && deck.getCurrentSlide()?.id !== last;
    account();
    if (leaving) end();
  };
  for (const event of events) deck.on(event, onEvent);
  return { stop: end };
}
