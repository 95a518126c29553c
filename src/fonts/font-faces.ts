// The deck's fonts, cut at build time to the characters it needs: no system font in their place,
// none to miss offline. The English deck's faces go into the page; the Chinese deck's own
// characters are a face of their own that the hosted site ships as a file, which the browser
// fetches only once Chinese is shown (its unicode-range says which characters it holds). The
// same faces as TrueType, named as the slides name them, go into the PowerPoint file (cut) and
// to an organiser's PC (whole, `deck fonts`).
import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { decodeHTML } from 'entities';
import { cjkCharacters } from '../cjk.js';
import { writeFileAtomic } from '../files/atomic-write.js';
import { ROOT } from '../project-root.js';
import { UI_TEXT, uiCharacters } from '../shared/ui-text.js';
import type { Deck, Slide } from '../types.js';
import { renameFont } from './sfnt.js';

const packageFiles = createRequire(import.meta.url);

/** A font cut to some characters: what a @font-face rule needs, but for where its bytes are. */
export interface CutFace {
  family: string;
  weight: number;
  /** U+4E2D,U+56FD-5700 …, or empty for a face that covers whatever it holds. */
  unicodeRange: string;
  bytes: Buffer;
  /** A name for the file the site ships it as, made from its content. */
  fileName: string;
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
const latin = (text: string) => [...new Set([...LATIN_BASE, ...distinct(text).filter((c) => !/^[\u2e80-\uffff]/.test(c))])].join('');

const INTER = { 400: '@fontsource/inter/files/inter-latin-400-normal.woff2', 700: '@fontsource/inter/files/inter-latin-700-normal.woff2' };
const NOTO_SC = {
  400: '@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-400-normal.woff2',
  700: '@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-700-normal.woff2',
};
/** Inter whole, every script in one file, for an office program (a file can name one face per
 *  weight, where the web splits it by script): the same version as the web's cuts, the same widths. */
const INTER_WHOLE = { 400: 'inter-ui/web/Inter-Regular.woff2', 700: 'inter-ui/web/Inter-Bold.woff2' };
/** The two families the slides are set in, each face's file for an office program and the licence
 *  it comes under. */
export const FAMILIES = {
  Inter: { files: INTER_WHOLE, licence: '@fontsource/inter/LICENSE' },
  'Noto Sans SC': { files: NOTO_SC, licence: '@fontsource/noto-sans-sc/LICENSE' },
} as const;
export type Family = keyof typeof FAMILIES;

// Cutting a font means unpacking it first: about a second for the CJK face. Each cut is kept
// on disk, so only the first build after the deck's characters change pays for it.
const DISK_CACHE = join(ROOT, 'node_modules/.cache/deck-fonts');

/** The text a deck's page shows with these fonts: its slides, the speaker's notes, and the deck's own controls. */
export function pageText(deck: Deck): string {
  return deck.slides.map((s) => s.html + s.notesHtml).join('') + uiCharacters(deck.text, [deck.name]);
}

/** The faces of a page and of its translations (`deckFaces`), and all of them, for the one-file deck. */
export interface PageFaces {
  inline: CutFace[];
  chinese: CutFace[];
  /** What a page opening in Chinese paints its first slide in, alone: that slide's characters in
   *  Noto Sans SC (the same files as the Chinese deck's first faces) and its English words' in
   *  Inter, each weight a file. */
  opening: CutFace[];
  /** Inter's Latin Extended and Cyrillic, cut to the translations' characters of those scripts. */
  scripts: CutFace[];
  all: CutFace[];
}

/** Inter's other scripts, each a file of its own that a page fetches only for text in it
 *  (its unicode-range): Portuguese is in Latin-1, which the Latin face holds; Russian is not. */
const INTER_SCRIPTS = [
  { name: 'latin-ext', pattern: /[\u0100-\u02af\u1e00-\u1eff]/u },
  { name: 'cyrillic', pattern: /[\u0400-\u052f]/u },
] as const;

/** A face before it is cut: the font file and the characters it is cut to. */
interface FacePlan {
  family: string;
  weight: number;
  file: string;
  chars: string;
  /** Whether its rule names its characters (unicode-range), else it covers whatever it holds. */
  ranged: boolean;
}

/** The faces of a page in `deck`'s language with `translations` to switch to (`planDeckFaces`). */
export async function deckFaces(deck: Deck, translations: readonly Deck[]): Promise<PageFaces> {
  const plan = planDeckFaces(deck, translations);
  const [inline, chinese, scripts, opening] = await Promise.all([plan.inline, plan.chinese, plan.scripts, plan.opening].map(cutAll));
  // The Chinese faces before the English page's: where their characters meet (中, 国), the face
  // whose rule comes last is the one asked for, and the English page never asks for Chinese.
  return { inline: inline!, chinese: chinese!, scripts: scripts!, opening: opening!, all: [chinese!, inline!, scripts!].flat() };
}

/** The characters a page's faces hold, by family and weight ("Inter 700"); a character a family
 *  lacks in a weight is drawn in a system face. */
export type FaceCharacters = ReadonlyMap<string, ReadonlySet<string>>;

/** What the faces of a page in `deck`'s language with `translations` hold, without cutting them. */
export function deckCharacters(deck: Deck, translations: readonly Deck[]): FaceCharacters {
  const held = new Map<string, Set<string>>();
  for (const face of Object.values(planDeckFaces(deck, translations)).flat()) {
    const key = `${face.family} ${face.weight}`;
    const chars = held.get(key) ?? new Set<string>();
    for (const c of face.chars) chars.add(c);
    held.set(key, chars);
  }
  return held;
}

/** Whether faces that hold `held` draw every character that faces made for `wanted` would: a
 *  face's characters are drawn by whichever face of its family and weight holds them. */
export function facesHold(held: FaceCharacters, wanted: FaceCharacters): boolean {
  return [...wanted].every(([key, chars]) => [...chars].every((c) => held.get(key)?.has(c)));
}

function planDeckFaces(deck: Deck, translations: readonly Deck[]): { inline: FacePlan[]; chinese: FacePlan[]; scripts: FacePlan[]; opening: FacePlan[] } {
  const texts = new Map([deck, ...translations].map((d) => [d, pageText(d)]));
  const chinese = translations.find((t) => t.lang === 'zh');
  const others = translations
    .filter((t) => t !== chinese)
    .map((t) => texts.get(t)!)
    .join('');
  // The language menu names every language in itself, in the regular weight.
  const names = [deck, ...translations].map((d) => d.name).join('');
  const base = planPageFaces(texts.get(deck)! + others + names, chinese && texts.get(chinese), chinese?.slides[0]);
  return { ...base, scripts: planScriptFaces([...texts.values()].join('')) };
}

/** Inter's faces for the scripts of `text` beyond Latin-1, each cut to its characters there. */
function planScriptFaces(text: string): FacePlan[] {
  // Both cases of each letter: the page sets some text in capitals (a part's number, the event).
  const cased = [...characters(text)].map((c) => c + c.toUpperCase() + c.toLowerCase()).join('');
  const all = [...characters(cased)];
  return INTER_SCRIPTS.flatMap((script) => {
    const chars = all.filter((c) => script.pattern.test(c)).join('');
    return ([400, 700] as const).map((weight) => plan('Inter', weight, `@fontsource/inter/files/inter-${script.name}-${weight}-normal.woff2`, chars, true));
  });
}

/**
 * The faces of a page: Inter for the Latin text, and Noto Sans SC for the Chinese in the English
 * slides (`inline`); where the page holds a Chinese deck too, Noto Sans SC in both weights for
 * that deck's characters, Latin ones included, since Chinese text is set in it (`chinese`): its
 * opening slide's Chinese text (`chineseOpening`), each weight cut to the text set in it there, in
 * faces of their own, which with Inter cut to that slide's English words are the faces a page
 * opening in Chinese is first painted in (`opening`).
 */
function planPageFaces(englishText: string, chineseText?: string, chineseOpening?: Slide): { inline: FacePlan[]; chinese: FacePlan[]; opening: FacePlan[] } {
  const inEnglish = cjkCharacters(englishText);
  const boldInEnglish = cjkCharacters(uiCharacters(UI_TEXT.en, []));
  const latinText = latin(englishText + (chineseText ?? ''));
  const inline = [
    plan('Inter', 400, INTER[400], latinText),
    plan('Inter', 700, INTER[700], latinText),
    plan('Noto Sans SC', 400, NOTO_SC[400], inEnglish, true),
    plan('Noto Sans SC', 700, NOTO_SC[700], boldInEnglish, true),
  ];
  if (chineseText === undefined) return { inline, chinese: [], opening: [] };
  // The rest of the Chinese deck holds none of the characters the English page has faces for, so
  // nothing on it matches their unicode-range: it never fetches them. (The English page's Chinese
  // is regular, the language menu's 中文 too; its slides' bold Chinese, if any, would fetch.) The
  // opening slide's faces hold some (中, 国): their rules come before the English page's, which
  // the browser then asks for those characters (deckFaces).
  const without = (held: string, text: string) => {
    const shared = new Set(held);
    return [...characters(text)].filter((c) => !shared.has(c)).join('');
  };
  // In capitals too: the page sets some lines so (the title slide's event).
  // Its notes too: a phone shows them under it (browse.css).
  const text = textByFace(chineseOpening?.html ?? '', chineseOpening?.layout === 'title');
  const notes = textByFace(chineseOpening?.notesHtml ?? '', false);
  const opening = (script: 'chinese' | 'english', weight: 400 | 700) => {
    const all = text[script][weight] + notes[script][weight];
    return all + all.toUpperCase();
  };
  // The deck's first Chinese faces are the opening slide's, in the weight each character is set in
  // there; they are the files the page opening in Chinese is painted in (one download, two rules).
  const openingFaces = ([400, 700] as const).map((weight) => plan('Noto Sans SC', weight, NOTO_SC[weight], characters(opening('chinese', weight)), true));
  const rest = (weight: 400 | 700, held: string) =>
    plan('Noto Sans SC', weight, NOTO_SC[weight], without(held + characters(opening('chinese', weight)), chineseText), true);
  // Spaces too: a space is drawn in Inter, in Chinese text as well (theme.css).
  const openingInter = ([400, 700] as const).map((weight) => {
    const all = opening('english', weight) + opening('chinese', weight);
    const spaces = (/\s/.test(all) ? ' ' : '') + (all.includes('\u00a0') ? '\u00a0' : '');
    return plan('Inter', weight, INTER[weight], characters(opening('english', weight)) + spaces, true);
  });
  return { inline, chinese: [...openingFaces, rest(400, inEnglish), rest(700, boldInEnglish)], opening: [...openingFaces, ...openingInter] };
}

/**
 * A slide's text by script and weight: Chinese, and English (its elements marked `lang="en"`), each
 * in the weight theme.css sets it in (headings and strong text bold; on a title slide also its event,
 * its speaker and its address, the paragraphs first and after the title and the list), entities
 * read. A browser test finds every character of the opening slide in the face cut for it.
 */
function textByFace(html: string, title: boolean): Record<'chinese' | 'english', Record<400 | 700, string>> {
  const text = { chinese: { 400: '', 700: '' }, english: { 400: '', 700: '' } };
  // Each open element's language and weight, inside the slide's own: Chinese and regular.
  const open: { english: boolean; bold: boolean }[] = [];
  // The slide's elements so far, and the last of them.
  let count = 0;
  let previous = '';
  for (const [, closing, tag, attributes, between] of html.matchAll(/<(\/?)([a-z0-9]+)([^>]*)>|([^<]+)/gi)) {
    const inside = open.at(-1) ?? { english: false, bold: false };
    const name = tag?.toLowerCase() ?? '';
    if (between !== undefined) {
      text[inside.english ? 'english' : 'chinese'][inside.bold ? 700 : 400] += decodeHTML(between);
    } else if (closing) {
      open.pop();
      if (open.length === 0) previous = name;
    } else if (!VOID_ELEMENTS.has(name)) {
      const lang = /\slang="([^"]*)"/.exec(attributes!)?.[1];
      const titlePart = title && open.length === 0 && name === 'p' && (count === 0 || previous === 'h1' || previous === 'ul');
      if (open.length === 0) count++;
      open.push({
        english: lang === undefined ? inside.english : !/^zh/.test(lang),
        bold: inside.bold || /^(h[1-6]|strong|b|th)$/.test(name) || titlePart,
      });
    }
  }
  return text;
}

