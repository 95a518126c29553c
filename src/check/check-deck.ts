// Check: deck-wide rules no single file can see (ids, figures, titles, notes).
import { posix } from 'node:path';
import type { DeckSettings, Diagnostic, FigureData } from '../types.js';
import { planTimings } from '../plan-timings.js';
import { figureText } from '../figures/figure-text.js';
import { inlineText, tokensText } from '../markdown/tokens-text.js';
import { countWords } from '../cjk.js';
import { CONTENT_WIDTH, SLIDE } from '../theme.js';
import type { ParsedSlide } from '../markdown/parse-slides.js';
import { didYouMean, suggestionBudget } from '../did-you-mean.js';
import type { LinkRef } from '../markdown/parse-env.js';
import type { Asset } from '../load/load-deck.js';
import { IMAGE_TYPES, isRelative, MAX_IMAGE_BYTES } from '../load/image-files.js';

/** Ids the page and its controls use for their own elements; a slide may not take them. */
const RESERVED_IDS = ['deck', 'main'];
/** Every id of the browsing controls starts so (src/runtime/browse/). */
const RESERVED_PREFIX = 'browse-';
/** Layouts that carry no content of their own and so need no speaker notes. */
const NOTELESS_LAYOUTS = ['section'];
/** Layouts whose notes carry the slide's content, and so have a length to keep to. */
const CONTENT_LAYOUTS = ['default', 'pillars'];
/** About a minute spoken, and what the speaker view shows without scrolling. */
const MAX_NOTES_WORDS = 150;

export function checkDeck(slides: readonly ParsedSlide[], data: FigureData | undefined, figuresFile: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const error = (file: string, line: number, message: string, hint?: string, column?: number) =>
    out.push({ severity: 'error', file, line, column, message, hint });
  const warn = (file: string, line: number, message: string, hint?: string, column?: number) =>
    out.push({ severity: 'warning', file, line, column, message, hint });

  const seen = new Map<string, ParsedSlide>();
  for (const slide of slides) {
    const first = seen.get(slide.id);
    if (first) {
      error(
        slide.file,
        slide.line,
        `duplicate slide id "${slide.id}" (also used at ${first.file}:${first.line})`,
        slide.idFrom === 'attribute' ? 'give one of the slides another {#id}' : 'give one of the slides its own id with a first line {#some-id}',
      );
    } else {
      seen.set(slide.id, slide);
    }
    if (RESERVED_IDS.includes(slide.id) || slide.id.startsWith(RESERVED_PREFIX)) {
      error(slide.file, slide.line, `slide id "${slide.id}" is used by the deck itself`, 'choose another id with a first line {#some-id}');
    }
    if (slide.body.length === 0) {
      error(slide.file, slide.line, 'speaker notes with no slide above them', 'put the notes after a slide’s title and content, or delete them');
    } else if (slide.titleHeadings.length === 0) {
      error(slide.file, slide.line, 'slide has no title', 'start the slide with a heading: ## Title');
    } else if (slide.titleHeadings.length > 1) {
      const extra = slide.titleHeadings[1]!;
      warn(slide.file, (extra.map?.[0] ?? 0) + 1, 'slide has more than one title heading', 'use ### for headings inside a slide');
    }
    const layout = slide.attributes.layout ?? 'default';
    if (slide.notes.length === 0 && !NOTELESS_LAYOUTS.includes(layout)) {
      warn(slide.file, slide.line, `slide "${slide.id}" has no speaker notes`, 'add a line "Note:" followed by what to say');
    }
    if (slide.body.some((t) => t.type === 'container_agenda_open') && !slides.some((s) => s.attributes.layout === 'section')) {
      error(slide.file, slide.line, 'the agenda lists the parts of the talk, and the deck has none', 'open each part with a slide {layout=section}');
    }
    if (slide.body.some((t) => t.type === 'container_timeline_open') && data && data.timeline.length === 0) {
      error(slide.file, slide.line, 'timeline has no entries', `add a timeline list to ${figuresFile}`);
    }
  }

  if (!data) return out;
  const budget = suggestionBudget();
  const figureNamed = didYouMean([...data.figures.keys()], budget);
  const slideNamed = didYouMean([...seen.keys()], budget);
  const used = new Set<string>();
  for (const slide of slides) {
    for (const ref of slide.figures) {
      used.add(ref.key);
      if (data.figures.has(ref.key)) continue;
      const guess = figureNamed(ref.key);
      error(
        slide.file,
        ref.line,
        `unknown figure "${ref.key}"${guess ? ` (did you mean "${guess}"?)` : ''}`,
        `define it under figures: in ${figuresFile}`,
        ref.column,
      );
    }
  }
  for (const figure of data.figures.values()) {
    if (!seen.has(figure.source)) {
      const guess = slideNamed(figure.source);
      error(
        figuresFile,
        figure.line,
        `figure "${figure.key}": source slide "${figure.source}" not found${guess ? ` (did you mean "${guess}"?)` : ''}`,
        'set source to the id of the slide that states the figure',
      );
    }
    if (!used.has(figure.key)) {
      warn(figuresFile, figure.line, `figure "${figure.key}" is defined but not used on any slide`, `show it with {{${figure.key}}} or remove it`);
    }
  }
  out.push(...checkHeroNumbers(slides, data));
  return out;
}

