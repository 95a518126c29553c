// The system faces a page is painted in before the deck's own have loaded, adjusted to the deck's
// faces' metrics (size-adjust, ascent-override, descent-override, line-gap-override, read at build
// time from the files the page ships, as Next.js's font fallback does): each line takes the room
// the deck's face will give it, so nothing moves when the deck's face swaps in.
import { createFontStack, type FontMetrics } from '@capsizecss/core';
import { fromBuffer } from '@capsizecss/unpack';
import type { CutFace } from './font-faces.js';

/** The family names the page's stylesheet lists after each face of the deck (theme.css). */
export const FALLBACK_FAMILIES = { Inter: ['Inter fallback', 'Inter fallback Roboto'], 'Noto Sans SC': ['Noto Sans SC fallback'] } as const;

type SystemMetrics = Pick<FontMetrics, 'familyName' | 'ascent' | 'descent' | 'lineGap' | 'unitsPerEm' | 'xWidthAvg'>;

/**
 * The system faces Inter falls back to, each with the names `local()` finds it by, and its metrics
 * by weight (from the Capsize metrics collection; its package is 170 MB for these few numbers).
 * Arial's widths are shared by Liberation Sans and Arimo (made to match it) and, near enough,
 * Helvetica; Roboto is the Android phone's.
 */
const LATIN_SYSTEM_FACES: readonly { family: string; local: Record<400 | 700, string[]>; metrics: Record<400 | 700, SystemMetrics> }[] = [
  {
    family: FALLBACK_FAMILIES.Inter[0],
    local: {
      400: ['Arial', 'ArialMT', 'Liberation Sans', 'LiberationSans', 'Arimo', 'Helvetica'],
      700: ['Arial Bold', 'Arial-BoldMT', 'Liberation Sans Bold', 'LiberationSans-Bold', 'Arimo Bold', 'Helvetica Bold'],
    },
    metrics: {
      400: { familyName: 'Arial', ascent: 1854, descent: -434, lineGap: 67, unitsPerEm: 2048, xWidthAvg: 913 },
      700: { familyName: 'Arial', ascent: 1854, descent: -434, lineGap: 67, unitsPerEm: 2048, xWidthAvg: 983 },
    },
  },
  {
    family: FALLBACK_FAMILIES.Inter[1],
    local: { 400: ['Roboto', 'Roboto Regular', 'Roboto-Regular'], 700: ['Roboto Bold', 'Roboto-Bold'] },
    metrics: {
      400: { familyName: 'Roboto', ascent: 1900, descent: -500, lineGap: 0, unitsPerEm: 2048, xWidthAvg: 911 },
      700: { familyName: 'Roboto', ascent: 1900, descent: -500, lineGap: 0, unitsPerEm: 2048, xWidthAvg: 926 },
    },
  },
];

/** Chinese system faces: every one sets a Chinese character a square em wide, so only the lines'
 *  height needs adjusting, to the deck's face's. */
const CHINESE_SYSTEM_FACES = ['Noto Sans CJK SC', 'Noto Sans CJK SC Regular', 'NotoSansCJKsc-Regular', 'Noto Sans SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', 'Droid Sans Fallback'];

/** @font-face rules for the system faces adjusted to the deck's faces among `faces`. */
export async function fallbackFacesCss(faces: readonly CutFace[]): Promise<string> {
  const rules: string[] = [];
  for (const weight of [400, 700] as const) {
    const inter = faces.find((face) => face.family === 'Inter' && face.weight === weight);
    if (!inter) continue;
    const metrics = await fromBuffer(inter.bytes);
    for (const system of LATIN_SYSTEM_FACES) {
      // Capsize's own arithmetic: the widths matched on English text's letter frequencies.
      const { fontFaces } = createFontStack([metrics, system.metrics[weight]], { fontFaceFormat: 'styleObject' });
      const { ascentOverride, descentOverride, lineGapOverride, sizeAdjust } = fontFaces[0]!['@font-face'];
      rules.push(faceRule(system.family, weight, system.local[weight], { ascentOverride, descentOverride, lineGapOverride: lineGapOverride ?? '0%', sizeAdjust }));
    }
  }
  const chinese = faces.find((face) => face.family === 'Noto Sans SC');
  if (chinese) {
    const { ascent, descent, lineGap, unitsPerEm } = await fromBuffer(chinese.bytes);
    const share = (n: number) => `${((Math.abs(n) / unitsPerEm) * 100).toFixed(4)}%`;
    rules.push(faceRule(FALLBACK_FAMILIES['Noto Sans SC'][0], 400, CHINESE_SYSTEM_FACES, { ascentOverride: share(ascent), descentOverride: share(descent), lineGapOverride: share(lineGap) }));
  }
  return rules.join('');
}

function faceRule(family: string, weight: number, local: readonly string[], metrics: { ascentOverride?: string; descentOverride?: string; lineGapOverride?: string; sizeAdjust?: string }): string {
  const size = metrics.sizeAdjust === undefined ? '' : `\n  size-adjust: ${metrics.sizeAdjust};`;
  return `@font-face {
  font-family: '${family}';
  font-weight: ${weight};
  src: ${local.map((name) => `local('${name}')`).join(', ')};
  ascent-override: ${metrics.ascentOverride};
  descent-override: ${metrics.descentOverride};
  line-gap-override: ${metrics.lineGapOverride};${size}
}
`;
}
