// reveal.js's stylesheet as the page carries it: without the parts the deck never turns on, with
// every rule of those it does (the browser tests take pictures of each view with it).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import { trimRevealCss } from '../../src/vite/trim-reveal-css.js';

const original = readFileSync(createRequire(import.meta.url).resolve('reveal.js/reveal.css'), 'utf8');
const trimmed = trimRevealCss(original);

function selectors(css: string): Set<string> {
  const found = new Set<string>();
  postcss.parse(css).walkRules((rule) => rule.selectors.forEach((s) => found.add(s)));
  return found;
}

describe("reveal's stylesheet in the page", () => {
  const kept = selectors(trimmed);

  it('leaves out the transitions, fragment styles, previews and highlighting the deck never turns on', () => {
    const unused = [...kept].filter((s) =>
      /\.reveal\.(convex|concave|zoom|fade)\b|\.fragment\.(grow|highlight-red)|\.r-overlay|\.hljs|data-transition-speed/.test(s),
    );
    expect(unused).toEqual([]);
    expect(trimmed.length).toBeLessThan(original.length * 0.6);
  });

  it('keeps the slide and no transition, plain fragments, every view and the controls', () => {
    for (const selector of [
      '.reveal.slide .slides>section:not([data-transition]).past',
      '.reveal.none .slides section:not([data-transition])',
      '.reveal .fragment.visible',
      '.reveal-viewport.reveal-scroll .scroll-page',
      '.reveal.overview .slides section',
      'html.reveal-print .reveal .slides',
      '.reveal .pause-overlay',
      '.reveal .jump-to-slide',
      '.reveal .slide-number',
      '.reveal .controls .navigate-right',
    ]) {
      expect(kept.has(selector), selector).toBe(true);
    }
  });

  it('keeps a selector list’s other selectors when one of them is left out', () => {
    expect(trimRevealCss('.reveal.convex .a, .reveal .b { color: red }')).toBe('.reveal .b { color: red }');
    expect(trimRevealCss('@media print { .reveal.zoom .a { color: red } }')).toBe('');
  });
});
