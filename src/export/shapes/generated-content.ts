// In the page (in-page.ts): generated content (the pillars' and the agenda's numbers, the
// timeline's line) has no box the page can measure: each ::before and ::after becomes a real
// element with the same computed style, so it lays out the same, and is read like the rest.
import type { InPage } from './in-page.js';

/** Turns every slide's generated content into elements, and the generated content itself off. */
export const materialiseGenerated: InPage['materialiseGenerated'] = (fn) => {
  const off = document.createElement('style');
  off.textContent = '.pptx-no-before::before, .pptx-no-after::after { content: none !important; }';
  document.head.append(off);
  for (const el of document.querySelectorAll('.reveal .pdf-page section *:not(aside.notes, aside.notes *)')) {
    fn.materialise(el, '::before', fn);
    fn.materialise(el, '::after', fn);
  }
};

export const materialise: InPage['materialise'] = (el, which, fn) => {
  const style = getComputedStyle(el, which);
  if (style.content === 'none' || style.content === 'normal') return;
  const span = document.createElement('span');
  for (const property of style) span.style.setProperty(property, style.getPropertyValue(property));
  span.style.content = 'normal';
  const counter = /^counter\(([\w-]+)\)$/.exec(style.content);
  span.textContent = counter ? String(fn.counterValue(el, counter[1]!)) : style.content.replace(/^"(.*)"$/, '$1');
  span.dataset['generated'] = '';
  el.classList.add('pptx-no-' + which.slice(2));
  if (which === '::before') el.prepend(span);
  else el.append(span);
};

/** The counter's value at `el`: it counts from its reset value (`pillar 2` on a slide that goes on
 *  from the one before). */
export const counterValue: InPage['counterValue'] = (el, name) => {
  for (let at: Element | null = el; at?.parentElement; at = at.parentElement) {
    const reset = new RegExp(`(?:^|\\s)${name}(?:\\s+(-?\\d+))?`).exec(getComputedStyle(at.parentElement).counterReset);
    if (reset) return Number(reset[1] ?? 0) + [...at.parentElement.children].indexOf(at) + 1;
  }
  return 1;
};
