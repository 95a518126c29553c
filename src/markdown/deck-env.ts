// The env our markdown-it plugins share while one source file is parsed.
import type { Token } from 'markdown-it';
import type { Diagnostic, SlideAttributes } from '../types.js';
import type { LinkRef } from './links-plugin.js';

/** One slide as cut from a file's tokens, before rendering. */
export interface ParsedSlide {
  /** 0-based line of the slide's first source line. */
  line: number;
  attributes: SlideAttributes;
  body: Token[];
  notes: Token[];
}

export interface DeckEnv {
  [key: string | symbol]: unknown;
  /** The file's path, for diagnostics. */
  file: string;
  /** The file's lines, to find exact columns. */
  lines: string[];
  slides: ParsedSlide[];
  diagnostics: Diagnostic[];
  /** Safe links and images, for the deck-wide check. */
  links?: LinkRef[];
}

export function createEnv(file: string, text: string): DeckEnv {
  return { file, lines: text.split('\n'), slides: [], diagnostics: [] };
}

export function isDeckEnv(env: unknown): env is DeckEnv {
  return typeof env === 'object' && env !== null && Array.isArray((env as DeckEnv).slides);
}
