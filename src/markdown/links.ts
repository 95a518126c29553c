// Links and images: every destination is checked here, where its place in the source is known.
// Unsafe schemes stop being links; slide links and images are recorded for the deck-wide check.
import type { StateCore, Token } from 'markdown-it';
import { encodePath, imageFile, isRelative } from '../load/image-files.js';
import { isParseEnv, type ImageWidth, type ParseEnv } from './parse-env.js';

/** javascript:, vbscript:, file: and data: (but data: images), in any case, encoding or spacing. */
function isUnsafeUrl(href: string): boolean {
  let url = href;
  try {
    url = decodeURIComponent(href);
  } catch {
    // Not valid percent-encoding: check it as written.
  }
  // Browsers drop control characters and whitespace inside a scheme.
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  url = url.replace(/[\u0000-\u0020\u007f-\u00a0\u200b-\u200f\ufeff]/g, '').toLowerCase();
  if (/^data:image\/(gif|png|jpeg|webp);/.test(url)) return false;
  return /^(javascript|vbscript|file|data|livescript|mocha):/.test(url);
}

export function screenLinks(state: StateCore): void {
  const env = state.env;
  if (!isParseEnv(env)) return;
  for (const block of state.tokens) {
    if (block.type !== 'inline' || !block.map || !block.children) continue;
    const place = placeFinder(env, block.map);
    const kept: Token[] = [];
    let dropClose = 0;
    for (const token of block.children) {
      if (token.type === 'link_open' || token.type === 'image') {
        const href = String(token.attrGet(token.type === 'image' ? 'src' : 'href') ?? '');
        const at = place();
        if (isUnsafeUrl(href)) {
          env.diagnostics.push({
            severity: 'warning',
            file: env.file,
            ...at,
            message: `unsafe link "${href.slice(0, 60)}" is shown as text`,
            hint: 'link only to http(s) addresses, slides (#/slide-id) or files of the deck',
          });
          if (token.type === 'image') {
            const alt = new state.Token('text', '', 0);
            alt.content = token.content;
            kept.push(alt);
          } else {
            dropClose++;
          }
          continue;
        }
        const path = token.type === 'image' && isRelative(href) ? imageFile(href, env.file) : undefined;
        if (token.type === 'image' && isRelative(href)) {
          // The page lives at the project root; the build points this at its copy of the file.
          token.attrSet('src', path ? encodePath(path) : '');
          token.meta = { imagePath: path };
        }
        const width = token.type === 'image' ? takeWidth(block.children, token, at, env) : undefined;
        (env.links ??= []).push({ file: env.file, kind: token.type === 'image' ? 'image' : 'link', href, path, ...(width ? { width } : {}), ...at });
      }
      if (token.type === 'link_close' && dropClose > 0) {
        dropClose--;
        continue;
      }
      kept.push(token);
    }
    block.children = kept;
  }
}

/** `{width=…}` right after an image: its width, applied to it and taken out of the text. */
const WIDTH = /^\{\s*width\s*=\s*([^}\s]*)\s*\}/;

function takeWidth(children: Token[], image: Token, at: { line: number; column: number }, env: ParseEnv): ImageWidth | undefined {
  const next = children[children.indexOf(image) + 1];
  const match = next?.type === 'text' ? WIDTH.exec(next.content) : null;
  if (!next || !match) return undefined;
  next.content = next.content.slice(match[0].length);
  const [, value = '', unit = ''] = /^(\d+(?:\.\d+)?)(%|px)$/.exec(match[1] ?? '') ?? [];
  const width = Number(value);
  const fits = unit === '%' ? width > 0 && width <= 100 : width > 0 && width <= 1280;
  if (!unit || !fits) {
    env.diagnostics.push({
      severity: 'error',
      file: env.file,
      ...at,
      message: `invalid image width "${(match[1] ?? '').slice(0, 20)}"`,
      hint: 'give a share of the slide, {width=50%}, or pixels of its 1280 × 720, {width=600px}',
    });
    return undefined;
  }
  image.attrSet('style', `width: ${width}${unit}`);
  return { value: width, unit: unit as '%' | 'px' };
}

/** Successive `](` or `<` link openings within a block's lines, as 1-based places. */
function placeFinder(env: ParseEnv, [start, end]: [number, number]): () => { line: number; column: number } {
  let line = start;
  let from = 0;
  return () => {
    for (; line < end; line++, from = 0) {
      const text = env.lines[line] ?? '';
      const match = /\]\(|<[a-z][a-z0-9+.-]*:/i.exec(text.slice(from));
      if (match) {
        const column = from + match.index;
        from = column + 1;
        return { line: line + 1, column: column + 1 };
      }
    }
    return { line: start + 1, column: 1 };
  };
}
