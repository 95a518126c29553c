// Load: the only stage that reads files. Turns a slides folder into source texts.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Diagnostic, SourceFile } from '../types.js';

export interface DeckSources {
  slides: SourceFile[];
  settings?: SourceFile;
  figures?: SourceFile;
  diagnostics: Diagnostic[];
}

export const SETTINGS_FILE = 'deck.yaml';
export const FIGURES_FILE = 'figures.yaml';

/** Reads `*.md` in name order plus the settings and figures files of `slidesDir`. */
export function loadDeck(slidesDir: string, cwd = process.cwd()): DeckSources {
  const diagnostics: Diagnostic[] = [];
  const read = (name: string): SourceFile | undefined => {
    const path = relative(cwd, join(slidesDir, name)) || name;
    let bytes: Buffer;
    try {
      bytes = readFileSync(join(slidesDir, name));
    } catch {
      diagnostics.push({
        severity: 'error',
        file: path,
        line: 1,
        message: `cannot read ${name}`,
        hint: `create ${path} (see the README's source format)`,
      });
      return undefined;
    }
    const decoded = decodeSource(path, bytes);
    if ('line' in decoded) {
      diagnostics.push(decoded);
      return undefined;
    }
    return decoded;
  };

  let names: string[];
  try {
    names = readdirSync(slidesDir).filter((n) => n.endsWith('.md')).sort();
  } catch {
    const path = relative(cwd, slidesDir) || slidesDir;
    return {
      slides: [],
      diagnostics: [
        { severity: 'error', file: path, line: 1, message: 'slides folder not found', hint: 'pass --slides DIR with the Markdown sources' },
      ],
    };
  }
  if (names.length === 0) {
    const path = relative(cwd, slidesDir) || slidesDir;
    diagnostics.push({ severity: 'error', file: path, line: 1, message: 'no Markdown files (*.md) in the slides folder', hint: 'add one file per part of the talk, e.g. 01-title.md' });
  }
  const slides = names.map(read).filter((f): f is SourceFile => f !== undefined);
  return { slides, settings: read(SETTINGS_FILE), figures: read(FIGURES_FILE), diagnostics };
}

/** Strict UTF-8 with the BOM dropped and every line ending made LF, so line numbers hold. */
export function decodeSource(path: string, bytes: Uint8Array): SourceFile | Diagnostic {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const { line, byte } = firstInvalidUtf8(bytes);
    return {
      severity: 'error',
      file: path,
      line,
      message: `not valid UTF-8 (byte ${byte} of the file)`,
      hint: 'save the file as UTF-8 in your editor',
    };
  }
  return { path, text: text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n') };
}

function firstInvalidUtf8(bytes: Uint8Array): { line: number; byte: number } {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(start, i));
      } catch {
        return { line, byte: findBadByte(bytes, start, i) + 1 };
      }
      line++;
      start = i + 1;
    }
  }
  return { line, byte: bytes.length };
}

function findBadByte(bytes: Uint8Array, start: number, end: number): number {
  for (let i = start + 1; i <= end; i++) {
    try {
      // Streaming lets an unfinished sequence at the cut pass; only a wrong byte throws.
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start, i), { stream: true });
    } catch {
      return i - 1;
    }
  }
  return start;
}
