// One file's parse state: the env our markdown-it plugins share while the file is parsed.
import type { Token } from 'markdown-it';
import type { Diagnostic, SlideAttributes } from '../types.js';

/** One slide's tokens as cut from the file, sorted into its attributes, body and notes. */
export interface SlideTokens {
  /** 0-based line of the slide's first source line. */
  line: number;
  attributes: SlideAttributes;
  /** 0-based lines of the attribute paragraph, the last one excluded, where the slide has one. */
  attributeLines?: [number, number];
  body: Token[];
  notes: Token[];
}

/** An image's width as the author asks for it: a share of the slide's content, or pixels of the
 *  slide's own 1280 × 720. */
export interface ImageWidth {
  value: number;
  unit: '%' | 'px';
}

/** A link or image as written, for the checks: `#/slide-id` links and image files. */
export interface LinkRef {
  file: string;
  kind: 'link' | 'image';
  href: string;
  /** For an image of the deck's own: the file it names (load/image-files.ts). */
  path?: string;
  /** For an image: the width asked for after it, `{width=50%}` or `{width=600px}`. */
  width?: ImageWidth;
  line: number;
  column: number;
}

export interface ParseEnv {
  [key: string | symbol]: unknown;
  /** The file's path, for diagnostics. */
  file: string;
  /** The file's lines, to find exact columns. */
  lines: string[];
  slides: SlideTokens[];
  diagnostics: Diagnostic[];
  /** Safe links and images, for the deck-wide check. */
  links?: LinkRef[];
}

export function createParseEnv(file: string, text: string): ParseEnv {
  return { file, lines: text.split('\n'), slides: [], diagnostics: [] };
}

export function isParseEnv(env: unknown): env is ParseEnv {
  return typeof env === 'object' && env !== null && Array.isArray((env as ParseEnv).slides);
}
