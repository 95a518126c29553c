// The slides as the browser laid them out, read back as shapes for the PowerPoint export: each
// slide's coloured boxes and rules, pictures, and blocks of text with their runs' styles, at the
// places reveal's print view gives them (after the fit step, so sizes are the deck's own).
import type { Page } from 'playwright-core';

/** A box on the slide, in CSS pixels of the 1280×720 slide. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Run {
  text: string;
  /** CSS pixels. */
  size: number;
  bold: boolean;
  italic: boolean;
  /** #rrggbb */
  color: string;
  /** Letter spacing, CSS pixels. */
  spacing: number;
  /** The run's language (BCP 47), from the nearest `lang`. */
  lang: string;
  /** The family the page sets it in first (Inter, or Noto Sans SC for Chinese text). */
  font: string;
  link?: string;
  /** A line break inside the paragraph comes before this run. */
  breakBefore?: boolean;
}

export interface Paragraph {
  runs: Run[];
  align: 'left' | 'center' | 'right';
  /** CSS pixels: the line height, and the space above the paragraph. */
  lineHeight: number;
  spaceBefore: number;
  /** CSS pixels: the ascent and descent of the paragraph's font, which place its text in its lines. */
  ascent: number;
  descent: number;
  /** A list item: its marker and the marker's colour, its nesting (0 for the outer list), where its
   *  text starts from the list's left edge, and where its marker is drawn from the text's start. */
  bullet?: Bullet;
}

export interface Bullet {
  /** '•' for Chromium's disc, drawn as a circle; otherwise the marker's text ('–'). */
  char: string;
  color: string;
  level: number;
  indent: number;
  /** CSS pixels from the text's start (negative): the disc's middle, or the marker text's start. */
  at: number;
  /** A disc's diameter, CSS pixels. */
  disc?: number;
}

export type Shape =
  | { kind: 'rect'; box: Box; fill: string; radius: number; ellipse: boolean }
  | { kind: 'image'; box: Box; png: string; alt: string }
  | {
      kind: 'text';
      /** Where its lines are drawn. */
      box: Box;
      /** The box the layout gives the text (a title's band of two lines), and where in it the
       *  lines sit: at its top, or at its foot (a one-line title on its rule). */
      frame: Box;
      anchor: 'top' | 'bottom';
      title: boolean;
      paragraphs: Paragraph[];
      /** white-space: nowrap */
      nowrap: boolean;
      /** The widest word's width, CSS pixels. */
      word: number;
    };

export interface SlideShapes {
  id: string;
  background: string;
  shapes: Shape[];
}

/** Reads every slide of the print view open in `page` (print-view.ts has waited for it). */
export function readSlideShapes(page: Page): Promise<SlideShapes[]> {
  // Passed as source: a bundler's helpers (named functions get wrapped) do not exist in the page.
  return page.evaluate<SlideShapes[]>(`(${inPage.toString()})()`);
}

