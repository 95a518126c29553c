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
  /** A list item: its marker, the marker's colour, its nesting (0 for the outer list) and indent. */
  bullet?: { char: string; color: string; level: number; indent: number };
}

export type Shape =
  | { kind: 'rect'; box: Box; fill: string; radius: number; ellipse: boolean }
  | { kind: 'image'; box: Box; png: string; alt: string }
  | { kind: 'text'; box: Box; title: boolean; paragraphs: Paragraph[]; /** white-space: nowrap */ nowrap: boolean };

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
  const counterValue = (el: Element, name: string): number => {
    for (let at: Element | null = el; at?.parentElement; at = at.parentElement) {
      if (getComputedStyle(at.parentElement).counterReset.includes(name)) return [...at.parentElement.children].indexOf(at) + 1;
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
    const boxOf = (r: DOMRect | { left: number; top: number; width: number; height: number }): Box => ({ x: r.left - origin.left, y: r.top - origin.top, w: r.width, h: r.height });
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
          side === 'Top' ? { left: r.left, top: r.top, width: r.width, height: width }
          : side === 'Bottom' ? { left: r.left, top: r.bottom - width, width: r.width, height: width }
          : side === 'Left' ? { left: r.left, top: r.top, width, height: r.height }
          : { left: r.right - width, top: r.top, width, height: r.height };
        shapes.push({ kind: 'rect', box: boxOf(box), fill: color, radius: 0, ellipse: false });
      }
    };

    const langOf = (node: Node) => (node instanceof Element ? node : node.parentElement)?.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang;
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
        ...(link && /^https?:/.test(link) ? { link } : {}),
      };
    };
    /** The inline content of a block, as runs; the block children it holds are read apart. */
    /** The text nodes read into runs, for where their lines are drawn. */
    let textNodes: Node[] = [];
    const inlineRuns = (el: Element, runs: Run[], blocks: Element[]) => {
      for (const node of el.childNodes) {
        if (node.nodeType === Node.TEXT_NODE) {
          const text = (node.textContent ?? '').replace(/\s+/g, ' ');
          if (text) runs.push(runOf(text, el));
          if (text.trim()) textNodes.push(node);
        } else if (node instanceof Element) {
          if (node.matches('aside.notes') || hidden(node)) continue;
          if (node.localName === 'br') {
            runs.push({ ...runOf('', el), breakBefore: true });
          } else if (node.localName === 'img' || node.localName === 'svg') {
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
      // A break is carried by the run after it (a <br> has no text of its own).
      const out: Run[] = [];
      let pendingBreak = false;
      for (const run of runs) {
        if (!run.text) {
          pendingBreak ||= Boolean(run.breakBefore);
          continue;
        }
        out.push(pendingBreak && out.length ? { ...run, breakBefore: true } : { ...run, breakBefore: false });
        pendingBreak = false;
      }
      for (const [i, run] of out.entries()) {
        if (i === 0 || run.breakBefore) run.text = run.text.trimStart();
        if (i === out.length - 1 || out[i + 1]?.breakBefore) run.text = run.text.trimEnd();
      }
      return out.filter((r) => r.text);
    };
    const paragraphStyle = (el: Element) => {
      const style = getComputedStyle(el);
      const align = style.textAlign === 'center' ? 'center' : style.textAlign === 'right' || style.textAlign === 'end' ? 'right' : 'left';
      const lineHeight = style.lineHeight === 'normal' ? parseFloat(style.fontSize) * 1.2 : parseFloat(style.lineHeight);
      return { align, lineHeight } as const;
    };
    /** The box of a block's text: its content box's width, from where its first run starts, and
     *  the height of its lines (a block drawn before them, a number above a title, is not text). */
    const textBox = (el: Element, nodes: Node[]): Box => {
      const style = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      const left = r.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft);
      let top = r.top + parseFloat(style.borderTopWidth) + parseFloat(style.paddingTop);
      const right = r.right - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight);
      let bottom = r.bottom - parseFloat(style.borderBottomWidth) - parseFloat(style.paddingBottom);
      const lines = nodes.flatMap((node) => {
        const range = document.createRange();
        range.selectNodeContents(node);
        return [...range.getClientRects()];
      });
      if (lines.length) {
        // Lines are drawn from the line box's top: half the leading above the glyphs.
        const leading = Math.max(0, (paragraphStyle(el).lineHeight - parseFloat(style.fontSize) * 1.2) / 2);
        top = Math.max(top, Math.min(...lines.map((l) => l.top)) - leading);
        bottom = Math.min(bottom, Math.max(...lines.map((l) => l.bottom)) + leading);
      }
      // Where a badge or a number sits before the text, the text box starts after it.
      const range = document.createRange();
      const first = [...el.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim()) ?? [...el.childNodes].find((n) => n instanceof Element && !isBlock(n) && !n.hasAttribute('data-generated') && n.textContent?.trim());
      let start = left;
      if (first && style.textAlign !== 'center') {
        range.selectNodeContents(first);
        const rects = range.getClientRects();
        if (rects[0] && rects[0].left > left + 1) start = rects[0].left;
      }
      // Text kept on one line may use its container's padding: another renderer's glyphs can be a
      // hair wider than the browser's, and a card's number is sized to fill its line exactly.
      const parent = el.parentElement;
      const room = style.whiteSpace === 'nowrap' && parent ? parent.getBoundingClientRect().right - parseFloat(getComputedStyle(parent).borderRightWidth) : right;
      return boxOf({ left: start, top, width: Math.max(right, room) - start, height: bottom - top });
    };

    const readList = (list: Element, level: number, paragraphs: Paragraph[], listTop: { y: number | undefined; left: number }) => {
      for (const item of list.children) {
        if (item.localName !== 'li' || hidden(item)) continue;
        const runs: Run[] = [];
        const blocks: Element[] = [];
        inlineRuns(item, runs, blocks);
        // A loose list's paragraphs read as the item's own text; a nested list as the next level.
        const nested: Element[] = [];
        for (const block of blocks) {
          if (block.localName === 'ul' || block.localName === 'ol') nested.push(block);
          else if (block.localName === 'p') inlineRuns(block, runs, []);
          else walk(block);
        }
        const r = item.getBoundingClientRect();
        const marker = getComputedStyle(item, '::marker');
        const markerText = marker.content && marker.content !== 'normal' && marker.content !== 'none' ? marker.content.replace(/^"(.*)"$/, '$1').trim() : getComputedStyle(list).listStyleType === 'none' ? '' : '•';
        const itemStyle = paragraphStyle(item);
        const previousBottom = listTop.y;
        listTop.y = r.bottom;
        const paragraph: Paragraph = {
          runs: trimRuns(runs),
          ...itemStyle,
          spaceBefore: previousBottom === undefined ? 0 : Math.max(0, r.top - previousBottom),
          ...(markerText ? { bullet: { char: markerText, color: hex(marker.color) ?? '#000000', level, indent: r.left - listTop.left } } : {}),
        };
        if (paragraph.runs.length) paragraphs.push(paragraph);
        for (const sub of nested) {
          readList(sub, level + 1, paragraphs, listTop);
          // The item's own bottom follows its nested list.
          listTop.y = Math.max(listTop.y ?? 0, sub.getBoundingClientRect().bottom);
        }
      }
    };

    const walk = (el: Element) => {
      if (el.matches('aside.notes') || hidden(el)) return;
      addBoxShapes(el);
      const picture = pictures.get(el);
      if (picture) {
        const alt = el instanceof HTMLImageElement ? el.alt : el.getAttribute('aria-label') ?? el.querySelector('title')?.textContent ?? '';
        shapes.push({ kind: 'image', box: boxOf(el.getBoundingClientRect()), png: picture, alt });
        return;
      }
      // A list of bullets reads as paragraphs with levels; a list laid out otherwise (the agenda, the
      // timeline, the part map) as the blocks it is drawn as.
      const listStyle = getComputedStyle(el);
      if ((el.localName === 'ul' || el.localName === 'ol') && listStyle.display === 'block' && listStyle.listStyleType !== 'none') {
        const paragraphs: Paragraph[] = [];
        readList(el, 0, paragraphs, { y: undefined, left: el.getBoundingClientRect().left });
        const r = el.getBoundingClientRect();
        if (paragraphs.length) texts.push({ kind: 'text', box: boxOf(r), title: false, paragraphs, nowrap: false });
        return;
      }
      const runs: Run[] = [];
      const blocks: Element[] = [];
      textNodes = [];
      inlineRuns(el, runs, blocks);
      const nodes = textNodes;
      const trimmed = trimRuns(runs);
      if (trimmed.some((r) => r.text.trim())) {
        texts.push({ kind: 'text', box: textBox(el, nodes), title: el === title, paragraphs: [{ runs: trimmed, ...paragraphStyle(el), spaceBefore: 0 }], nowrap: getComputedStyle(el).whiteSpace === 'nowrap' });
      }
      for (const block of blocks) walk(block);
    };

    if (background) addBoxShapes(background);
    walk(section);
    return { id: section.id, background: backgroundColour, shapes: [...shapes, ...texts] };
  });
}
