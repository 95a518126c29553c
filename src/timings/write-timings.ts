// A rehearsal's timings written back into one slide file: each slide's attribute line gets
// `timing=N` (added, or its value changed), or the slide gets an attribute line of its own where
// it has none. The file is read as the compiler reads it (its parse finds the slides and their
// attribute lines, markdown/attributes.ts edits them), and nothing else in it changes, byte for
// byte: line endings, a BOM, the other attributes, the text.
import { decodeSource } from '../load/load-deck.js';
import { timingLine, withTiming } from '../markdown/attributes.js';
import { createMarkdown } from '../markdown/create-markdown.js';
import { parseSlides, type ParsedSlide } from '../markdown/parse-slides.js';

const md = createMarkdown();

export class TimingsWriteError extends Error {
  override name = 'TimingsWriteError';
  /** A problem of the machine (a file that cannot be written), not of the slides or the rehearsal. */
  readonly machine: boolean;
  constructor(message: string, options: { machine?: boolean } = {}) {
    super(message);
    this.machine = options.machine ?? false;
  }
}

/** `text`, the content of the slide file `path`, with the timing of each slide in `timings` (by id) set. */
export function setTimings(path: string, text: string, timings: ReadonlyMap<string, number>): string {
  const before = parse(path, text);
  // Each line with its own ending, cut where the compiler cuts lines (load/load-deck.ts: CRLF, a
  // lone CR or LF), so that the parse's line numbers are this array's indexes.
  const lines = text.split(/(?<=\n)|(?<=\r)(?!\n)/);
  const fileEnding = /\r\n|\r|\n/.exec(text)?.[0] ?? '\n';
  // From the end: an inserted line does not move the slides above it.
  for (const slide of [...before].reverse()) {
    const seconds = timings.get(slide.id);
    if (seconds === undefined) continue;
    if (slide.attributeLines) {
      const [first, end] = slide.attributeLines;
      lines.splice(first, end - first, withTiming(lines.slice(first, end).join(''), seconds));
    } else {
      // A slide with no attribute line gets one, and a blank line under it, as the README writes them.
      const at = slide.line - 1;
      const ending = /\r\n|\r|\n/.exec(lines[at] ?? '')?.[0] ?? fileEnding;
      const bom = at === 0 && lines[0]?.startsWith('\uFEFF') ? '\uFEFF' : '';
      if (bom) lines[0] = lines[0]!.slice(1);
      lines.splice(at, 0, `${bom}${timingLine(seconds)}${ending}`, ending);
    }
  }
  const after = lines.join('');
  assertOnlyTimings(path, before, parse(path, after), timings);
  return after;
}

/** The file's slides as the compiler parses them. */
function parse(path: string, text: string): ParsedSlide[] {
  const { file, diagnostics } = decodeSource(path, Buffer.from(text, 'utf8'));
  const [problem] = diagnostics;
  if (!file) throw new TimingsWriteError(problem ? `${path}:${problem.line}: ${problem.message}` : `${path}: not readable`);
  return parseSlides(md, file).slides;
}

/** The edited file, read again, has the same slides with the same attributes but for the timings set. */
function assertOnlyTimings(path: string, before: readonly ParsedSlide[], after: readonly ParsedSlide[], timings: ReadonlyMap<string, number>): void {
  const same = (a: ParsedSlide, b: ParsedSlide | undefined) => {
    const timing = timings.get(a.id) ?? a.attributes.timing;
    const [x, y] = [a.attributes, b?.attributes];
    return y !== undefined && a.id === b?.id && x.id === y.id && x.layout === y.layout && x.classes.join(' ') === y.classes.join(' ') && timing === y.timing;
  };
  const wrong = before.findIndex((slide, i) => !same(slide, after[i]));
  if (wrong === -1 && before.length === after.length) return;
  const slide = before[wrong] ?? before.at(-1);
  throw new TimingsWriteError(
    `${path}:${slide?.line ?? 1}: the timing of slide "${slide?.id ?? ''}" cannot be written without changing the slide; no file was changed\n  hint: write timing=SECONDS into its attribute line by hand`,
  );
}
