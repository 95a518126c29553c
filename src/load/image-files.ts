// What file an image address names, and whether that file is an image the deck may publish.
// The check and the build both ask here, so what is checked is exactly what is shipped.
import { posix } from 'node:path';

/** The image types a deck may show, by file name ending, with the type their content must have. */
export const IMAGE_TYPES: Readonly<Record<string, string>> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.svg': 'image/svg+xml',
};

/** Larger images would make the one-file deck (offline.html, which holds them) slow to open. */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;

/** A path of the deck's own files: no scheme, not absolute, not a fragment. */
export function isRelative(href: string): boolean {
  return !/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(href);
}

/**
 * The file a relative image address names, as a project-relative path: the address is read as a
 * URL, relative to the slide file's folder, so `?query` and `#fragment` are not part of the name
 * and `%20` is a space. Undefined for an address with no file part.
 */
export function imageFile(href: string, fromFile: string): string | undefined {
  const name = href.split(/[?#]/)[0] ?? '';
  if (name === '') return undefined;
  return posix.normalize(posix.join(posix.dirname(fromFile), decodePath(name)));
}

/** The path as it goes into a `src` attribute: every character but letters, digits, `-._~/` escaped. */
export function encodePath(path: string): string {
  return path
    .split('/')
    .map((part) => encodeURIComponent(part).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/');
}

function decodePath(href: string): string {
  try {
    return decodeURI(href);
  } catch {
    return href; // a stray % is a file name character, not an escape
  }
}

/** The image type the bytes are, whatever the file is called; undefined when not an image we ship. */
export function sniffImageType(bytes: Uint8Array): string | undefined {
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (bytes[0] === 0x89 && ascii(1, 8) === 'PNG\r\n\x1a\n') return 'image/png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (ascii(0, 6) === 'GIF87a' || ascii(0, 6) === 'GIF89a') return 'image/gif';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp';
  if (ascii(4, 8) === 'ftyp' && ['avif', 'avis'].includes(ascii(8, 12))) return 'image/avif';
  if (isSvg(bytes)) return 'image/svg+xml';
  return undefined;
}

/** An SVG document: after an XML declaration, comments and a doctype, its root is <svg>. */
function isSvg(bytes: Uint8Array): boolean {
  const head = new TextDecoder().decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, '');
  const rest = head.replace(/^(\s+|<\?xml[^>]*\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(\[[\s\S]*?\])?\s*>)*/i, '');
  return /^<svg[\s>]/.test(rest);
}
