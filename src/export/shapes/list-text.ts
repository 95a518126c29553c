// In the page (in-page.ts): a list of bullets read as one text shape of paragraphs with their
// levels and markers.
import type { Paragraph, Run } from '../slide-shapes.js';
import type { InPage, ListBox } from './in-page.js';

/** Reads the list as one text shape, from where its lines start to where it ends. */
export const readBulletList: InPage['readBulletList'] = (list, slide, fn) => {
  const paragraphs: Paragraph[] = [];
  const r = list.getBoundingClientRect();
  // The list's lines start at its first item (its margin is inside the list's box).
  const listBox: ListBox = { top: undefined, bottom: undefined, end: r.top, left: r.left };
  slide.widest = 0;
  fn.readListItems(list, 0, paragraphs, listBox, slide, fn);
  const word = slide.widest;
  const top = listBox.top ?? r.top;
  const box = fn.boxOf({ left: r.left, top, width: r.width, height: listBox.end - top }, slide.origin);
  // A list's lines are taken to run its width: its markers and levels are not a column's words.
  if (paragraphs.length) slide.texts.push({ kind: 'text', box, frame: box, anchor: 'top', title: false, paragraphs, nowrap: false, word, span: box.w });
};

/** Reads a list's items as paragraphs at `level`, its nested lists at the next; `listBox`
 *  follows where the lines start and end. */
export const readListItems: InPage['readListItems'] = (list, level, paragraphs, listBox, slide, fn) => {
  for (const item of list.children) {
    if (item.localName !== 'li' || fn.hidden(item)) continue;
    const runs: Run[] = [];
    const blocks: Element[] = [];
    slide.wraps = { on: fn.keepsLines(item, fn), bottom: undefined, lines: [] };
    slide.textNodes = [];
    fn.inlineRuns(item, runs, blocks, slide, fn);
    const own = slide.textNodes;
    // A loose list's paragraphs read as the item's own text; a nested list as the next level.
    const nested: Element[] = [];
    for (const block of blocks) {
      if (block.localName === 'ul' || block.localName === 'ol') nested.push(block);
      else if (block.localName === 'p') fn.inlineRuns(block, runs, [], slide, fn);
      else fn.walk(block, slide, fn);
    }
    const r = item.getBoundingClientRect();
    const style = fn.paragraphStyle(item, slide.measure, fn);
    const previousBottom = listBox.bottom;
    listBox.top ??= r.top;
    // The foot of the item's own lines, over its nested list and the space above that.
    listBox.bottom = fn.lineBoxes(own, style.lineHeight)?.bottom ?? r.bottom;
    const bullet = fn.bulletOf(item, list, level, r.left - listBox.left, slide, fn);
    const paragraph: Paragraph = {
      runs: fn.trimRuns(runs),
      ...style,
      spaceBefore: previousBottom === undefined ? 0 : Math.max(0, r.top - previousBottom),
      ...(bullet ? { bullet } : {}),
    };
    if (paragraph.runs.length) paragraphs.push(paragraph);
    for (const sub of nested) fn.readListItems(sub, level + 1, paragraphs, listBox, slide, fn);
    listBox.end = Math.max(listBox.end, r.bottom);
  }
};

/** A list item's marker, as Chromium draws it: a disc a third of the font's ascent across, its
 *  middle that high over the baseline and half the ascent and 6.5 px before the text; or the
 *  marker's text ('– '), ending where the item's text starts. */
export const bulletOf: InPage['bulletOf'] = (item, list, level, indent, slide, fn) => {
  const marker = getComputedStyle(item, '::marker');
  const color = fn.hex(marker.color, slide.under) ?? '#000000';
  const { ascent } = fn.fontMetrics(item, slide.measure, fn);
  if (marker.content && marker.content !== 'normal' && marker.content !== 'none') {
    const text = marker.content.replace(/^"(.*)"$/, '$1');
    return text.trim() ? { char: text.trim(), color, level, indent, at: -slide.measure.measureText(text).width } : undefined;
  }
  if (getComputedStyle(list).listStyleType === 'none') return undefined;
  return { char: '•', color, level, indent, at: -(ascent / 2 + 6.5), disc: ascent / 3 };
};
