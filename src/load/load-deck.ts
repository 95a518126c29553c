// Load: the only stage that reads the sources. Turns a slides folder into source texts and the
// facts the checks need about every other file in it (the images).
import { closeSync, fstatSync, openSync, readdirSync, readFileSync, readSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { extname, isAbsolute, join, relative, sep } from 'node:path';
import type { Diagnostic, SourceFile } from '../types.js';
import { imageSize } from 'image-size';
import { parse as parseYamlText } from 'yaml';
import { CHINESE, SOURCE_LANG, isLangCode, type LangCode } from '../shared/languages.js';
import { IMAGE_TYPES, MAX_IMAGE_BYTES, sniffImageType } from './image-files.js';
import { svgProblem } from './svg-safety.js';

/** A file of the slides folder other than the sources: an image, or something the deck will not ship. */
export interface Asset {
  /** Project-relative, with `/`. */
  path: string;
  bytes: number;
  /** The image type its content has, whatever its name says; undefined when it is not an image. */
  type?: string;
  /** For an SVG: what in it could run or reach outside the file, as a clause ("contains ..."). */
  unsafe?: string;
  /** A symbolic link: never followed, it could point anywhere. */
  link?: boolean;
  /** An image's size in pixels, as its file gives it (an SVG's width and height, or view box). */
  width?: number;
  height?: number;
}

export interface DeckSources {
  /** The slides folder, project-relative. */
  dir?: string;
  slides: SourceFile[];
  /** The languages `deck.yaml` lists, the source first; where it lists none, English and Chinese
   *  where `slides/zh/` exists. Codes that are not valid are left out (the settings' check names them). */
  languages?: LangCode[];
  /** Each other language's folder (`slides/<code>/`): its slides file for file, and the words of
   *  a language written as data (`language.yaml`, `ui.yaml`), where the folder has them. */
  translations?: TranslationSources[];
  assets?: Asset[];
  settings?: SourceFile;
  figures?: SourceFile;
  diagnostics: Diagnostic[];
}

export interface TranslationSources {
  code: LangCode;
  /** Whether the folder exists (a listed language without one is a mistake). */
  found: boolean;
  slides: SourceFile[];
  language?: SourceFile;
  ui?: SourceFile;
}

export const SETTINGS_FILE = 'deck.yaml';
/** A translation's words for the data files and for the deck's own controls, in its folder. */
export const LANGUAGE_FILE = 'language.yaml';
export const UI_FILE = 'ui.yaml';
export const FIGURES_FILE = 'figures.yaml';
/** Far more than any talk; a larger file is a mistake (a log, a data dump) and would stall the parser. */
const MAX_SOURCE_BYTES = 20 * 1024 * 1024;

/** Reads `*.md` in name order plus the settings and figures files of `slidesDir`. */
export function loadDeck(slidesDir: string, cwd = process.cwd()): DeckSources {
  const diagnostics: Diagnostic[] = [];
  const shown = (path: string) => relative(cwd, path).split('\\').join('/') || path;
  const dir = shown(slidesDir);
  const problem = (path: string, message: string, hint: string) => diagnostics.push({ severity: 'error', file: shown(path), line: 1, message, hint });

  let entries: Dirent[];
  try {
    entries = readdirSync(slidesDir, { withFileTypes: true });
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    return {
      dir,
      slides: [],
      diagnostics: [
        {
          severity: 'error',
          file: dir,
          line: 1,
          message: missing ? 'slides folder not found' : `cannot read the slides folder (${reason(error)})`,
          hint: 'pass --slides DIR with the Markdown sources',
        },
      ],
    };
  }
  const names = entries
    .map((e) => e.name)
    .filter((n) => n.endsWith('.md'))
    .sort();
  if (names.length === 0) {
    diagnostics.push({
      severity: 'error',
      file: dir,
      line: 1,
      message: 'no Markdown files (*.md) in the slides folder',
      hint: 'add one file per part of the talk, e.g. 01-title.md',
    });
  }
  // Where the folder really is, so that a source linked from elsewhere is known as such.
  const realDir = realpathSync(slidesDir);
  const read = (name: string, required: boolean): SourceFile | undefined => {
    const path = join(slidesDir, name);
    const bytes = readSource(path, realDir, required, problem);
    if (!bytes) return undefined;
    const decoded = decodeSource(shown(path), bytes);
    diagnostics.push(...decoded.diagnostics);
    return decoded.file;
  };
  const slides = names.map((n) => read(n, true)).filter((f): f is SourceFile => f !== undefined);
  const settings = read(SETTINGS_FILE, true);
  const languages = listedLanguages(settings, slidesDir);
  const translations = languages.slice(1).map((code) => readTranslation(slidesDir, code, read, problem));
  const assets = listAssets(slidesDir, shown, problem);
  return { dir, slides, languages, translations, assets, settings, figures: read(FIGURES_FILE, true), diagnostics };
}

/** The languages `deck.yaml` lists (read here, before its check, for the folders to read: a code
 *  that could name a folder elsewhere, `../x`, is never one), or English and Chinese where
 *  `slides/zh/` exists. */
function listedLanguages(settings: SourceFile | undefined, slidesDir: string): LangCode[] {
  let listed: unknown;
  try {
    listed = settings && (parseYamlText(settings.text) as { languages?: unknown } | null)?.languages;
  } catch {
    listed = undefined; // the settings' check reports the YAML
  }
  if (Array.isArray(listed)) return [...new Set(listed.filter(isLangCode))];
  let chinese = false;
  try {
    chinese = statSync(join(slidesDir, CHINESE)).isDirectory();
  } catch {
    chinese = false;
  }
  return chinese ? [SOURCE_LANG, CHINESE] : [SOURCE_LANG];
}

type Report = (path: string, message: string, hint: string) => void;

/** `slides/<code>/*.md` in name order, and its words files where it has them. */
function readTranslation(
  slidesDir: string,
  code: LangCode,
  read: (name: string, required: boolean) => SourceFile | undefined,
  problem: Report,
): TranslationSources {
  const folder = join(slidesDir, code);
  let names: string[];
  try {
    if (!statSync(folder).isDirectory()) return { code, found: false, slides: [] };
    names = readdirSync(folder).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
      problem(folder, `cannot read the translation folder (${reason(error)})`, 'make it readable, or move it out of the slides folder');
    return { code, found: false, slides: [] };
  }
  const slides = names
    .filter((n) => n.endsWith('.md'))
    .map((n) => read(join(code, n), true))
    .filter((f): f is SourceFile => f !== undefined);
  const words = (name: string) => (names.includes(name) ? read(join(code, name), true) : undefined);
  return { code, found: true, slides, language: words(LANGUAGE_FILE), ui: words(UI_FILE) };
}

/** The bytes of a source file, or undefined with the reason reported: only regular files of the
 *  slides folder are read (a pipe or a device named *.md would never end; a link to a file
 *  elsewhere, a `.env` say, would publish it). */
function readSource(path: string, realDir: string, required: boolean, problem: Report): Uint8Array | undefined {
  const name = path.replace(/^.*[\\/]/, '');
  let fd: number | undefined;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) {
      problem(path, `${name} is not a regular file (${kindOf(stat)})`, `replace it with a text file, or rename it so that it does not end in ${extname(name)}`);
      return undefined;
    }
    const inside = relative(realDir, realpathSync(path));
    if (inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
      problem(path, `${name} is a link to a file outside the slides folder`, 'copy the file itself into the slides folder: links out of it are not followed');
      return undefined;
    }
    if (stat.size > MAX_SOURCE_BYTES) {
      problem(
        path,
        `${name} is ${megabytes(stat.size)}, more than the ${megabytes(MAX_SOURCE_BYTES)} a source file may have`,
        'split the talk into several files, or remove what is not slides',
      );
      return undefined;
    }
    fd = openSync(path, 'r');
    return readFileSync(fd);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && required) {
      problem(path, `cannot read ${name}: it does not exist`, `create ${name} in the slides folder (see the README's source format)`);
    } else {
      problem(path, `cannot read ${name} (${reason(error)})`, 'check that the file is readable');
    }
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Every file under the slides folder but the sources, with what its content is. */
function listAssets(slidesDir: string, shown: (path: string) => string, problem: Report): Asset[] {
  const assets: Asset[] = [];
  const walk = (dir: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      problem(dir, `cannot read the folder ${shown(dir)} (${reason(error)})`, 'make it readable, or move it out of the slides folder');
      return;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isSymbolicLink()) assets.push({ path: shown(path), bytes: 0, link: true });
      else if (entry.isFile() && !/\.(md|ya?ml)$/.test(entry.name)) assets.push(describeAsset(path, shown(path)));
    }
  };
  walk(slidesDir);
  return assets;
}

