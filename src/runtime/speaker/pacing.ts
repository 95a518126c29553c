// Pacing against the plan, for the speaker view and the phone remote: where the talk stands and
// how the current slide is doing, as a state (for colour) and seconds (for the words and sign).
import type { UiText } from '../../shared/ui-text.js';

export type PaceState = 'ahead' | 'on-time' | 'behind';

export interface Pace {
  state: PaceState;
  /** How far ahead or behind, in whole seconds; 0 on time. */
  seconds: number;
}

/**
 * Each slide's planned seconds, as the build writes them on every slide (`data-timing`: its own
 * timing, or its share of the talk). The speaker view, its rehearsal report and the remote read
 * the plan here, and only here.
 */
export function plannedTimes(slides: readonly Element[]): number[] {
  return slides.map((s) => Number(s.getAttribute('data-timing')) || 0);
}

/** Seconds as m:ss (or h:mm:ss past the hour), without a sign. */
export function minutesAndSeconds(seconds: number): string {
  const whole = Math.round(Math.abs(seconds));
  const [h, m, s] = [Math.floor(whole / 3600), Math.floor(whole / 60) % 60, whole % 60];
  const ss = String(s).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/**
 * The talk as a whole: the clock started on slide `from`; each slide since should have taken its
 * planned time. Arriving on a slide before its planned start is ahead; still on it after its
 * planned end is behind; in between is on time.
 */
export function talkPace(planned: readonly number[], from: number, index: number, elapsed: number): Pace {
  const due = planned.slice(from, Math.max(from, index)).reduce((a, b) => a + b, 0);
  const end = due + (planned[index] ?? 0);
  if (elapsed < due) return { state: 'ahead', seconds: Math.round(due - elapsed) };
  if (elapsed > end) return { state: 'behind', seconds: Math.round(elapsed - end) };
  return { state: 'on-time', seconds: 0 };
}

/** The current slide: its planned time against the time spent on it since arriving. */
export function slidePace(planned: number, spent: number): Pace {
  return spent > planned ? { state: 'behind', seconds: Math.round(spent - planned) } : { state: 'on-time', seconds: Math.round(planned - spent) };
}

/** The talk's pace in words, with its sign: "+1:20 behind", "−0:35 ahead", "on time". */
export function talkWords(pace: Pace, text: UiText): string {
  const time = minutesAndSeconds(pace.seconds);
  return pace.state === 'behind' ? text.behind(time) : pace.state === 'ahead' ? text.ahead(time) : text.onTime;
}

/** The current slide's pace in words: "0:35 left", "+0:20 over". */
export function slideWords(pace: Pace, text: UiText): string {
  return (pace.state === 'behind' ? text.over : text.left)(minutesAndSeconds(pace.seconds));
}
