// Parse: one Markdown file into parsed slides (tokens plus what the checks need to know).
import type { MarkdownIt, Token } from 'markdown-it';
import type { Diagnostic, SlideAttributes, SourceFile } from '../types.js';
import { createParseEnv, type LinkRef } from './parse-env.js';
import type { FigureMeta } from './figures.js';
import { inlineText } from './tokens-text.js';

/** A slide after parsing: its id, title and tokens, and what the deck-wide checks need. */
export interface ParsedSlide {
  file: string;
  /** 1-based line where the slide starts. */
  line: number;
  id: string;
  /** Where the id came from: written by the author, or made from the title. */
  idFrom: 'attribute' | 'title' | 'position';
  attributes: SlideAttributes;
  /** 0-based lines of its attribute paragraph, the last one excluded, where it has one. */
  attributeLines?: [number, number];
  title: string;
  /** Headings of the slide's top level: the first should be its title. */
  titleHeadings: Token[];
  body: Token[];
  notes: Token[];
  /** The figures the slide and its notes name, in order. */
  figures: FigureMeta[];
  /** Of those, the keys of the ones on the slide itself (not only in its notes). */
  shownFigures: string[];
  /** Files the slide and its notes show as images, as load/image-files.ts names them. */
  images: string[];
}

export function parseSlides(md: MarkdownIt, file: SourceFile): { slides: ParsedSlide[]; links: LinkRef[]; diagnostics: Diagnostic[] } {
  const env = createParseEnv(file.path, file.text);
  const tokens = md.parse(file.text, env);
  const diagnostics = [...env.diagnostics, ...unclosedBlocks(tokens, env.lines, file.path)];
  const slides = env.slides.map((parsed, i): ParsedSlide => {
    const titleHeadings = parsed.body.filter((t) => t.type === 'heading_open' && t.level === 0 && (t.tag === 'h1' || t.tag === 'h2'));
    const first = titleHeadings[0];
    const title = first ? inlineText(parsed.body[parsed.body.indexOf(first) + 1]) : '';
    const slug = slugify(title);
    const [id, idFrom] = parsed.attributes.id
      ? [parsed.attributes.id, 'attribute' as const]
      : slug
        ? [slug, 'title' as const]
        : [`${slugify(file.path.replace(/^.*\//, '').replace(/\.md$/, ''))}-${i + 1}`, 'position' as const];
    return {
      file: file.path,
      line: parsed.line + 1,
      id,
      idFrom,
      attributes: parsed.attributes,
      attributeLines: parsed.attributeLines,
      title,
      titleHeadings,
      body: parsed.body,
      notes: parsed.notes,
      figures: [...parsed.body, ...parsed.notes].flatMap(figuresIn),
      shownFigures: parsed.body.flatMap(figuresIn).map((f) => f.key),
      images: [...parsed.body, ...parsed.notes].flatMap((t) =>
        (t.children ?? []).flatMap((c) => (c.type === 'image' && typeof c.meta?.imagePath === 'string' ? [c.meta.imagePath] : [])),
      ),
    };
  });
  return { slides, links: env.links ?? [], diagnostics };
}

const figuresIn = (token: Token): FigureMeta[] => (token.children ?? []).filter((c) => c.type === 'deck_figure').map((c) => c.meta as unknown as FigureMeta);

/** "Limits of current cooperation" → "limits-of-current-cooperation" */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .replace(/^(\d)/, 's-$1')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/**
 * An unclosed code fence or container runs to the end of the file and swallows every slide
 * separator after it; say so at its opening line.
 */
function unclosedBlocks(tokens: Token[], lines: string[], file: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const t of tokens) {
    const isFence = t.type === 'fence';
    const isContainer = t.type.startsWith('container_') && t.nesting === 1;
    if ((!isFence && !isContainer) || !t.map) continue;
    // A fence's map includes its closing line; a container's ends just before it.
    const line = isFence ? (t.map[1] - 1 > t.map[0] ? lines[t.map[1] - 1] : undefined) : lines[t.map[1]];
    // Inside a block quote or a list, the closing line starts with `>` or indentation.
    const closing = line?.replace(/^[\s>]*/, '').trimEnd();
    const closed = isFence
      ? closing !== undefined && closing.startsWith(t.markup) && /^([`~])\1*$/.test(closing)
      : closing !== undefined && /^:{3,}$/.test(closing);
    if (closed) continue;
    const swallowed = lines.slice(t.map[0] + 1).filter((l) => /^-{3,}\s*$/.test(l)).length;
    const what = isFence ? `code fence ${t.markup}` : `container ${lines[t.map[0]]?.trim() ?? ''}`;
    out.push({
      severity: 'warning',
      file,
      line: t.map[0] + 1,
      column: (lines[t.map[0]]?.search(/\S/) ?? 0) + 1,
      message: `unclosed ${what} runs to the end of the file${swallowed ? ` and swallows ${swallowed} slide separator${swallowed > 1 ? 's' : ''}` : ''}`,
      hint: isFence ? `close it with a line ${t.markup}` : 'close it with a line :::',
    });
  }
  return out;
}
