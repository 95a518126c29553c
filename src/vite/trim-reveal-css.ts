// reveal.js's stylesheet without the parts this deck never turns on: it is in the page the first
// slide is painted from, and a third of it styled transitions, fragments and overlays no slide uses.
import postcss, { type Container } from 'postcss';
import type { Plugin } from 'vite';

/**
 * The parts left out, each by the selectors that name it. What the deck turns on is fixed in its
 * own code: reveal's settings (runtime/start-deck.ts: the slide transition, or none with reduced
 * motion; the default fade between backgrounds) and the slides' HTML (markdown/: plain fragments,
 * no previews, no code highlighting). A selector list keeps its other selectors.
 */
const UNUSED_PARTS: readonly { part: string; selector: RegExp }[] = [
  {
    part: 'slide transitions but slide and none',
    selector: /\.reveal\.(?:fade|convex|concave|zoom|linear|default|cube|page)\b|\[data-transition~?="?(?:fade|convex|concave|zoom|linear|default|cube|page)\b/,
  },
  { part: 'background transitions but the default fade', selector: /\[data-background-transition="?(?:none|slide|convex|concave|zoom)\b/ },
  { part: 'transition speeds', selector: /data-transition-speed/ },
  { part: 'fragment styles but the default fade in', selector: /\.fragment\.(?:grow|shrink|fade-|semi-fade-out|strike|current-visible|highlight-)/ },
  { part: 'right-to-left decks', selector: /\.reveal\.rtl\b/ },
  { part: 'controls at the edges', selector: /data-controls-layout="?edges/ },
  { part: 'parallax backgrounds', selector: /parallax/ },
  { part: 'the code highlighting plugin', selector: /\.hljs/ },
  { part: "link and image previews and reveal's help (the deck lists its own keys)", selector: /\.r-overlay|data-preview-/ },
];

const REVEAL_CSS = /\/reveal\.js\/dist\/reveal\.css(?:\?|$)/;

/** reveal's stylesheet, `css`, without the rules for the parts above. */
export function trimRevealCss(css: string): string {
  const root = postcss.parse(css);
  root.walkRules((rule) => {
    // Keyframes name their steps with selectors of their own.
    if (rule.parent?.type === 'atrule' && /keyframes$/.test((rule.parent as { name?: string }).name ?? '')) return;
    const kept = rule.selectors.filter((selector) => !UNUSED_PARTS.some(({ selector: unused }) => unused.test(selector)));
    if (kept.length === 0) rule.remove();
    else if (kept.length < rule.selectors.length) rule.selectors = kept;
  });
  removeEmpty(root);
  return root.toString();
}

/** At-rules (media queries) left with no rule inside. */
function removeEmpty(container: Container): void {
  container.each((node) => {
    if (node.type !== 'atrule' || !node.nodes) return;
    removeEmpty(node);
    if (node.nodes.length === 0) node.remove();
  });
}

export function trimRevealStylesheet(): Plugin {
  return {
    name: 'deck:trim-reveal-css',
    // Before Vite's own CSS handling reads the file.
    enforce: 'pre',
    transform(code, id) {
      return REVEAL_CSS.test(id) ? { code: trimRevealCss(code), map: null } : undefined;
    },
  };
}