/** A number as the slides show it, large or in a line, and where it is. */
interface ShownNumber {
  value: number;
  slide: ParsedSlide;
  line: number;
  column?: number;
}

/** The numbers a slide shows large (its cards' and its timeline's years), and every figure it
 *  shows at all (those, its figures in sentences, and the numbers of 10 or more in its title and
 *  text). */
function slideNumbers(slide: ParsedSlide, data: FigureData): { heroes: ShownNumber[]; all: Set<number> } {
  const heroes: ShownNumber[] = [];
  const all = new Set<number>();
  for (const ref of slide.figures.filter((f) => slide.shownFigures.includes(f.key))) {
    const value = data.figures.get(ref.key)?.value;
    if (typeof value !== 'number') continue;
    all.add(value);
    if (ref.card) heroes.push({ value, slide, line: ref.line, column: ref.column });
  }
  for (const token of slide.body) {
    if (token.type === 'container_timeline_open') {
      for (const entry of data.timeline) {
        heroes.push({ value: entry.year, slide, line: (token.map?.[0] ?? slide.line - 1) + 1 });
        all.add(entry.year);
      }
    }
    // A figure in words: a count under 10 in text ("4 pillars", "3–4", "$5") is no figure.
    if (token.type === 'inline')
      for (const digits of inlineText(token).match(/\d[\d,]*(?:\.\d+)?/g) ?? []) {
        const value = Number(digits.replace(/,/g, ''));
        if (value >= 10) all.add(value);
      }
  }
  return { heroes, all };
}

/** A figure appears once in the talk, where it makes its point: a hero number (a card's, a
 *  timeline's year) that an earlier slide already showed says it a second time. */
function checkHeroNumbers(slides: readonly ParsedSlide[], data: FigureData): Diagnostic[] {
  const out: Diagnostic[] = [];
  const shownOn = new Map<number, ParsedSlide>();
  for (const slide of slides) {
    const { heroes, all } = slideNumbers(slide, data);
    for (const hero of heroes) {
      const earlier = shownOn.get(hero.value);
      if (!earlier) continue;
      out.push({
        severity: 'warning',
        file: slide.file,
        line: hero.line,
        column: hero.column,
        message: `${hero.value} is shown large on "${slide.id}", and "${earlier.id}" (${earlier.file}:${earlier.line}) already showed it`,
        hint: 'give each figure once, where it makes its point: say it here in a sentence, or take it off the earlier slide',
      });
    }
    for (const value of all) if (!shownOn.has(value)) shownOn.set(value, slide);
  }
  return out;
}

/** The timings leave time for every slide; the notes are no longer than a speaker can use. */
export function checkPacing(
  slides: readonly ParsedSlide[],
  settings: DeckSettings | undefined,
  data: FigureData | undefined,
  settingsAt: { file: string; line: number },
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const figureWords = (key: string) => {
    const figure = data?.figures.get(key);
    return figure ? figureText(figure) : '';
  };
  for (const slide of slides) {
    const layout = slide.attributes.layout ?? 'default';
    if (slide.notes.length === 0 || !CONTENT_LAYOUTS.includes(layout)) continue;
    const words = countWords(tokensText(slide.notes, figureWords));
    if (words > MAX_NOTES_WORDS) {
      out.push({
        severity: 'warning',
        file: slide.file,
        line: (slide.notes.find((t) => t.map)?.map?.[0] ?? slide.line - 1) + 1,
        message: `the speaker notes of "${slide.id}" have ${words} words, more than a speaker reads at a glance`,
        hint: `keep a slide's notes to ${MAX_NOTES_WORDS} words or fewer (about a minute spoken), or split the slide`,
      });
    }
  }
  if (!settings) return out;
  const plan = planTimings(
    slides.map((s) => s.attributes.timing),
    settings.minutes * 60,
  );
  if (plan.overfull) {
    const untimed = slides.filter((s) => s.attributes.timing === undefined).map((s) => `"${s.id}"`);
    out.push({
      severity: 'warning',
      ...settingsAt,
      message: `the slides' timings add up to ${Math.round(plan.overfull.given)} s of the talk's ${settings.minutes} minutes, leaving too little for ${untimed.length > 5 ? `${untimed.slice(0, 5).join(', ')} and ${untimed.length - 5} more` : untimed.join(', ')}; the pacing shares the whole talk out instead`,
      hint: `give ${untimed.length > 1 ? 'those slides' : 'that slide'} a timing=SECONDS, shorten others, or raise minutes in ${settingsAt.file}`,
    });
  }
  return out;
}

