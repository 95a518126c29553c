// Text as it goes into HTML: escaped, with typographic quotes, and CJK runs marked with their language.
import { CJK_RUN } from '../cjk.js';
import { chinesePieces, mayBreakBetween, runningPieces, type Piece } from './line-breaks.js';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39' }[c]};`);
}

/** `html` with `change` made to its text between tags, never to a tag or an attribute (attributes
 *  are escaped and never hold `>`). */
export function inText(html: string, change: (text: string) => string): string {
  return html.replace(/>([^<]+)</g, (_all, text: string) => `>${change(text)}<`);
}

/** Straight double quotes to typographic ones, as markdown-it's typographer does for slides. */
export function smartQuotes(text: string): string {
  return text.replace(/"([^"]*)"/g, '\u201c$1\u201d');
}

/** Words in Latin letters inside Chinese text: a name, an address. */
const LATIN_RUN = /[A-Za-z][\w&.,:;'’()/-]*(?:\s+[\w&(][\w&.,:;'’()/-]*)*/g;

/** Escapes `text` as `escape` does and wraps each CJK run in a span with its language, for fonts
 *  and screen readers. */
export function markCjk(text: string, lang = 'zh-Hans', escape = escapeHtml): string {
  return markRuns(text, CJK_RUN, lang, escape);
}

/** Whether other inline content comes before and after a run of text, where a line may break. */
export interface Neighbours {
  before: boolean;
  after: boolean;
}

/**
 * Chinese text as HTML: each run of Latin words marked as English, and the Chinese cut into the
 * pieces a line may break between (line-breaks.ts): a `<wbr>` between two pieces, and at an end
 * where other inline content (a figure, a link) comes next, none inside a piece (theme.css sets
 * Chinese to break only there); a piece with a number also kept on one line, and in running text
 * (`running`, the notes, whose pieces are shorter: runningPieces) a short quoted term, or each
 * word of a long one, too.
 */
export function markLatin(text: string, escape = escapeHtml, neighbours: Neighbours = { before: false, after: false }, running = false): string {
  if (!text.trim()) return escape(text);
  const pieces: { raw: string; html: string }[] = [];
  let last = 0;
  for (const match of [...text.matchAll(LATIN_RUN), null]) {
    const end = match ? match.index : text.length;
    const chinese = text.slice(last, end);
    const cut: Piece[] = running ? runningPieces(chinese) : chinesePieces(chinese).map((piece) => ({ text: piece, term: false }));
    for (const { text: piece, term } of cut) {
      // A number held on one line with its words, its punctuation outside: a span between two marks
      // would keep the browser from setting them tight (2023年：“).
      const [, held = '', marks = ''] = /^(.*?)(\p{P}*)$/u.exec(piece) ?? [];
      const number = /\d/.test(held) && held.length > 1;
      pieces.push({
        raw: piece,
        html: number || term ? `<span class="nobr">${escape(number ? held : piece)}</span>${number ? escape(marks) : ''}` : escape(piece),
      });
    }
    if (!match) break;
    pieces.push({ raw: match[0], html: `<span lang="en">${escape(match[0])}</span>` });
    last = end + match[0].length;
  }
  // What comes before and after is taken to be Chinese: a break there is one between words.
  const before = neighbours.before && mayBreakBetween('一', pieces[0]!.raw) ? '<wbr>' : '';
  const after = neighbours.after && mayBreakBetween(pieces.at(-1)!.raw, '一') ? '<wbr>' : '';
  return before + pieces.map((p, i) => (i > 0 && mayBreakBetween(pieces[i - 1]!.raw, p.raw) ? '<wbr>' : '') + p.html).join('') + after;
}

function markRuns(text: string, runs: RegExp, lang: string, escape: (text: string) => string): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(runs)) {
    out += escape(text.slice(last, match.index)) + `<span lang="${lang}">${escape(match[0])}</span>`;
    last = match.index + match[0].length;
  }
  return out + escape(text.slice(last));
}
