// The deck's fonts, cut at build time to the characters it needs and inlined into its page:
// no font file to fetch, none to miss offline, and no system font in their place.
import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { writeFileAtomic } from '../files/atomic-write.js';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ROOT } from '../project-root.js';
import { cjkCharacters } from '../cjk.js';
import type { Deck } from '../types.js';

const packageFiles = createRequire(import.meta.url);

interface Face {
  family: string;
  weight: number;
  file: string;
  /** The characters to keep, given the deck's text. */
  characters: (deckText: string) => string;
}

// Latin: printable ASCII, Latin-1, punctuation and the euro sign, plus whatever else the
// deck writes, so the controls and any later edit keep their glyphs.
const LATIN_BASE = String.fromCharCode(
  ...range(0x20, 0x7e),
  ...range(0xa0, 0xff),
  ...range(0x2010, 0x2027),
  ...range(0x2030, 0x205e),
  0x20ac,
  0x2190,
  0x2192,
  0x2715,
);
const latin = (deckText: string) => [...new Set(LATIN_BASE + deckText.replace(/[\u2e80-\uffff]/g, ''))].join('');

const FACES: Face[] = [
  { family: 'Inter', weight: 400, file: '@fontsource/inter/files/inter-latin-400-normal.woff2', characters: latin },
  { family: 'Inter', weight: 700, file: '@fontsource/inter/files/inter-latin-700-normal.woff2', characters: latin },
  { family: 'Noto Sans SC', weight: 400, file: '@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-400-normal.woff2', characters: cjkCharacters },
];

const cache = new Map<string, Promise<string>>();
// Cutting a font means unpacking it first: about a second for the CJK face. Each cut is kept
// on disk, so only the first build after the deck's characters change pays for it.
const DISK_CACHE = join(ROOT, 'node_modules/.cache/deck-fonts');

/** The text the deck's page shows with these fonts: its slides and the speaker's notes. */
export function pageText(deck: Deck): string {
  return deck.slides.map((s) => s.html + s.notesHtml).join('');
}

/** @font-face rules for every face the deck's text needs, each a subset inlined as a data URL. */
export async function fontFacesCss(deckText: string): Promise<string> {
  const rules = await Promise.all(FACES.map((face) => faceCss(face, face.characters(deckText))));
  return rules.join('');
}

function faceCss(face: Face, characters: string): Promise<string> {
  if (characters === '') return Promise.resolve('');
  const key = `${face.file}\n${characters}`;
  let css = cache.get(key);
  if (!css) {
    css = (async () => {
      const subset = await cutFont(face, characters);
      // block: the first slide waits for its font rather than flashing a system one.
      return `@font-face {
  font-family: '${face.family}';
  font-style: normal;
  font-weight: ${face.weight};
  font-display: block;
  src: url(data:font/woff2;base64,${subset.toString('base64')}) format('woff2');
}
`;
    })();
    cache.set(key, css);
  }
  return css;
}

async function cutFont(face: Face, characters: string): Promise<Buffer> {
  const font = await readFile(packageFiles.resolve(face.file));
  // Keyed by the font's bytes too, so a new version of the font package is cut afresh.
  const key = createHash('sha256').update(font).update(characters).digest('hex').slice(0, 32);
  const cached = join(DISK_CACHE, `${key}.woff2`);
  try {
    return await readFile(cached);
  } catch {
    // Loaded only to cut: most builds find every subset on disk.
    const { default: subsetFont } = await import('subset-font');
    const subset = await subsetFont(font, characters, { targetFormat: 'woff2' });
    await mkdir(DISK_CACHE, { recursive: true });
    // A build running beside this one never reads half a font.
    writeFileAtomic(cached, subset);
    return subset;
  }
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
