// Finding words in one slide and its notes: which words, where (as DOM ranges) and a snippet.
import { slideNotes, slideTitle } from '../deck-page.js';

export interface Hit {
  id: string;
  title: string;
  /** Whether the snippet comes from the speaker notes rather than the slide. */
  inNotes: boolean;
  /** The snippet as plain and matched text in turn: [plain, match, plain, match, ...]. */
  snippet: string[];
  /** Every match on the slide and in its notes, first the slide's. */
  ranges: Range[];
}

/** The text under an element as one string, and where each of its text nodes starts in it. */
interface FlatText {
  text: string;
  nodes: { node: Text; start: number }[];
}

const CONTEXT_BEFORE = 40;
const CONTEXT_AFTER = 70;

/** The hit when the slide and its notes together have every word (case ignored); else undefined. */
export function findInSlide(section: HTMLElement, words: readonly string[]): Hit | undefined {
  const notesElement = slideNotes(section);
  // What is on screen: a card's spoken form (visually hidden) repeats its number and unit.
  const slide = textOf(section, (n) => !n.parentElement?.closest('aside.notes, .visually-hidden'));
  const notes = notesElement ? textOf(notesElement, () => true) : { text: '', nodes: [] };
  const lower = words.map((w) => w.toLowerCase());
  const slideAt = lower.map((w) => occurrences(slide.text, w));
  const notesAt = lower.map((w) => occurrences(notes.text, w));
  if (lower.some((_, i) => slideAt[i]!.length + notesAt[i]!.length === 0)) return undefined;

  const inNotes = slideAt[0]!.length === 0;
  const source = inNotes ? notes : slide;
  const first = (inNotes ? notesAt : slideAt)[0]![0]!;
  return {
    id: section.id,
    title: slideTitle(section, section.id),
    inNotes,
    snippet: snippet(source.text, first, lower),
    ranges: [...toRanges(slide, slideAt, lower), ...toRanges(notes, notesAt, lower)],
  };
}

/** The text under `root`, one space between text nodes so that words never run together. */
function textOf(root: Element, keep: (node: Text) => boolean): FlatText {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const result: FlatText = { text: '', nodes: [] };
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    if (!keep(text)) continue;
    result.nodes.push({ node: text, start: result.text.length });
    result.text += `${text.data} `;
  }
  return result;
}

function occurrences(text: string, word: string): number[] {
  const haystack = text.toLowerCase();
  const at: number[] = [];
  for (let i = haystack.indexOf(word); i >= 0; i = haystack.indexOf(word, i + word.length)) at.push(i);
  return at;
}

function toRanges(source: FlatText, at: readonly number[][], words: readonly string[]): Range[] {
  return at.flatMap((starts, w) =>
    starts.flatMap((start) => {
      const owner = source.nodes.findLast((n) => n.start <= start);
      const end = start + words[w]!.length;
      // A match that runs into the next text node is still found, just not painted.
      if (!owner || end > owner.start + owner.node.data.length) return [];
      const range = new Range();
      range.setStart(owner.node, start - owner.start);
      range.setEnd(owner.node, end - owner.start);
      return [range];
    }),
  );
}

/** About a line of text around the first match, every match marked. */
function snippet(text: string, at: number, words: readonly string[]): string[] {
  let from = Math.max(0, at - CONTEXT_BEFORE);
  let to = Math.min(text.length, at + CONTEXT_AFTER);
  // Whole words only at the cut ends.
  const space = text.indexOf(' ', from);
  if (from > 0 && space >= 0 && space < at) from = space + 1;
  if (to < text.length) to = Math.max(text.lastIndexOf(' ', to), at + words[0]!.length);
  const piece = text.slice(from, to).replace(/\s+/g, ' ').trim();
  const pattern = new RegExp(`(${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'gi');
  const parts = piece.split(pattern);
  if (from > 0) parts[0] = `…${parts[0]}`;
  if (to < text.length) parts[parts.length - 1] += '…';
  return parts;
}
