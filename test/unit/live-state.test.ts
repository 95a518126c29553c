// A leader's position as the live server takes it: checked against the deck before anyone follows it.
import { expect, it } from 'vitest';
import { validState } from '../../src/shared/live-messages.js';

it('checks a position against the deck: integers within its range and two flags, nothing else', () => {
  const slides = 14;
  const last = { h: slides - 1, v: 0, f: 2, overview: true, paused: false };
  expect(validState(last, slides)).toEqual(last);
  for (const bad of [
    { h: slides, v: 0, f: -1, overview: false, paused: false },
    { h: -1, v: 0, f: -1, overview: false, paused: false },
    { h: '1', v: 0, f: -1, overview: false, paused: false },
    { h: 1, v: 0, f: -2, overview: false, paused: false },
    { h: 1, v: 0, f: -1, overview: 1, paused: false },
    { h: 1 },
  ]) {
    expect(validState(bad, slides), JSON.stringify(bad)).toBeUndefined();
  }
});
