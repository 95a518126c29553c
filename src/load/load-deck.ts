// Load: the only stage that reads files. Turns a slides folder into source texts.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Diagnostic, SourceFile } from '../types.js';

export interface DeckSources {
  slides: SourceFile[];
  /** Every other file under the slides folder (images), as project-relative paths. */
  assets?: string[];
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
  const assets = readdirSync(slidesDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !/\.(md|ya?ml)$/.test(e.name))
    .map((e) => relative(cwd, join(e.parentPath, e.name)).split('\\').join('/'));
  return { slides, assets, settings: read(SETTINGS_FILE), figures: read(FIGURES_FILE), diagnostics };
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

/** Line and 1-based byte offset of the first byte that breaks UTF-8. */
function firstInvalidUtf8(bytes: Uint8Array): { line: number; byte: number } {
  let line = 1;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    // Sequence length from the lead byte; overlong and surrogate forms are left to the decoder.
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (length === 0) return { line, byte: i + 1 };
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return { line, byte: i + 1 };
    }
    if (b === 0x0a) line++;
    i += length;
  }
  return { line, byte: bytes.length };
}
