// Pacing in words, and the list of keys the deck shows on `?` against the README's.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { minutesAndSeconds, slidePace, slideWords, talkPace, talkWords } from '../../src/runtime/speaker/pacing.js';
import { UI_TEXT } from '../../src/shared/ui-text.js';

const en = UI_TEXT.en;
const planned = [45, 30, 15, 135];

describe('pacing', () => {
  it('counts the talk from the slide the clock started on', () => {
    // Started on the first slide: on the third, due at 75 s and done at 90 s.
    expect(talkWords(talkPace(planned, 0, 2, 60), en)).toBe('−0:15 ahead');
    expect(talkWords(talkPace(planned, 0, 2, 80), en)).toBe('on time');
    expect(talkWords(talkPace(planned, 0, 2, 170), en)).toBe('+1:20 behind');
    // Started on the second: the first slide's time is not owed.
    expect(talkWords(talkPace(planned, 1, 2, 40), en)).toBe('on time');
    expect(talkWords(talkPace(planned, 1, 1, 40), en)).toBe('+0:10 behind');
    // Gone back before the slide it started on: nothing is due yet.
    expect(talkPace(planned, 2, 0, 10)).toEqual({ state: 'on-time', seconds: 0 });
  });

  it('says what is left of the slide, or how far over it is', () => {
    expect(slideWords(slidePace(45, 10), en)).toBe('0:35 left');
    expect(slideWords(slidePace(45, 65), en)).toBe('+0:20 over');
    expect(slideWords(slidePace(45, 65), UI_TEXT.zh)).toBe('超时 +0:20');
  });

  it('writes m:ss, and h:mm:ss past the hour', () => {
    expect(minutesAndSeconds(0)).toBe('0:00');
    expect(minutesAndSeconds(59.6)).toBe('1:00');
    expect(minutesAndSeconds(-95)).toBe('1:35');
    expect(minutesAndSeconds(3725)).toBe('1:02:05');
  });
});

describe('the list of keys', () => {
  it('is the README’s table, in both languages', () => {
    const readme = readFileSync('README.md', 'utf8');
    const table = readme.slice(readme.indexOf('**Keys.**'), readme.indexOf('\n\n', readme.indexOf('| key | does |')));
    const rows = table.split('\n').filter((line) => /^\| (?!key |---)/.test(line));
    const fromReadme = rows.map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim().replace(/`/g, '')),
    );
    expect(en.keys.map(([keys, does]) => [keys, does.replace(/’/g, "'")])).toEqual(fromReadme);
    expect(
      UI_TEXT.zh.keys.map(([keys]) =>
        keys
          .replace(/[，、]/g, ',')
          .replace(/空格/, 'Space')
          .replace(/ 或 /, ' or ')
          .replace(/,(?! )/g, ', '),
      ),
    ).toEqual(en.keys.map(([keys]) => keys));
  });
});
