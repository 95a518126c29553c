// In the page (in-page.ts): a block of text read as a paragraph of runs with their styles, and
// where its lines are drawn; the blocks it holds are left to the walk (walk-slide.ts).
import type { Run } from '../slide-shapes.js';
import type { InPage } from './in-page.js';

/** The language (BCP 47) of the nearest `lang`. */
export const langOf: InPage['langOf'] = (node) =>
  (node instanceof Element ? node : node.parentElement)?.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang;

export const runOf: InPage['runOf'] = (text, el, under, fn) => {
  const style = getComputedStyle(el);
  const cased = style.textTransform === 'uppercase' ? text.toUpperCase() : text;
  // What the page keeps on one line (a slide reference, a number with its unit) stays on one.
  const transformed = style.whiteSpace === 'nowrap' ? cased.replace(/ /g, '\u00a0') : cased;
  const link = el.closest('a[href]')?.getAttribute('href') ?? undefined;
  return {
    text: transformed,
    size: parseFloat(style.fontSize),
    bold: Number(style.fontWeight) >= 600,
    italic: style.fontStyle === 'italic',
    color: fn.hex(style.color, under) ?? '#000000',
    spacing: parseFloat(style.letterSpacing) || 0,
    lang: fn.langOf(el),
    font: style.fontFamily
      .split(',')[0]!
      .trim()
      .replace(/^["']|["']$/g, ''),
    ...(link && /^https?:/.test(link) ? { link } : {}),
  };
};

/** Whether the page's line ends carry what an office program cannot redo, and so are kept: a
 *  Chinese line breaks only between words (an office program breaks between any two characters),
 *  and balanced text (a title, a card's words) is short lines of about one length. Other text
 *  (a `pretty` paragraph or bullet) wraps in the office program, in whatever face it has. */
export const keepsLines: InPage['keepsLines'] = (el, fn) =>
  fn.langOf(el).startsWith('zh') || getComputedStyle(el).getPropertyValue('text-wrap-style') === 'balance';

/** A text node's runs: one, or where the page's line ends are kept (keepsLines) one a line, each
 *  after the first with a break before it. */
export const textRuns: InPage['textRuns'] = (node, el, runs, slide, fn) => {
  const raw = node.textContent ?? '';
  let start = 0;
  if (slide.wraps.on) {
    const range = document.createRange();
    for (let i = 0; i < raw.length; i++) {
      if (/\s/.test(raw[i]!)) continue;
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const rect = range.getClientRects()[0];
      if (!rect) continue;
      // A character whose middle is below the last one's foot starts a line.
      const { bottom, lines } = slide.wraps;
      const starts = bottom === undefined || rect.top + rect.height / 2 > bottom;
      if (starts && bottom !== undefined) {
        // What the line's end stands in for: the space the page wrapped at, or nothing (after a hyphen).
        const before = raw.slice(start, i);
        const wrap = /\s$/.test(before) || (!before && /\s$/.test(runs[runs.length - 1]?.text ?? '')) ? ' ' : '';
        runs.push(fn.runOf(before.replace(/\s+/g, ' '), el, slide.under, fn), { ...fn.runOf('', el, slide.under, fn), breakBefore: true, wrap });
        start = i;
      }
      if (starts) lines.push({ left: rect.left, right: rect.right });
      const line = lines[lines.length - 1]!;
      line.left = Math.min(line.left, rect.left);
      line.right = Math.max(line.right, rect.right);
      slide.wraps.bottom = rect.bottom;
    }
  }
  const text = raw.slice(start).replace(/\s+/g, ' ');
  if (text) runs.push(fn.runOf(text, el, slide.under, fn));
  fn.useFont(el, slide.measure);
  for (const word of raw.split(/\s+/)) slide.widest = Math.max(slide.widest, slide.measure.measureText(word).width);
};

/** The inline content of a block, as runs; the block children it holds are read apart. */
export const inlineRuns: InPage['inlineRuns'] = (el, runs, blocks, slide, fn) => {
  for (const node of el.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) {
      fn.textRuns(node, el, runs, slide, fn);
      if (node.textContent?.trim()) slide.textNodes.push(node);
    } else if (node instanceof Element) {
      // A line break has no box of its own: it is not hidden.
      if (node.localName === 'br') {
        runs.push({ ...fn.runOf('', el, slide.under, fn), breakBefore: true });
        continue;
      }
      if (node.matches('aside.notes') || fn.hidden(node)) continue;
      // A written line of its paragraph (html/line-blocks.ts), a block only so that it wraps on its
      // own: a line of the paragraph, as a break would start it.
      if (node.matches('span.line')) {
        if (runs.length) runs.push({ ...fn.runOf('', el, slide.under, fn), breakBefore: true });
        fn.inlineRuns(node, runs, blocks, slide, fn);
        continue;
      }
      // A title's part before or after its colon (line-blocks.ts), a block only so that it wraps
      // on its own: its words, their lines kept as the page breaks them.
      if (node.matches('span.title-part')) {
        fn.inlineRuns(node, runs, blocks, slide, fn);
        continue;
      }
      if (node.localName === 'img' || node.localName === 'svg') {
        blocks.push(node);
      } else if (
        fn.isBlock(node) ||
        !/^(inline|contents)$/.test(getComputedStyle(node).display) ||
        fn.hex(getComputedStyle(node).backgroundColor, slide.under)
      ) {
        blocks.push(node);
      } else {
        fn.inlineRuns(node, runs, blocks, slide, fn);
      }
    }
  }
};

/** Spaces at the start and end of a paragraph, and around a line break, are not drawn. */
export const trimRuns: InPage['trimRuns'] = (runs) => {
  // A break is carried by the first run after it with something to draw (a <br> has no text
  // of its own, and the line's end may be a run of spaces).
  // Breaks that fall together are one: the page's wrap only if none of them is written (a <br>).
  const out: Run[] = [];
  let pendingBreak = false;
  let wrap: string | undefined;
  for (const { wrap: wrapped, ...run } of runs) {
    if (run.breakBefore) wrap = wrapped === undefined || (pendingBreak && wrap === undefined) ? undefined : (wrap ?? '') + wrapped;
    pendingBreak ||= Boolean(run.breakBefore);
    const text = pendingBreak || !out.length ? run.text.trimStart() : run.text;
    if (!text) continue;
    const breakBefore = pendingBreak && out.length > 0;
    out.push({ ...run, text, breakBefore, ...(breakBefore && wrap !== undefined ? { wrap: wrap.includes(' ') ? ' ' : '' } : {}) });
    pendingBreak = false;
    wrap = undefined;
  }
  for (const [i, run] of out.entries()) {
    if (i === out.length - 1 || out[i + 1]?.breakBefore) run.text = run.text.trimEnd();
  }
  return out.filter((r) => r.text);
};

export const paragraphStyle: InPage['paragraphStyle'] = (el, measure, fn) => {
  const style = getComputedStyle(el);
  const align = style.textAlign === 'center' ? 'center' : style.textAlign === 'right' || style.textAlign === 'end' ? 'right' : 'left';
  const lineHeight = style.lineHeight === 'normal' ? parseFloat(style.fontSize) * 1.2 : parseFloat(style.lineHeight);
  const { ascent, descent } = fn.fontMetrics(el, measure, fn);
  return { align, lineHeight, ascent, descent };
};

/** Where the lines holding these text nodes start and end: each glyph box with half its line's
 *  leading above and below; and across, where their text is drawn. */
export const lineBoxes: InPage['lineBoxes'] = (nodes, lineHeight) => {
  const rects = nodes.flatMap((node) => {
    const range = document.createRange();
    range.selectNodeContents(node);
    return [...range.getClientRects()];
  });
  if (!rects.length) return undefined;
  return {
    top: Math.min(...rects.map((r) => r.top - Math.max(0, lineHeight - r.height) / 2)),
    bottom: Math.max(...rects.map((r) => r.bottom + Math.max(0, lineHeight - r.height) / 2)),
    left: Math.min(...rects.map((r) => r.left)),
    right: Math.max(...rects.map((r) => r.right)),
  };
};

/** What the page left undrawn of an opening quote or bracket that starts the text (Chinese
 *  sets one at a line's start half an em wide: text-spacing-trim), which an office program draws
 *  whole: its advance in the font, less the width the page gives it. */
export const trimmedStart: InPage['trimmedStart'] = (nodes, slide, fn) => {
  const node = nodes[0];
  const text = node?.textContent ?? '';
  const at = text.search(/\S/);
  if (!node?.parentElement || at < 0 || !/[\u2018\u201c\u3008\u300a\u300c\u300e\u3010\u3014\u3016\uff08\uff3b\uff5b]/.test(text[at]!)) return 0;
  const range = document.createRange();
  range.setStart(node, at);
  range.setEnd(node, at + 1);
  const drawn = range.getClientRects()[0]?.width;
  if (drawn === undefined) return 0;
  fn.useFont(node.parentElement, slide.measure);
  const trimmed = slide.measure.measureText(text[at]!).width - drawn;
  return trimmed > 1 ? trimmed : 0;
};

/** The box of a block's text: its content box's width, from where its first run starts, and the
 *  height of its lines (a block drawn before them, a number above a title, is not text); and the
 *  content box of `frameOf`, with whether the lines sit at its foot. */
export const textBox: InPage['textBox'] = (el, nodes, frameOf, slide, fn) => {
  const style = getComputedStyle(el);
  const { left, top: contentTop, right, bottom: contentBottom } = fn.contentBox(el);
  let top = contentTop;
  let bottom = contentBottom;
  const lines = fn.lineBoxes(nodes, fn.paragraphStyle(el, slide.measure, fn).lineHeight);
  if (lines) {
    top = Math.max(top, lines.top);
    bottom = Math.min(bottom, lines.bottom);
  }
  // Where a badge or a number sits before the text, the text box starts where its first text does.
  let start = left;
  if (nodes[0] && style.textAlign !== 'center') {
    const range = document.createRange();
    range.selectNodeContents(nodes[0]);
    const first = range.getClientRects()[0];
    if (first && first.left > left + 1) start = first.left;
  }
  const outer = fn.contentBox(frameOf);
  const frame = fn.boxOf({ left: outer.left, top: outer.top, width: outer.right - outer.left, height: outer.bottom - outer.top }, slide.origin);
  const anchor = top > outer.top + 2 && bottom >= outer.bottom - 2 ? 'bottom' : 'top';
  const span = (lines?.right ?? right) - start;
  return { box: fn.boxOf({ left: start, top, width: right - start, height: bottom - top }, slide.origin), frame, anchor, span };
};

/** Reads the block's own text as one text shape; returns the blocks it holds, for the walk. */
export const readBlockText: InPage['readBlockText'] = (el, slide, fn) => {
  const runs: Run[] = [];
  const blocks: Element[] = [];
  slide.textNodes = [];
  const nowrap = getComputedStyle(el).whiteSpace === 'nowrap';
  slide.wraps = { on: fn.keepsLines(el, fn) && !nowrap, bottom: undefined, lines: [] };
  slide.widest = 0;
  fn.inlineRuns(el, runs, blocks, slide, fn);
  const word = slide.widest;
  const nodes = slide.textNodes;
  const trimmed = fn.trimRuns(runs);
  if (trimmed.some((r) => r.text.trim())) {
    // A title's words may be in a span of its own, which its band (a flex box) makes a block.
    const { title } = slide;
    const isTitle = !!title && (el === title || (el.parentElement === title && title.children.length === 1));
    const style = fn.paragraphStyle(el, slide.measure, fn);
    const placed = fn.textBox(el, nodes, isTitle && title ? title : el, slide, fn);
    // An opening quote the page sets half-width at the line's start is not hung in the file: a
    // fallback face draws it narrow, and hung it would stand in the margin (or on a badge). Its
    // line is that much longer in the deck's face, which draws it whole.
    if (style.align === 'left') placed.span += fn.trimmedStart(nodes, slide, fn);
    // The widths of the lines the page broke, one for each line the runs have.
    const widths = slide.wraps.lines.map((l) => l.right - l.left);
    const lines = slide.wraps.on && widths.length === 1 + trimmed.filter((r) => r.breakBefore).length ? widths : undefined;
    slide.texts.push({
      kind: 'text',
      ...placed,
      title: isTitle,
      paragraphs: [{ runs: trimmed, ...style, spaceBefore: 0, ...(lines ? { lines } : {}) }],
      nowrap,
      word,
    });
  }
  return blocks;
};
