// Per-slide attributes: a slide's first paragraph `{#id .class layout=NAME timing=SECONDS}`, read
// for the compiler and, for the timings written back from a rehearsal, written: one reader of the
// line for both, so that what is written is what the compiler reads.
import type { StateCore } from 'markdown-it';
import type { Diagnostic, SlideAttributes } from '../types.js';
import { isParseEnv } from './parse-env.js';

export const LAYOUTS = ['default', 'title', 'section', 'pillars', 'closing'] as const;
// `{}` alone is text, as CommonMark has it; a line with something inside is meant as attributes.
const ATTRIBUTE_LINE = /^\{([^{}]*\S[^{}]*)\}$/;
/** A line that reads as attributes (`{#id`, `{.class`, `{name=`) wherever it stands. */
const LOOKS_LIKE_ATTRIBUTES = /^\s*\{\s*(#[a-z]|\.[a-z]|[a-z]+=)[^{}]*\}\s*$/i;

export function readAttributes(state: StateCore): void {
  const env = state.env;
  if (!isParseEnv(env)) return;
  for (const slide of env.slides) {
    const [open, inline, close] = slide.body;
    const match = inline?.type === 'inline' ? ATTRIBUTE_LINE.exec(inline.content.trim()) : null;
    if (open?.type !== 'paragraph_open' || close?.type !== 'paragraph_close' || !match || !open.map) continue;
    const line = open.map[0];
    const column = (env.lines[line] ?? '').indexOf('{') + 1;
    const place = (message: string, hint: string): Diagnostic => ({ severity: 'error', file: env.file, line: line + 1, column, message, hint });
    slide.attributes = parseAttributes(match[1] ?? '', (m, h) => env.diagnostics.push(place(m, h)));
    slide.attributeLines = [open.map[0], open.map[1]];
    slide.body = slide.body.slice(3);
  }
  // An attribute line anywhere else would be shown on the slide as text: say where it belongs.
  for (const slide of env.slides) {
    for (const token of slide.body) {
      if (token.type !== 'inline' || !token.map) continue;
      token.content.split('\n').forEach((text, i) => {
        if (!LOOKS_LIKE_ATTRIBUTES.test(text)) return;
        const line = token.map![0] + i;
        env.diagnostics.push({
          severity: 'error',
          file: env.file,
          line: line + 1,
          column: (env.lines[line] ?? '').indexOf('{') + 1,
          message: `attribute line ${text.trim().slice(0, 40)} is not the first line of a slide, and would show as text`,
          hint: 'put it on the first line of its slide, right after the blank line that follows ---',
        });
      });
    }
  }
}

export function parseAttributes(text: string, report: (message: string, hint: string) => void): SlideAttributes {
  const attributes: SlideAttributes = { classes: [] };
  for (const part of text.trim().split(/\s+/).filter(Boolean)) {
    const [name, value] = part.split('=', 2) as [string, string | undefined];
    if (part.startsWith('#')) {
      const id = part.slice(1);
      if (/^[a-z][a-z0-9-]*$/.test(id)) attributes.id = id;
      else report(`invalid slide id "${id}"`, 'use lower-case letters, digits and hyphens, starting with a letter');
    } else if (part.startsWith('.')) {
      attributes.classes.push(part.slice(1));
    } else if (name === 'layout' && value !== undefined) {
      if ((LAYOUTS as readonly string[]).includes(value)) attributes.layout = value;
      else report(`unknown layout "${value}"`, `use one of: ${LAYOUTS.join(', ')}`);
    } else if (name === 'timing' && value !== undefined) {
      const seconds = Number(value.replace(/s$/, ''));
      if (Number.isFinite(seconds) && seconds > 0) attributes.timing = seconds;
      else report(`invalid timing "${value}"`, 'give the seconds planned for the slide, e.g. timing=90');
    } else {
      report(`unknown slide attribute "${part}"`, 'use #id, .class, layout=NAME or timing=SECONDS');
    }
  }
  return attributes;
}

/**
 * The source of a slide's attribute paragraph (its lines as the file has them, `attributeLines`)
 * with `timing=SECONDS` set: the value changed where there is one, else the key added before the
 * closing brace. Nothing else changes: indentation, spacing, the other attributes, line endings.
 */
export function withTiming(source: string, seconds: number): string {
  const open = source.indexOf('{');
  const close = source.lastIndexOf('}');
  const inner = source.slice(open + 1, close);
  const timing = `timing=${seconds}`;
  const changed = /(^|\s)timing=\S*/.test(inner) ? inner.replace(/(^|\s)timing=\S*/g, `$1${timing}`) : inner.replace(/\s*$/, (space) => ` ${timing}${space}`);
  return `${source.slice(0, open + 1)}${changed}${source.slice(close)}`;
}

/** A new attribute line of a slide that has none: only its timing. */
export const timingLine = (seconds: number): string => `{timing=${seconds}}`;
