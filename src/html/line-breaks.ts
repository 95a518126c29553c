// Where a line may break in text that does not space its words. Chinese is cut into words at
// build time (Intl.Segmenter's dictionary), and the words are grouped into pieces a line must
// not split: a number with its scale, unit and measure word (20多万人, 152个, 第三届), a date
// with its span (2023年10月17日至18日), a quoted term that fits a line (“数字丝绸之路”), a word
// with its suffix (科学家, 国家级, 联合国) or particle (了, 的), a lone character with the word it
// begins where the dictionary splits a compound it does not know (离岸, 逆全球化, 巴以, 新领域),
// punctuation with the word it belongs to, and a few terms of the field whole (科技园区). The page
// then breaks only between pieces (theme.css keeps the rest whole; a piece longer than its line
// still breaks rather than run out of it).
//
// Running text (the speaker's notes) breaks between these pieces too, set flush left: there a
// piece that does not fit at a line's end leaves its width empty at the end of the line before
// it, so running text holds less: a date by its parts (2023年 | 10月17日 | 至18日), a quoted term
// of a few characters whole (“一带一路”, “创新丝绸之路”), and of a longer one each word.

const words = new Intl.Segmenter('zh', { granularity: 'word' });

/** Closing punctuation and the like: a line never starts with them. */
const CLOSING = /^[，。、；：？！）」』》〉】”’…·%）,.;:?!)]/u;
/** Opening punctuation: a line never ends with it. */
const OPENING = /[（「『《〈【“‘(]$/u;
/** A number: Arabic digits, or 第 and Chinese numerals (第三). */
const NUMBER = /^(第?[\d.,]+|第[一二三四五六七八九十百千]+|[\d.,]+)$/u;
/** What follows a number and belongs to it: more-than, scales, measure words and units of time. */
const NUMBER_TAIL = /^[多余万亿千百十个名份家项届年月日号人元次位所座条种周岁世纪倍部]/u;
/** Suffixes and particles that belong to the word before them (科学家, 国家级, 现代化, 联合国, 签署了),
 *  a place word with its 的 too, which the dictionary gives as one (园区内的). */
const SUFFIX = /^(?:[家者性化级型员率们国了的着过下上内后前间室]|[内上下中外后前间]的)$/u;
/** Single characters that stand as words of their own (particles, prepositions, conjunctions):
 *  any other lone character is taken to begin the word after it. */
const FUNCTION_WORD = /^[的和与及在是了等或对为从向由把被也都而以于将并其之所就又还更最很不没每该此这那有要会能可让使给跟同至即如若但]$/u;
/** Terms of the field a line keeps whole although they are two words to the dictionary: a reader
 *  takes 科技|园区 at a line's end as two things. */
const TERMS = ['科技创新合作', '中国科技园区', '科技园区', '联合实验室', '技术转移', '孵化器', '科技创新', '行动计划', '时间轴', '国际合作高峰论坛'];
/** A span between two numbers: 17日至18日. */
const SPAN = /^[至—–~～-]$/u;
/** The longest quoted term a line keeps whole, in characters between the quotes: on a slide, and in
 *  running text, where a longer term is held word by word (each word of at most as many characters,
 *  its mark with it). The notes are set flush left (theme.css), so a term held whole costs only
 *  ragged room at the end of the line before it: on a phone's lines of 21 em, at most the 7 em of a
 *  term of six characters with its marks, where a reader split “一带 | 一路” and “创新丝绸 | 之路”. */
const QUOTED_TERM = { line: 10, running: 6 };

/** A piece of Chinese text, and whether running text holds it whole: a short quoted term, or a
 *  short word of a longer one. */
export interface Piece {
  text: string;
  term: boolean;
}

/** `text` (Chinese, with no Latin words) cut into the pieces a line may break between. */
export function chinesePieces(text: string): string[] {
  return cut(text, false).map((piece) => piece.text);
}

/** `text` (Chinese, with no Latin words) cut into the pieces running text holds: a number with its
 *  unit, and the terms and words it keeps whole (QUOTED_TERM). */
export function runningPieces(text: string): Piece[] {
  return cut(text, true);
}

function cut(text: string, running: boolean): Piece[] {
  const pieces: Piece[] = [];
  let quoted: string | undefined;
  // The next segment belongs to the piece before it: after a lone character, or a span's mark.
  let glue = false;
  // Punctuation one mark at a time: the dictionary gives ”“ between two quoted terms as one segment.
  const segments = [...words.segment(text)].flatMap(({ segment, isWordLike }) => (isWordLike ? [segment] : [...segment]));
  for (const [at, segment] of segments.entries()) {
    const last = pieces.length - 1;
    const previous = pieces[last]?.text;
    if (quoted !== undefined) {
      quoted += segment;
      if (/[”’」』》]/u.test(segment)) {
        // A short term stays whole; a long one breaks between its own words after all.
        const longest = QUOTED_TERM[running ? 'running' : 'line'];
        const short = (piece: string) => [...piece.replace(/\p{P}/gu, '')].length <= longest;
        if (short(quoted)) pieces.push({ text: quoted, term: true });
        else
          pieces.push(...withClosing(withOpening(quoted[0]!, cut(quoted.slice(1, -1), running)), quoted.slice(-1)).map((p) => ({ ...p, term: short(p.text) })));
        quoted = undefined;
      }
      continue;
    }
    if (/^[“‘「『《]$/u.test(segment)) {
      glue = false;
      quoted = (previous !== undefined && OPENING.test(previous) ? pieces.pop()!.text : '') + segment;
      continue;
    }
    const han = /^\p{Script=Han}/u.test(segment);
    // A span between two dates or numbers (17日至18日); running text may break before its 至.
    const span = previous !== undefined && SPAN.test(segment) && /[\d日月年号]$/u.test(previous);
    const joins: boolean =
      previous !== undefined &&
      ((glue && han) ||
        (glue && /^\d/u.test(segment)) ||
        (span && !(running && han)) ||
        CLOSING.test(segment) ||
        OPENING.test(previous) ||
        previous === '第' ||
        (NUMBER_TAIL.test(segment) && (NUMBER.test(previous) || /[\d多万亿千百十]$/u.test(previous) || /^第/u.test(previous))) ||
        (NUMBER.test(segment) && (/[\d.,]$/u.test(previous) || previous === '第')) ||
        // A day with its month (10月17日), and on a line a month with its year (2023年10月): a date
        // is one thing to a reader. Running text breaks it after its year (see the top).
        (/^\d/u.test(segment) && /\d月$/u.test(previous)) ||
        (!running && /^\d/u.test(segment) && /\d年$/u.test(previous) && segments[at + 1] === '月') ||
        SUFFIX.test(segment));
    if (joins) pieces[last]!.text += segment;
    else pieces.push({ text: segment, term: false });
    const piece = pieces.at(-1)!.text;
    glue = span || ([...piece].length === 1 && han && !FUNCTION_WORD.test(piece) && !SUFFIX.test(piece) && !NUMBER_TAIL.test(piece));
  }
  // A quote left open here (its term goes on in the next run of text) breaks as words do.
  if (quoted !== undefined) pieces.push(...withOpening(quoted[0]!, cut(quoted.slice(1), running)));
  return keepTerms(pieces);
}

/** The pieces joined where a term of TERMS runs across them, over as many pieces as it spans. */
function keepTerms(pieces: Piece[]): Piece[] {
  const text = pieces.map((p) => p.text).join('');
  // Where no break may fall: inside each of the terms' places in the text.
  const inside = new Set<number>();
  for (const term of TERMS) {
    for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) {
      for (let i = at + 1; i < at + term.length; i++) inside.add(i);
    }
  }
  const out: Piece[] = [];
  let end = 0;
  for (const piece of pieces) {
    const before = out.at(-1);
    if (before && inside.has(end)) out[out.length - 1] = { text: before.text + piece.text, term: before.term && piece.term };
    else out.push(piece);
    end += piece.text.length;
  }
  return out;
}