/** An image's width and height in pixels, where its bytes say them. */
function pixelSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  try {
    const { width, height } = imageSize(bytes);
    return width > 0 && height > 0 ? { width, height } : undefined;
  } catch {
    return undefined;
  }
}

/** Reads as much of the file as it takes to know what it is: its start, or all of an SVG. */
function describeAsset(path: string, shownPath: string): Asset {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const size = fstatSync(fd).size;
    const head = Buffer.alloc(Math.min(size, 4096));
    readSync(fd, head, 0, head.length, 0);
    const type = sniffImageType(head);
    const asset: Asset = { path: shownPath, bytes: size, type };
    if (type === 'image/svg+xml' && size <= MAX_IMAGE_BYTES && IMAGE_TYPES[extname(path).toLowerCase()]) {
      const text = readFileSync(fd, 'utf8');
      asset.unsafe = svgProblem(text);
      Object.assign(asset, pixelSize(Buffer.from(text)));
    } else if (type) {
      // A JPEG may say its size after a long header (EXIF, a thumbnail): read on until it does.
      let measured = pixelSize(head);
      if (!measured && size > head.length) {
        const more = Buffer.alloc(Math.min(size, 512 * 1024));
        readSync(fd, more, 0, more.length, 0);
        measured = pixelSize(more);
      }
      Object.assign(asset, measured);
    }
    return asset;
  } catch {
    return { path: shownPath, bytes: 0 };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Characters XML 1.0 does not allow (C0 controls but tab, line feed and carriage return; U+FFFE,
 *  U+FFFF): pasted in by accident, invisible in an editor, and they make the PowerPoint file's XML
 *  ill-formed. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
export const NOT_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Strict UTF-8 with the BOM dropped and every line ending made LF, so line numbers hold; the
 *  characters that are not text removed, with a warning at the first. */
export function decodeSource(path: string, bytes: Uint8Array): { file?: SourceFile; diagnostics: Diagnostic[] } {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const { line, byte } = firstInvalidUtf8(bytes);
    return {
      diagnostics: [
        { severity: 'error', file: path, line, message: `not valid UTF-8 (byte ${byte} of the file)`, hint: 'save the file as UTF-8 in your editor' },
      ],
    };
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const found = [...text.matchAll(NOT_TEXT)];
  const first = found[0];
  if (!first) return { file: { path, text }, diagnostics: [] };
  const before = text.slice(0, first.index).split('\n');
  const code = `U+${first[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  const more = found.length > 1 ? ` (and ${found.length - 1} more in the file)` : '';
  return {
    file: { path, text: text.replace(NOT_TEXT, '') },
    diagnostics: [
      {
        severity: 'warning',
        file: path,
        line: before.length,
        column: before.at(-1)!.length + 1,
        message: `invisible control character ${code} removed${more}: it would break the PowerPoint file`,
        hint: 'delete it in your editor; such characters come with text pasted from other programs',
      },
    ],
  };
}

/** Line and 1-based byte offset of the first byte that breaks UTF-8. */
function firstInvalidUtf8(bytes: Uint8Array): { line: number; byte: number } {
  let line = 1;
  for (let i = 0; i < bytes.length;) {
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

/** What a path that is not a regular file is, in words: "a named pipe". */
export function kindOf(stat: Stats): string {
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a named pipe';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isSocket()) return 'a socket';
  return 'not a file';
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'ELOOP' ? 'a loop of links' : ((error as Error).message ?? String(error));
}

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