/** Links to slides must name a slide; images must be image files of the deck (no request leaves it). */
export function checkLinkTargets(links: readonly LinkRef[], slideIds: ReadonlySet<string>, assets: readonly Asset[], slidesDir = 'slides'): Diagnostic[] {
  const out: Diagnostic[] = [];
  const files = new Map(assets.map((a) => [a.path, a]));
  const slideNamed = didYouMean([...slideIds]);
  for (const link of links) {
    const at = { severity: 'error' as const, file: link.file, line: link.line, column: link.column };
    if (link.kind === 'link' && link.href.startsWith('#/')) {
      const id = decodeComponent(link.href.slice(2).split('/')[0] ?? '');
      if (!slideIds.has(id)) {
        const guess = slideNamed(id);
        out.push({
          ...at,
          message: `link to a slide that does not exist: "${link.href.slice(0, 80)}"${guess ? ` (did you mean "#/${guess}"?)` : ''}`,
          hint: 'link to a slide by its id: [text](#/slide-id)',
        });
      }
    }
    if (link.kind !== 'image') continue;
    if (!isRelative(link.href)) {
      if (!link.href.startsWith('data:'))
        out.push({
          ...at,
          message: `image from outside the deck: ${link.href.slice(0, 80)}`,
          hint: 'save the image in the slides folder: the deck makes no request outside its own origin',
        });
      continue;
    }
    const asset = files.get(link.path ?? '');
    const problem = imageProblem(link.path, asset, slidesDir);
    if (problem) out.push({ ...at, ...problem });
    else if (asset) {
      const shrunk = shrinking(link, asset);
      if (shrunk) out.push({ ...at, severity: 'warning', ...shrunk });
    }
  }
  return out;
}

/** The most room an image has on a content slide, in the slide's own pixels: the width inside the
 *  safe area (theme.ts), and the height under the title's band. The slide is drawn 1.5 times its
 *  size on a 1920 × 1080 screen. */
const IMAGE_ROOM = { width: Math.floor(CONTENT_WIDTH), height: 500, projected: 1080 / SLIDE.height };

/** A picture shown under half its size on a 1920 × 1080 screen: its pixels are wasted, and its
 *  detail too small to read from the hall. (An SVG draws at any size.) */
function shrinking(link: LinkRef, asset: Asset): { message: string; hint: string } | undefined {
  const { width, height } = asset;
  if (!width || !height || asset.type === 'image/svg+xml') return undefined;
  const asked = link.width ? (link.width.unit === '%' ? (link.width.value / 100) * IMAGE_ROOM.width : link.width.value) : width;
  const shown = Math.min(asked, IMAGE_ROOM.width, (IMAGE_ROOM.height * width) / height) * IMAGE_ROOM.projected;
  if (shown >= width / 2) return undefined;
  const at = Math.round(shown);
  return {
    message: `${link.path} is ${width} × ${height} px and is shown at most ${at} × ${Math.round((shown * height) / width)} px on a 1920 × 1080 screen, under half its size`,
    hint: `save it about ${at} px wide (the deck loads faster, and reads the same), or give it a slide of its own`,
  };
}

/** What is wrong with the file an image names, if anything. */
function imageProblem(path: string | undefined, asset: Asset | undefined, slidesDir: string): { message: string; hint: string } | undefined {
  if (path === undefined) return { message: 'image has no address', hint: "write the picture's file name: ![what it shows](map.png)" };
  const inside = posix.relative(slidesDir, path);
  if (inside.startsWith('..') || posix.isAbsolute(inside)) {
    return { message: `image outside the slides folder: ${path}`, hint: `put the image in ${slidesDir}/ and name it from there` };
  }
  if (!asset) return { message: `image not found: ${path}`, hint: 'put the image in the slides folder, or fix its path' };
  if (asset.link) return { message: `image is a symbolic link: ${path}`, hint: 'copy the picture itself into the slides folder: links are not followed' };
  const named = IMAGE_TYPES[posix.extname(path).toLowerCase()];
  const allowed = [...new Set(Object.keys(IMAGE_TYPES))].join(', ');
  if (!named) return { message: `not an image file: ${path}`, hint: `the deck shows pictures only (${allowed})` };
  if (asset.type !== named) {
    return {
      message: `${path} is named as ${named} but its content is ${asset.type ?? 'not an image'}`,
      hint: `save it as a real ${posix.extname(path)} picture, or give it the right name (${allowed})`,
    };
  }
  if (asset.unsafe)
    return {
      message: `${path} ${asset.unsafe}`,
      hint: 'remove it from the SVG (a picture may only draw: no script, event handler, animated link or reference outside the file), or save the picture as PNG',
    };
  if (asset.bytes > MAX_IMAGE_BYTES) {
    return {
      message: `${path} is ${Math.round(asset.bytes / 1024 / 1024)} MB; an image may have ${MAX_IMAGE_BYTES / 1024 / 1024} MB at most`,
      hint: 'make it smaller (the one-file deck holds every picture)',
    };
  }
  return undefined;
}

function decodeComponent(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text; // not valid percent-encoding: compare it as written
  }
}
