// The system faces a page is painted in before the deck's own have loaded, adjusted to the deck's
// faces' metrics (size-adjust, ascent-override, descent-override, line-gap-override, read at build
// time from the files the page ships, as Next.js's font fallback does): each line takes the room
// the deck's face will give it, so nothing moves when the deck's face swaps in.
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Font } from '@capsizecss/unpack';
import { writeFileAtomic } from '../files/atomic-write.js';
import { ROOT } from '../project-root.js';
import type { CutFace } from './font-faces.js';

// Reading a face's metrics unpacks it and lays out a sample text: half a second a face on a busy
// machine. Kept on disk by the face's file name, which its content names.
const DISK_CACHE = join(ROOT, 'node_modules/.cache/deck-font-metrics');

/** The family names the page's stylesheet lists after each face of the deck (theme.css). */
export const FALLBACK_FAMILIES = { Inter: ['Inter fallback', 'Inter fallback Roboto'], 'Noto Sans SC': ['Noto Sans SC fallback'] } as const;

type Metrics = Pick<Font, 'ascent' | 'descent' | 'lineGap' | 'unitsPerEm' | 'xWidthAvg'>;

/**
 * The system faces Inter falls back to, each with the names `local()` finds it by, and its metrics
 * by weight (from the Capsize metrics collection; its package is 170 MB for these few numbers).
 * Arial's widths are shared by Liberation Sans and Arimo (made to match it) and, near enough,
 * Helvetica; Roboto is the Android phone's. Only their average letter's width matters: the lines'
 * heights are the deck's face's.
 */
const LATIN_SYSTEM_FACES: readonly {
  family: string;
  local: Record<400 | 700, string[]>;
  metrics: Record<400 | 700, Pick<Metrics, 'unitsPerEm' | 'xWidthAvg'>>;
}[] = [
  {
    family: FALLBACK_FAMILIES.Inter[0],
    local: {
      400: ['Arial', 'ArialMT', 'Liberation Sans', 'LiberationSans', 'Arimo', 'Helvetica'],
      700: ['Arial Bold', 'Arial-BoldMT', 'Liberation Sans Bold', 'LiberationSans-Bold', 'Arimo Bold', 'Helvetica Bold'],
    },
    metrics: { 400: { unitsPerEm: 2048, xWidthAvg: 913 }, 700: { unitsPerEm: 2048, xWidthAvg: 983 } },
  },
  {
    family: FALLBACK_FAMILIES.Inter[1],
    local: { 400: ['Roboto', 'Roboto Regular', 'Roboto-Regular'], 700: ['Roboto Bold', 'Roboto-Bold'] },
    metrics: { 400: { unitsPerEm: 2048, xWidthAvg: 911 }, 700: { unitsPerEm: 2048, xWidthAvg: 926 } },
  },
];

/** The Chinese system faces Noto Sans SC falls back to, by the names `local()` finds them by. */
const CHINESE_SYSTEM_FACES = [
  'Noto Sans CJK SC',
  'Noto Sans CJK SC Regular',
  'NotoSansCJKsc-Regular',
  'Noto Sans SC',
  'Source Han Sans SC',
  'PingFang SC',
  'Microsoft YaHei',
  'Droid Sans Fallback',
];

/** What the Chinese stand-in draws: Chinese characters and their punctuation, never a space or a
 *  Latin letter the deck's Chinese face does not hold (those go on to Inter, as they do once it
 *  has come). */
const CJK_RANGE = 'U+00B7, U+2014, U+2018-201D, U+2026, U+2E80-2FFF, U+3000-303F, U+3400-4DBF, U+4E00-9FFF, U+F900-FAFF, U+FE30-FE4F, U+FF00-FFEF';

/** @font-face rules for the system faces adjusted to the deck's faces among `faces`. */
export async function fallbackFacesCss(faces: readonly CutFace[]): Promise<string> {
  const rules: string[] = [];
  for (const weight of [400, 700] as const) {
    const inter = faces.find((face) => face.family === 'Inter' && face.weight === weight);
    if (!inter) continue;
    const metrics = await metricsOf(inter);
    for (const system of LATIN_SYSTEM_FACES) rules.push(faceRule(system.family, weight, system.local[weight], metrics, system.metrics[weight]));
  }
  // Every Chinese system face sets a character a square em wide: only the lines' height is adjusted.
  const chinese = faces.find((face) => face.family === 'Noto Sans SC');
  if (chinese) rules.push(faceRule(FALLBACK_FAMILIES['Noto Sans SC'][0], 400, CHINESE_SYSTEM_FACES, await metricsOf(chinese), undefined, CJK_RANGE));
  return rules.join('');
}

async function metricsOf(face: CutFace): Promise<Metrics> {
  const cached = join(DISK_CACHE, `${face.fileName}.json`);
  try {
    return JSON.parse(await readFile(cached, 'utf8')) as Metrics;
  } catch {
    // Loaded only on a miss: its font parser is most of what a build would otherwise load.
    const { fromBuffer } = await import('@capsizecss/unpack');
    const { ascent, descent, lineGap, unitsPerEm, xWidthAvg } = await fromBuffer(face.bytes);
    const metrics = { ascent, descent, lineGap, unitsPerEm, xWidthAvg };
    await mkdir(DISK_CACHE, { recursive: true });
    writeFileAtomic(cached, Buffer.from(JSON.stringify(metrics)));
    return metrics;
  }
}

/**
 * A system face sized so that its average letter is as wide as the deck's face's (Capsize weighs
 * the letters by their frequency in English, as Next.js does), with the deck's face's ascent,
 * descent and line gap. The browser rounds each to whole pixels after size-adjust: they are
 * written exactly, and a millionth over, so that an ascent of 15.5 px rounds as the deck's face's.
 */
function faceRule(
  family: string,
  weight: number,
  local: readonly string[],
  deck: Metrics,
  system?: Pick<Metrics, 'unitsPerEm' | 'xWidthAvg'>,
  range?: string,
): string {
  const sizeAdjust = system ? deck.xWidthAvg / deck.unitsPerEm / (system.xWidthAvg / system.unitsPerEm) : 1;
  const share = (n: number) => `${((Math.abs(n) / deck.unitsPerEm / sizeAdjust) * 100 * (1 + 1e-6)).toFixed(6)}%`;
  const size = system ? `\n  size-adjust: ${(sizeAdjust * 100).toFixed(6)}%;` : '';
  return `@font-face {
  font-family: '${family}';
  font-weight: ${weight};
  src: ${local.map((name) => `local('${name}')`).join(', ')};
  ascent-override: ${share(deck.ascent)};
  descent-override: ${share(deck.descent)};
  line-gap-override: ${share(deck.lineGap)};${size}${range ? `\n  unicode-range: ${range};` : ''}
}
`;
}
