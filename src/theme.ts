// The deck's colours, written once: the page's stylesheet gets them as custom properties
// (vite/shared-values-plugin.ts), and the exports and section backgrounds use them as they are.

export const COLOURS = {
  ink: '#0d1b2a',
  inkSoft: '#3d4b5c',
  paper: '#ffffff',
  navy: '#12355b',
  accent: '#b02a1e',
  rule: '#d5dce4',
  tint: '#f2f5f8',
} as const;

/** `:root` custom properties: --ink, --ink-soft, ... */
export function colourProperties(): string {
  const properties = Object.entries(COLOURS).map(([name, value]) => `--${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ${value};`);
  return `:root { ${properties.join(' ')} }`;
}