const VOID_ELEMENTS = new Set(['area', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** @font-face rules for text of any language, each face a subset inlined as a data URL (the handout's). */
export async function fontFacesCss(text: string): Promise<string> {
  const chinese = characters(cjkCharacters(text) ? text : '');
  const faces = await cutAll([
    plan('Inter', 400, INTER[400], latin(text)),
    plan('Inter', 700, INTER[700], latin(text)),
    plan('Noto Sans SC', 400, NOTO_SC[400], chinese, true),
    plan('Noto Sans SC', 700, NOTO_SC[700], chinese, true),
    ...planScriptFaces(text),
  ]);
  return faces.map((face) => faceRule(face, inlineSource(face))).join('');
}

/**
 * A @font-face rule with its font at `source`, a data: URL or the shipped file's address. `block`
 * (printing: the text waits for its face), or `swap`: the page's, painted first in a system face
 * adjusted to this one's metrics (fallback-faces.ts), which this one replaces once loaded.
 */
export function faceRule(face: CutFace, source: string, display: 'block' | 'swap' = 'block'): string {
  const range = face.unicodeRange ? `\n  unicode-range: ${face.unicodeRange};` : '';
  return `@font-face {
  font-family: '${face.family}';
  font-style: normal;
  font-weight: ${face.weight};
  font-display: ${display};
  src: url(${source}) format('woff2');${range}
}
`;
}

export const inlineSource = (face: CutFace): string => `data:font/woff2;base64,${face.bytes.toString('base64')}`;

/** Every distinct character of the text, tags and spaces aside. */
function characters(text: string): string {
  return distinct(text.replace(/<[^>]*>/g, '').replace(/\s/g, ''))
    .sort()
    .join('');
}

/** The characters of `text`, each once, in the order they first come. A loop, not a Set made from
 *  the string: a build looks at its pages' text, some hundred thousand characters, several times. */
function distinct(text: string): string[] {
  const seen = new Uint8Array(0x10000);
  let astral: Set<string> | undefined;
  const out: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      const pair = text.slice(i, ++i + 1);
      if (!(astral ??= new Set()).has(pair)) {
        astral.add(pair);
        out.push(pair);
      }
    } else if (!seen[code]) {
      seen[code] = 1;
      out.push(text[i]!);
    }
  }
  return out;
}

const isFace = (face: CutFace | undefined): face is CutFace => face !== undefined;

/** A face as an office program installs or embeds it: TrueType, under the family and style the
 *  slides name (Inter Bold, Noto Sans SC Regular). */
export interface OfficeFace {
  family: Family;
  weight: 400 | 700;
  bytes: Buffer;
  /** Inter-Bold.ttf */
  fileName: string;
}

/** A face whole (Inter's Latin, Noto Sans SC's Simplified Chinese) to install, or cut to `chars`
 *  (with the Latin base, so that an edit in Latin keeps the face) to embed in a file. */
export async function officeFace(family: Family, weight: 400 | 700, chars?: string): Promise<OfficeFace> {
  const style = weight === 700 ? 'Bold' : 'Regular';
  const cut = await cutFont(FAMILIES[family].files[weight], chars === undefined ? undefined : [...new Set(LATIN_BASE + chars)].join(''), 'truetype');
  return { family, weight, bytes: renameFont(cut, { family, style }), fileName: `${family.replace(/\s+/g, '')}-${style}.ttf` };
}

/** The files an organiser installs to see the slides as designed: each face whole, and the
 *  licence each family comes under (both the SIL Open Font License), which goes with them. */
export async function installFiles(): Promise<{ fileName: string; bytes: Buffer }[]> {
  const faces = await Promise.all((Object.keys(FAMILIES) as Family[]).flatMap((family) => [officeFace(family, 400), officeFace(family, 700)]));
  const licences = await Promise.all(
    Object.entries(FAMILIES).map(async ([family, { licence }]) => ({
      fileName: `${family.replace(/\s+/g, '')}-OFL.txt`,
      bytes: await readFile(packageFiles.resolve(licence)),
    })),
  );
  return [...faces, ...licences];
}

const memory = new Map<string, Promise<CutFace | undefined>>();

const plan = (family: string, weight: number, file: string, chars: string, ranged = false): FacePlan => ({ family, weight, file, chars, ranged });

/** The planned faces cut, those with no characters left out. */
async function cutAll(plans: readonly FacePlan[]): Promise<CutFace[]> {
  return (await Promise.all(plans.map(cut))).filter(isFace);
}

function cut({ family, weight, file, chars, ranged }: FacePlan): Promise<CutFace | undefined> {
  if (chars === '') return Promise.resolve(undefined);
  const key = `${file}\n${chars}`;
  let face = memory.get(key);
  if (!face) {
    face = (async () => {
      const bytes = await cutFont(file, chars);
      const fileName = `${family.replace(/\s+/g, '')}-${weight}-${createHash('sha256').update(bytes).digest('hex').slice(0, 8)}.woff2`;
      return { family, weight, unicodeRange: ranged ? unicodeRange(chars) : '', bytes, fileName };
    })();
    memory.set(key, face);
  }
  return face;
}

/** The font cut to `characters` (all of it without), as a web font or as TrueType. */
async function cutFont(file: string, characters: string | undefined, format: 'woff2' | 'truetype' = 'woff2'): Promise<Buffer> {
  // Keyed by the font's bytes too, so a new version of the font package is cut afresh.
  const key = createHash('sha256')
    .update(await fontDigest(file))
    .update(characters ?? '\u0000all')
    .digest('hex')
    .slice(0, 32);
  const cached = join(DISK_CACHE, `${key}.${format === 'woff2' ? 'woff2' : 'ttf'}`);
  try {
    return await readFile(cached);
  } catch {
    const font = await readFile(packageFiles.resolve(file));
    // Loaded only to cut: most builds find every subset on disk.
    const { default: subsetFont } = await import('subset-font');
    // A file for an office program keeps its copyright and licence names (the web's need not).
    const names = format === 'truetype' ? { preserveNameIds: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14] } : {};
    const subset =
      characters === undefined
        ? await subsetFont(font, '', { targetFormat: format, keepAllGlyphs: true, ...names })
        : await subsetFont(font, characters, { targetFormat: format, ...names });
    await mkdir(DISK_CACHE, { recursive: true });
    // A build running beside this one never reads half a font.
    writeFileAtomic(cached, subset);
    return subset;
  }
}

const digests = new Map<string, Promise<string>>();

/** A font file's SHA-256, read once a run: a page's faces cut the same Chinese font several times. */
function fontDigest(file: string): Promise<string> {
  let digest = digests.get(file);
  if (!digest) {
    digest = readFile(packageFiles.resolve(file)).then((bytes) => createHash('sha256').update(bytes).digest('hex'));
    digests.set(file, digest);
  }
  return digest;
}

/** The characters as a unicode-range, runs of neighbours joined: U+4E2D,U+56FD-5700. */
function unicodeRange(chars: string): string {
  const points = [...new Set([...chars].map((c) => c.codePointAt(0)!))].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < points.length;) {
    let j = i;
    while (points[j + 1] === points[j]! + 1) j++;
    const hex = (n: number) => n.toString(16).toUpperCase();
    runs.push(j > i ? `U+${hex(points[i]!)}-${hex(points[j]!)}` : `U+${hex(points[i]!)}`);
    i = j + 1;
  }
  return runs.join(',');
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
