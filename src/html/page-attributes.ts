// The one way the build and the servers mark a page: attributes on its `<html>` element, named as
// the page's contract names them (shared/page-contract.ts), set or added, the rest left as it is.
import type { PageAttribute } from '../shared/page-contract.js';
import { escapeHtml } from './text.js';

/** `html` with each of `attributes` set on its `<html>` element (`''` for a bare mark). */
export function setPageAttributes(html: string, attributes: Readonly<Partial<Record<PageAttribute | 'lang', string>>>): string {
  return html.replace(/<html\b[^>]*>/i, (tag) =>
    Object.entries(attributes).reduce((open, [name, value = '']) => {
      const attribute = `${name}="${escapeHtml(value)}"`;
      const existing = new RegExp(`\\s${name}="[^"]*"`);
      // Functions, never replacement strings: a value's `$&` stays as written.
      return existing.test(open) ? open.replace(existing, () => ` ${attribute}`) : open.replace(/^<html\b/i, (start) => `${start} ${attribute}`);
    }, tag),
  );
}
