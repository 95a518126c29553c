// The deck's colours and sizes, written once: the page's stylesheet gets them as custom properties
// (vite/shared-values-plugin.ts); the exports and section backgrounds use the colours as they are,
// and the build's estimates of what a slide holds (the timeline's terms, an image's room) the sizes.

export const COLOURS = {
  ink: '#0d1b2a',
  inkSoft: '#3d4b5c',
  paper: '#ffffff',
  navy: '#12355b',
  accent: '#b02a1e',
  rule: '#d5dce4',
  tint: '#f2f5f8',
} as const;

/** A key as a custom property's name: inkSoft as --ink-soft. */
const customProperty = (key: string) => `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/** `:root` custom properties: --ink, --ink-soft, ... */
export function colourProperties(): string {
  const properties = Object.entries(COLOURS).map(([name, value]) => `${customProperty(name)}: ${value};`);
  return `:root { ${properties.join(' ')} }`;
}

/** The slide's own size, in its pixels (1.5 of them to a pixel of a 1920 × 1080 screen). */
export const SLIDE = { width: 1280, height: 720 } as const;

/**
 * The type scale and the room of a slide, in the slide's own pixels: titles, the body in its two
 * sizes, captions, hero numbers (larger where a slide has one or two cards); the safe area, 6% of
 * the slide on every side; where content starts under a title's rule; the timeline's gap between
 * its columns and what an entry's words give back to the next year.
 */
export const SIZES = {
  titleSize: 36,
  bodyRegular: 26.667,
  bodyDense: 22.667,
  captionSize: 17.333,
  heroSize: 48,
  heroLarge: 160,
  safeX: 0.06 * SLIDE.width,
  safeY: 0.06 * SLIDE.height,
  contentGap: 24,
  timelineGap: 24,
  timelineInset: 40,
} as const;

/** The width inside the safe area. */
export const CONTENT_WIDTH = SLIDE.width - 2 * SIZES.safeX;

/** `:root` custom properties: the colours, then --title-size, --body-regular, ..., --safe-x, .... */
export function themeProperties(): string {
  const sizes = Object.entries(SIZES).map(([key, value]) => `${customProperty(key)}: ${Number(value.toFixed(3))}px;`);
  return `${colourProperties()}\n:root { ${sizes.join(' ')} }`;
}