// Runs in the page. Self-contained: no imports, no helpers from outside.
async function inPage(): Promise<SlideShapes[]> {
  /** The slide's background a translucent colour is seen against. */
  let under = [255, 255, 255];
  /** A CSS colour as #rrggbb, a translucent one as it looks on the slide's background. */
  const hex = (css: string): string | undefined => {
    const m = /rgba?\(([\d.]+)[ ,]+([\d.]+)[ ,]+([\d.]+)(?:[ ,/]+([\d.]+))?\)/.exec(css);
    const alpha = m?.[4] === undefined ? 1 : Number(m[4]);
    if (!m || alpha < 0.05) return undefined;
    const channels = [m[1], m[2], m[3]].map((v, i) => Math.round(alpha * Number(v) + (1 - alpha) * under[i]!));
    return `#${channels.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
  };
  const isBlock = (el: Element) => !getComputedStyle(el).display.startsWith('inline');
  const hidden = (el: Element) => {
    const style = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    return style.display === 'none' || style.visibility === 'hidden' || (r.width <= 1 && r.height <= 1);
  };

  // Generated content (the pillars' and the agenda's numbers, the timeline's line) has no box the
  // page can measure: each becomes a real element with the same computed style, so it lays out
  // the same, and is read like the rest.
  // A counter counts from its reset value (`pillar 2` on a slide that goes on from the one before).
  const counterValue = (el: Element, name: string): number => {
    for (let at: Element | null = el; at?.parentElement; at = at.parentElement) {
      const reset = new RegExp(`(?:^|\\s)${name}(?:\\s+(-?\\d+))?`).exec(getComputedStyle(at.parentElement).counterReset);
      if (reset) return Number(reset[1] ?? 0) + [...at.parentElement.children].indexOf(at) + 1;
    }
    return 1;
  };
  const materialise = (el: Element, which: '::before' | '::after') => {
    const style = getComputedStyle(el, which);
    if (style.content === 'none' || style.content === 'normal') return;
    const span = document.createElement('span');
    for (const property of style) span.style.setProperty(property, style.getPropertyValue(property));
    span.style.content = 'normal';
    const counter = /^counter\(([\w-]+)\)$/.exec(style.content);
    span.textContent = counter ? String(counterValue(el, counter[1]!)) : style.content.replace(/^"(.*)"$/, '$1');
    span.dataset['generated'] = '';
    el.classList.add('pptx-no-' + which.slice(2));
    if (which === '::before') el.prepend(span);
    else el.append(span);
  };
  const off = document.createElement('style');
  off.textContent = '.pptx-no-before::before, .pptx-no-after::after { content: none !important; }';
  document.head.append(off);
  for (const el of document.querySelectorAll('.reveal .pdf-page section *:not(aside.notes, aside.notes *)')) {
    materialise(el, '::before');
    materialise(el, '::after');
  }

  const pictures = new Map<Element, string>();
  // Drawn at three times the slide's size: sharp when shown at 1920×1080 or printed.
  const draw = (image: CanvasImageSource, r: DOMRect) => {
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(r.width * 3);
    canvas.height = Math.round(r.height * 3);
    canvas.getContext('2d')!.drawImage(image, 0, 0, canvas.width, canvas.height);
    return canvas.toDataURL('image/png');
  };
  for (const el of document.querySelectorAll('.reveal .pdf-page section img, .reveal .pdf-page section svg')) {
    if (el.parentElement?.closest('svg')) continue;
    const r = el.getBoundingClientRect();
    if (el instanceof HTMLImageElement) {
      pictures.set(el, draw(el, r));
    } else {
      const image = new Image();
      image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(el))}`;
      await image.decode();
      pictures.set(el, draw(image, r));
    }
  }

  return [...document.querySelectorAll<HTMLElement>('.reveal .pdf-page')].map((pageEl) => {
    const section = pageEl.querySelector<HTMLElement>(':scope > section')!;
    const origin = pageEl.getBoundingClientRect();
    const boxOf = (r: DOMRect | { left: number; top: number; width: number; height: number }): Box => ({
      x: r.left - origin.left,
      y: r.top - origin.top,
      w: r.width,
      h: r.height,
    });
    const shapes: Shape[] = [];
    const texts: Shape[] = [];
    const background = pageEl.querySelector<HTMLElement>('.slide-background');
    under = [255, 255, 255];
    const backgroundColour = (background && hex(getComputedStyle(background).backgroundColor)) ?? '#ffffff';
    under = [1, 3, 5].map((i) => parseInt(backgroundColour.slice(i, i + 2), 16));
    const heading = section.querySelector(':scope > h1, :scope > h2, :scope > header h1, :scope > header h2');
    // A content slide's title words are a block of their own in the heading's band (theme.css).
    const title = heading?.querySelector(':scope > .title-text') ?? heading;

    const addBoxShapes = (el: Element) => {
      const style = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      const fill = hex(style.backgroundColor);
      if (fill && r.width > 0 && r.height > 0) {
        const radius = parseFloat(style.borderTopLeftRadius) || 0;
        shapes.push({ kind: 'rect', box: boxOf(r), fill, radius, ellipse: style.borderTopLeftRadius === '50%' || radius >= Math.min(r.width, r.height) / 2 });
      }
      const sides = [
        ['Top', { left: r.left, top: r.top, width: r.width }],
        ['Bottom', { left: r.left, width: r.width }],
        ['Left', { left: r.left, top: r.top, height: r.height }],
        ['Right', { top: r.top, height: r.height }],
      ] as const;
      for (const [side] of sides) {
        const width = parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`));
        const color = hex(style.getPropertyValue(`border-${side.toLowerCase()}-color`));
        if (!width || !color || style.getPropertyValue(`border-${side.toLowerCase()}-style`) === 'none') continue;
        const box =
          side === 'Top'
            ? { left: r.left, top: r.top, width: r.width, height: width }
            : side === 'Bottom'
              ? { left: r.left, top: r.bottom - width, width: r.width, height: width }
              : side === 'Left'
                ? { left: r.left, top: r.top, width, height: r.height }
                : { left: r.right - width, top: r.top, width, height: r.height };
        shapes.push({ kind: 'rect', box: boxOf(box), fill: color, radius: 0, ellipse: false });
      }
    };

    const langOf = (node: Node) =>
      (node instanceof Element ? node : node.parentElement)?.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang;
    const runOf = (text: string, el: Element): Run => {
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
        color: hex(style.color) ?? '#000000',
        spacing: parseFloat(style.letterSpacing) || 0,
        lang: langOf(el),
        font: style.fontFamily
          .split(',')[0]!
          .trim()
          .replace(/^["']|["']$/g, ''),
        ...(link && /^https?:/.test(link) ? { link } : {}),
      };
    };
    const measure = document.createElement('canvas').getContext('2d')!;
    const fontMetrics = (el: Element) => {
      const style = getComputedStyle(el);
      measure.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const m = measure.measureText('Hg');
      return { ascent: m.fontBoundingBoxAscent, descent: m.fontBoundingBoxDescent, width: (text: string) => measure.measureText(text).width };
    };

    /** The text nodes read into runs, for where their lines are drawn. */
    let textNodes: Node[] = [];
    // Chinese breaks its lines only between words (html/line-breaks.ts), which an office program
    // does not know: it breaks between any two characters. A Chinese paragraph's lines end where
    // the page ends them: a line break before the first character of each line after the first.
    let wraps: { on: boolean; bottom: number | undefined } = { on: false, bottom: undefined };
    /** The widest word read since the block began, CSS pixels. */
    let widest = 0;
    const textRuns = (node: Node, el: Element, runs: Run[]) => {
      const raw = node.textContent ?? '';
      let start = 0;
      if (wraps.on) {
        const range = document.createRange();
        for (let i = 0; i < raw.length; i++) {
          if (/\s/.test(raw[i]!)) continue;
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getClientRects()[0];
          if (!rect) continue;
          // A character whose middle is below the last one's foot starts a line.
          if (wraps.bottom !== undefined && rect.top + rect.height / 2 > wraps.bottom) {
            runs.push(runOf(raw.slice(start, i).replace(/\s+/g, ' '), el), { ...runOf('', el), breakBefore: true });
            start = i;
          }
          wraps.bottom = rect.bottom;
        }
      }
      const text = raw.slice(start).replace(/\s+/g, ' ');
      if (text) runs.push(runOf(text, el));
      const { width } = fontMetrics(el);
      for (const word of raw.split(/\s+/)) widest = Math.max(widest, width(word));
    };
    /** The inline content of a block, as runs; the block children it holds are read apart. */
    const inlineRuns = (el: Element, runs: Run[], blocks: Element[]) => {
      for (const node of el.childNodes) {
        if (node.nodeType === Node.TEXT_NODE) {
          textRuns(node, el, runs);
          if (node.textContent?.trim()) textNodes.push(node);
        } else if (node instanceof Element) {
          // A line break has no box of its own: it is not hidden.
          if (node.localName === 'br') {
            runs.push({ ...runOf('', el), breakBefore: true });
            continue;
          }
          if (node.matches('aside.notes') || hidden(node)) continue;
          if (node.localName === 'img' || node.localName === 'svg') {
            blocks.push(node);
          } else if (isBlock(node) || getComputedStyle(node).display !== 'inline' || hex(getComputedStyle(node).backgroundColor)) {
            blocks.push(node);
          } else {
            inlineRuns(node, runs, blocks);
          }
        }
      }
    };
    /** Spaces at the start and end of a paragraph, and around a line break, are not drawn. */
    const trimRuns = (runs: Run[]): Run[] => {
      // A break is carried by the first run after it with something to draw (a <br> has no text
      // of its own, and the line's end may be a run of spaces).
      const out: Run[] = [];
      let pendingBreak = false;
      for (const run of runs) {
        pendingBreak ||= Boolean(run.breakBefore);
        const text = pendingBreak || !out.length ? run.text.trimStart() : run.text;
        if (!text) continue;
        out.push({ ...run, text, breakBefore: pendingBreak && out.length > 0 });
        pendingBreak = false;
      }
      for (const [i, run] of out.entries()) {
        if (i === out.length - 1 || out[i + 1]?.breakBefore) run.text = run.text.trimEnd();
      }
      return out.filter((r) => r.text);
    };
    const paragraphStyle = (el: Element) => {
      const style = getComputedStyle(el);
      const align = style.textAlign === 'center' ? 'center' : style.textAlign === 'right' || style.textAlign === 'end' ? 'right' : 'left';
      const lineHeight = style.lineHeight === 'normal' ? parseFloat(style.fontSize) * 1.2 : parseFloat(style.lineHeight);
      const { ascent, descent } = fontMetrics(el);
      return { align, lineHeight, ascent, descent } as const;
    };
    /** The box of a block's text: its content box's width, from where its first run starts, and
     *  the height of its lines (a block drawn before them, a number above a title, is not text);
     *  and the content box itself, with whether the lines sit at its foot. */
    /** Where the lines holding these text nodes start and end: each glyph box with half its
     *  line's leading above and below. */
    const lineBoxes = (nodes: Node[], lineHeight: number) => {
      const rects = nodes.flatMap((node) => {
        const range = document.createRange();
        range.selectNodeContents(node);
        return [...range.getClientRects()];
      });
      if (!rects.length) return undefined;
      return {
        top: Math.min(...rects.map((r) => r.top - Math.max(0, lineHeight - r.height) / 2)),
        bottom: Math.max(...rects.map((r) => r.bottom + Math.max(0, lineHeight - r.height) / 2)),
      };
    };
    const contentBox = (el: Element) => {
      const style = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      return {
        left: r.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft),
        top: r.top + parseFloat(style.borderTopWidth) + parseFloat(style.paddingTop),
        right: r.right - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight),
        bottom: r.bottom - parseFloat(style.borderBottomWidth) - parseFloat(style.paddingBottom),
      };
    };
    const textBox = (el: Element, nodes: Node[], frameOf: Element): { box: Box; frame: Box; anchor: 'top' | 'bottom' } => {
      const style = getComputedStyle(el);
      const { left, top: contentTop, right, bottom: contentBottom } = contentBox(el);
      let top = contentTop;
      let bottom = contentBottom;
      const lines = lineBoxes(nodes, paragraphStyle(el).lineHeight);
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
      const outer = contentBox(frameOf);
      const frame = boxOf({ left: outer.left, top: outer.top, width: outer.right - outer.left, height: outer.bottom - outer.top });
      const anchor = top > outer.top + 2 && bottom >= outer.bottom - 2 ? 'bottom' : 'top';
      return { box: boxOf({ left: start, top, width: right - start, height: bottom - top }), frame, anchor };
    };

    /** A list item's marker, as Chromium draws it: a disc a third of the font's ascent across, its
     *  middle that high over the baseline and half the ascent and 6.5 px before the text; or the
     *  marker's text ('– '), ending where the item's text starts. */
    const bulletOf = (item: Element, list: Element, level: number, indent: number): Bullet | undefined => {
      const marker = getComputedStyle(item, '::marker');
      const color = hex(marker.color) ?? '#000000';
      const { ascent, width } = fontMetrics(item);
      if (marker.content && marker.content !== 'normal' && marker.content !== 'none') {
        const text = marker.content.replace(/^"(.*)"$/, '$1');
        return text.trim() ? { char: text.trim(), color, level, indent, at: -width(text) } : undefined;
      }
      if (getComputedStyle(list).listStyleType === 'none') return undefined;
      return { char: '•', color, level, indent, at: -(ascent / 2 + 6.5), disc: ascent / 3 };
    };

    /** Reads a list's items as paragraphs; `listBox` follows where its lines start, where the last
     *  paragraph's lines end (for the space above the next) and where the list ends. */
    const readList = (
      list: Element,
      level: number,
      paragraphs: Paragraph[],
      listBox: { top: number | undefined; bottom: number | undefined; end: number; left: number },
    ) => {
      for (const item of list.children) {
        if (item.localName !== 'li' || hidden(item)) continue;
        const runs: Run[] = [];
        const blocks: Element[] = [];
        wraps = { on: langOf(item).startsWith('zh'), bottom: undefined };
        textNodes = [];
        inlineRuns(item, runs, blocks);
        const own = textNodes;
        // A loose list's paragraphs read as the item's own text; a nested list as the next level.
        const nested: Element[] = [];
        for (const block of blocks) {
          if (block.localName === 'ul' || block.localName === 'ol') nested.push(block);
          else if (block.localName === 'p') inlineRuns(block, runs, []);
          else walk(block);
        }
        const r = item.getBoundingClientRect();
        const style = paragraphStyle(item);
        const previousBottom = listBox.bottom;
        listBox.top ??= r.top;
        // The foot of the item's own lines, over its nested list and the space above that.
        listBox.bottom = lineBoxes(own, style.lineHeight)?.bottom ?? r.bottom;
        const bullet = bulletOf(item, list, level, r.left - listBox.left);
        const paragraph: Paragraph = {
          runs: trimRuns(runs),
          ...style,
          spaceBefore: previousBottom === undefined ? 0 : Math.max(0, r.top - previousBottom),
          ...(bullet ? { bullet } : {}),
        };
        if (paragraph.runs.length) paragraphs.push(paragraph);
        for (const sub of nested) readList(sub, level + 1, paragraphs, listBox);
        listBox.end = Math.max(listBox.end, r.bottom);
      }
    };

    const walk = (el: Element) => {
      if (el.matches('aside.notes') || hidden(el)) return;
      addBoxShapes(el);
      const picture = pictures.get(el);
      if (picture) {
        const alt = el instanceof HTMLImageElement ? el.alt : (el.getAttribute('aria-label') ?? el.querySelector('title')?.textContent ?? '');
        shapes.push({ kind: 'image', box: boxOf(el.getBoundingClientRect()), png: picture, alt });
        return;
      }
      // A list of bullets reads as paragraphs with levels; a list laid out otherwise (the agenda, the
      // timeline, the part map) as the blocks it is drawn as.
      const listStyle = getComputedStyle(el);
      if ((el.localName === 'ul' || el.localName === 'ol') && listStyle.display === 'block' && listStyle.listStyleType !== 'none') {
        const paragraphs: Paragraph[] = [];
        const r = el.getBoundingClientRect();
        // The list's lines start at its first item (its margin is inside the list's box).
        const listBox = { top: undefined as number | undefined, bottom: undefined as number | undefined, end: r.top, left: r.left };
        widest = 0;
        readList(el, 0, paragraphs, listBox);
        const word = widest;
        const top = listBox.top ?? r.top;
        const box = boxOf({ left: r.left, top, width: r.width, height: listBox.end - top });
        if (paragraphs.length) texts.push({ kind: 'text', box, frame: box, anchor: 'top', title: false, paragraphs, nowrap: false, word });
        return;
      }
      const runs: Run[] = [];
      const blocks: Element[] = [];
      textNodes = [];
      const nowrap = listStyle.whiteSpace === 'nowrap';
      wraps = { on: langOf(el).startsWith('zh') && !nowrap, bottom: undefined };
      widest = 0;
      inlineRuns(el, runs, blocks);
      const word = widest;
      const nodes = textNodes;
      const trimmed = trimRuns(runs);
      if (trimmed.some((r) => r.text.trim())) {
        // A title's words may be in a span of its own, which its band (a flex box) makes a block.
        const isTitle = !!title && (el === title || (el.parentElement === title && title.children.length === 1));
        texts.push({
          kind: 'text',
          ...textBox(el, nodes, isTitle && title ? title : el),
          title: isTitle,
          paragraphs: [{ runs: trimmed, ...paragraphStyle(el), spaceBefore: 0 }],
          nowrap,
          word,
        });
      }
      for (const block of blocks) walk(block);
    };

    if (background) addBoxShapes(background);
    walk(section);
    return { id: section.id, background: backgroundColour, shapes: [...shapes, ...texts] };
  });
}
