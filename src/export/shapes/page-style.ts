// In the page (in-page.ts): what an element's computed style says, as the shapes want it: its
// colours as #rrggbb, whether it is drawn and whether it is a block, its content box, its font.
import type { InPage } from './in-page.js';

/** A CSS colour as #rrggbb, a translucent one as it looks on `under`, the slide's background. */
export const hex: InPage['hex'] = (css, under) => {
  const m = /rgba?\(([\d.]+)[ ,]+([\d.]+)[ ,]+([\d.]+)(?:[ ,/]+([\d.]+))?\)/.exec(css);
  const alpha = m?.[4] === undefined ? 1 : Number(m[4]);
  if (!m || alpha < 0.05) return undefined;
  const channels = [m[1], m[2], m[3]].map((v, i) => Math.round(alpha * Number(v) + (1 - alpha) * under[i]!));
  return `#${channels.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
};

/** An element without a box of its own (`display: contents`, words kept with the next) is its
 *  parent's text: not a block, and drawn where its words are. */
export const isBlock: InPage['isBlock'] = (el) => !/^(inline|contents)/.test(getComputedStyle(el).display);

export const hidden: InPage['hidden'] = (el) => {
  const style = getComputedStyle(el);
  if (style.display === 'contents') return false;
  const r = el.getBoundingClientRect();
  return style.display === 'none' || style.visibility === 'hidden' || (r.width <= 1 && r.height <= 1);
};

/** A rectangle of the page as a box on the slide whose page starts at `origin`. */
export const boxOf: InPage['boxOf'] = (r, origin) => ({
  x: r.left - origin.left,
  y: r.top - origin.top,
  w: r.width,
  h: r.height,
});

export const contentBox: InPage['contentBox'] = (el) => {
  const style = getComputedStyle(el);
  const r = el.getBoundingClientRect();
  return {
    left: r.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft),
    top: r.top + parseFloat(style.borderTopWidth) + parseFloat(style.paddingTop),
    right: r.right - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight),
    bottom: r.bottom - parseFloat(style.borderBottomWidth) - parseFloat(style.paddingBottom),
  };
};

/** Sets `measure` to the element's font, to measure its text with. */
export const useFont: InPage['useFont'] = (el, measure) => {
  const style = getComputedStyle(el);
  measure.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
};

/** The ascent and descent of the element's font; `measure` is left set to it. */
export const fontMetrics: InPage['fontMetrics'] = (el, measure, fn) => {
  fn.useFont(el, measure);
  const m = measure.measureText('Hg');
  return { ascent: m.fontBoundingBoxAscent, descent: m.fontBoundingBoxDescent };
};
