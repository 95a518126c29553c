// The time planned for each slide, for the speaker view's pacing: a slide's own `timing`, and an
// equal share of what the talk's length leaves for the others. Shared by the check (which warns
// when nothing is left) and the render (which writes every slide's plan into the page).

/** Below this a slide cannot be presented at all; the plan then shares the whole talk out. */
export const MIN_SHARE_SECONDS = 15;

export interface TimingPlan {
  /** Seconds for each slide, in order, adding up to the talk's length (give or take rounding). */
  seconds: number[];
  /** Set when the given timings leave too little for the slides without one. */
  overfull?: { given: number; untimed: number };
}

export function planTimings(timings: readonly (number | undefined)[], totalSeconds: number): TimingPlan {
  const given = timings.reduce<number>((sum, t) => sum + (t ?? 0), 0);
  const timed = timings.filter((t) => t !== undefined).length;
  const untimed = timings.length - timed;
  const share = untimed > 0 ? (totalSeconds - given) / untimed : 0;
  if (untimed === 0 || share >= MIN_SHARE_SECONDS) {
    return { seconds: timings.map((t) => Math.round(t ?? share)) };
  }
  // Too little left: the untimed slides count as long as the average timed one, and every slide is
  // scaled so that the plan still fits the talk.
  const average = timed > 0 ? given / timed : totalSeconds / timings.length;
  const scale = totalSeconds / (given + untimed * average);
  return { seconds: timings.map((t) => Math.round((t ?? average) * scale)), overfull: { given, untimed } };
}
