// In the page (in-page.ts): each slide walked from its section down: an element's fill and
// borders as boxes and rules, a picture as itself, a list of bullets and a block's own text as
// text shapes (list-text.ts, text-block.ts), and so on into the blocks it holds.
import type { InPage, SlideReading } from './in-page.js';

/** Every slide of the print view, its generated content and pictures made readable first. */
export const readSlides: InPage['readSlides'] = async (fn) => {
  fn.materialiseGenerated(fn);
  const pictures = await fn.drawPictures(fn);
  return [...document.querySelectorAll<HTMLElement>('.reveal .pdf-page')].map((pageEl) => fn.readSlide(pageEl, pictures, fn));
};

export const readSlide: InPage['readSlide'] = (pageEl, pictures, fn) => {
  const section = pageEl.querySelector<HTMLElement>(':scope > section')!;
  const background = pageEl.querySelector<HTMLElement>('.slide-background');
  const backgroundColour = (background && fn.hex(getComputedStyle(background).backgroundColor, [255, 255, 255])) ?? '#ffffff';
  const heading = section.querySelector(':scope > h1, :scope > h2, :scope > header h1, :scope > header h2');
  const slide: SlideReading = {
    origin: pageEl.getBoundingClientRect(),
    under: [1, 3, 5].map((i) => parseInt(backgroundColour.slice(i, i + 2), 16)),
    shapes: [],
    texts: [],
    // A content slide's title words are a block of their own in the heading's band (theme.css).
    title: heading?.querySelector(':scope > .title-text') ?? heading,
    pictures,
    measure: document.createElement('canvas').getContext('2d')!,
    textNodes: [],
    wraps: { on: false, bottom: undefined, lines: [] },
    widest: 0,
  };
  if (background) fn.boxShapes(background, slide, fn);
  fn.walk(section, slide, fn);
  return { id: section.id, background: backgroundColour, shapes: [...slide.shapes, ...slide.texts] };
};

export const walk: InPage['walk'] = (el, slide, fn) => {
  if (el.matches('aside.notes') || fn.hidden(el)) return;
  fn.boxShapes(el, slide, fn);
  const picture = slide.pictures.get(el);
  if (picture) {
    const alt = el instanceof HTMLImageElement ? el.alt : (el.getAttribute('aria-label') ?? el.querySelector('title')?.textContent ?? '');
    slide.shapes.push({ kind: 'image', box: fn.boxOf(el.getBoundingClientRect(), slide.origin), png: picture, alt });
    return;
  }
  // A list of bullets reads as paragraphs with levels; a list laid out otherwise (the agenda, the
  // timeline, the part map) as the blocks it is drawn as.
  const style = getComputedStyle(el);
  if ((el.localName === 'ul' || el.localName === 'ol') && style.display === 'block' && style.listStyleType !== 'none') {
    fn.readBulletList(el, slide, fn);
    return;
  }
  for (const block of fn.readBlockText(el, slide, fn)) fn.walk(block, slide, fn);
};

/** The element's fill as a box, and each of its borders as a rule. */
export const boxShapes: InPage['boxShapes'] = (el, slide, fn) => {
  const style = getComputedStyle(el);
  const r = el.getBoundingClientRect();
  const fill = fn.hex(style.backgroundColor, slide.under);
  // A card its rules alone draw (a pillar, theme.css) holds its words as a tinted one does.
  const ruledCard = style.getPropertyValue('--card').trim() === 'ruled';
  if ((fill || ruledCard) && r.width > 0 && r.height > 0) {
    const radius = parseFloat(style.borderTopLeftRadius) || 0;
    const ellipse = style.borderTopLeftRadius === '50%' || radius >= Math.min(r.width, r.height) / 2;
    // A card's padding is where its words stop across (text-room.ts), whatever another font needs.
    const padded = ['top', 'right', 'bottom', 'left'].some((side) => parseFloat(style.getPropertyValue(`padding-${side}`)) > 0);
    const c = fn.contentBox(el);
    const inner = padded ? { inner: fn.boxOf({ left: c.left, top: c.top, width: c.right - c.left, height: c.bottom - c.top }, slide.origin) } : {};
    slide.shapes.push({ kind: 'rect', box: fn.boxOf(r, slide.origin), fill, radius, ellipse, ...inner });
  }
  for (const side of ['top', 'bottom', 'left', 'right'] as const) {
    const width = parseFloat(style.getPropertyValue(`border-${side}-width`));
    const color = fn.hex(style.getPropertyValue(`border-${side}-color`), slide.under);
    if (!width || !color || style.getPropertyValue(`border-${side}-style`) === 'none') continue;
    const box =
      side === 'top'
        ? { left: r.left, top: r.top, width: r.width, height: width }
        : side === 'bottom'
          ? { left: r.left, top: r.bottom - width, width: r.width, height: width }
          : side === 'left'
            ? { left: r.left, top: r.top, width, height: r.height }
            : { left: r.right - width, top: r.top, width, height: r.height };
    slide.shapes.push({ kind: 'rect', box: fn.boxOf(box, slide.origin), fill: color, radius: 0, ellipse: false });
  }
};
