// The slides of reveal's print view read back as shapes (slide-shapes.ts), by the functions of
// this folder sent to the page as one script.
import type { Page } from 'playwright-core';
import type { SlideShapes } from '../slide-shapes.js';
import { counterValue, materialise, materialiseGenerated } from './generated-content.js';
import type { InPage } from './in-page.js';
import { bulletOf, readBulletList, readListItems } from './list-text.js';
import { boxOf, contentBox, fontMetrics, hex, hidden, isBlock, useFont } from './page-style.js';
import { drawPictures, drawPng } from './pictures.js';
import { inlineRuns, keepsLines, langOf, lineBoxes, paragraphStyle, readBlockText, runOf, textBox, textRuns, trimmedStart, trimRuns } from './text-block.js';
import { boxShapes, readSlide, readSlides, walk } from './walk-slide.js';

const IN_PAGE: InPage = {
  hex,
  isBlock,
  hidden,
  boxOf,
  contentBox,
  useFont,
  fontMetrics,
  materialiseGenerated,
  materialise,
  counterValue,
  drawPictures,
  drawPng,
  langOf,
  keepsLines,
  runOf,
  textRuns,
  inlineRuns,
  trimRuns,
  paragraphStyle,
  lineBoxes,
  trimmedStart,
  textBox,
  readBlockText,
  bulletOf,
  readListItems,
  readBulletList,
  boxShapes,
  walk,
  readSlide,
  readSlides,
};

// Each function goes as its source, never as a value a bundler has seen whole: the page has none
// of the bundle's helpers or imports. In the page they make up the table `fn` each one is given.
const SCRIPT = `(() => {
  const fn = {
${(Object.keys(IN_PAGE) as (keyof InPage)[]).map((name) => `    ${name}: ${IN_PAGE[name].toString()},`).join('\n')}
  };
  return fn.readSlides(fn);
})()`;

/** Reads every slide of the print view open in `page` (print-view.ts has waited for it). */
export function readSlideShapes(page: Page): Promise<SlideShapes[]> {
  return page.evaluate<SlideShapes[]>(SCRIPT);
}