/** Whether text that follows a number belongs to it (份 after 200多, 名 after 1.5万). */
export const keepsWithNumber = (text: string): boolean => NUMBER_TAIL.test(text);

/** Chinese characters, full-width forms and, in Chinese text, its curly quotes: text that breaks
 *  only where it is told. */
const WIDE = /[\u2018\u2019\u201c\u201d\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/u;

/**
 * Whether a `<wbr>` belongs between the end of `before` and the start of `after`: where Chinese
 * meets the other side, with no space there already. Beside most punctuation the browser's own
 * rules decide (they hold 。 to its word and allow a break after 、), and a break mark between two
 * marks would keep it from setting them tight (：“ takes a full em more); but it never breaks on
 * either side of a quotation mark by itself, so a quote gets the mark beside a word or between
 * two quoted terms (”“).
 */
export function mayBreakBetween(before: string, after: string): boolean {
  const [end, start] = [before.slice(-1), after.slice(0, 1)];
  if (!end || !start || /\s/u.test(end) || /\s/u.test(start) || OPENING.test(end) || CLOSING.test(start)) return false;
  const [endMark, startMark] = [/\p{P}/u.test(end), /\p{P}/u.test(start)];
  if (endMark && startMark) return /[”’]/u.test(end) && /[“‘]/u.test(start);
  if (endMark) return /[”’]/u.test(end) && WIDE.test(start);
  if (startMark) return /[“‘]/u.test(start) && WIDE.test(end);
  return WIDE.test(end) || WIDE.test(start);
}

const withOpening = (mark: string, pieces: Piece[]): Piece[] =>
  pieces.length ? [{ ...pieces[0]!, text: mark + pieces[0]!.text }, ...pieces.slice(1)] : [{ text: mark, term: false }];
const withClosing = (pieces: Piece[], mark: string): Piece[] =>
  pieces.length ? [...pieces.slice(0, -1), { ...pieces.at(-1)!, text: pieces.at(-1)!.text + mark }] : [{ text: mark, term: false }];
