// A text box's words as DrawingML (the <p:txBody> of a shape), written here rather than by
// pptxgenjs so that each run names its own faces, a line break stays a line break, each paragraph
// has one set of properties and its marker is drawn as the page draws it, and the text shrinks
// where another font needs more room than the box gives (normAutofit).
import type { Paragraph, Run } from './slide-shapes.js';

/** Where a shape's runs link to: the relationship id for each address, made by the caller. */
export type LinkIds = (url: string) => string;

/** A family's attributes as PowerPoint writes them; on a machine without the family, Windows
 *  picks a substitute of the same class from them (a Swiss sans; one for GB2312 Chinese). */
const FACE_ATTRIBUTES: Record<string, string> = {
  Inter: 'pitchFamily="34" charset="0"',
  'Noto Sans SC': 'pitchFamily="34" charset="-122"',
};
const CHINESE_FACE = 'Noto Sans SC';

/** Inter's bullet (U+2022), in ems: the disc's diameter, and its middle's distance from where the
 *  glyph starts. Its middle stands 0.29 em over the baseline, as Chromium's disc does (a third of
 *  the ascent), so sized to the page's disc it sits where the page's does; without Inter, Arial's
 *  is a little smaller and higher. */
const INTER_BULLET = { diameter: 0.313, across: 0.2815 };

const EMU_PER_PX = 9525;
export const emu = (px: number) => Math.round(px * EMU_PER_PX);
/** Hundredths of a point (a CSS pixel is three quarters of a point). */
const centipoints = (px: number) => Math.round(px * 75);

/** The text body: its paragraphs, top or bottom of the box, shrunk on overflow. */
export function textBody(paragraphs: Paragraph[], anchor: 'top' | 'bottom', links: LinkIds): string {
  const body = `<a:bodyPr wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" rtlCol="0" anchor="${anchor === 'bottom' ? 'b' : 't'}"><a:normAutofit/></a:bodyPr><a:lstStyle/>`;
  return `<p:txBody>${body}${paragraphs.map((p, i) => paragraphXml(p, i === 0 ? 0 : spaceBefore(paragraphs[i - 1]!, p), links)).join('')}</p:txBody>`;
}

/**
 * How far the first line's text must move for an office program to draw it where the page does:
 * with a line height in points it puts all the leading above the text (the baseline a descent
 * over the line's foot), the page half above and half below. Negative: up.
 */
export function baselineShift(p: Paragraph): number {
  return (p.ascent + p.descent - p.lineHeight) / 2;
}

/** The space above a paragraph, less what the shift of its text and of the one before differ by. */
function spaceBefore(previous: Paragraph, p: Paragraph): number {
  return Math.max(0, p.spaceBefore + baselineShift(p) - baselineShift(previous));
}

function paragraphXml(p: Paragraph, before: number, links: LinkIds): string {
  const align = { left: 'l', center: 'ctr', right: 'r' }[p.align];
  const spacing = `<a:lnSpc><a:spcPts val="${centipoints(p.lineHeight)}"/></a:lnSpc>${before > 0 ? `<a:spcBef><a:spcPts val="${centipoints(before)}"/></a:spcBef>` : ''}`;
  // A marker's size is a share of its paragraph's first run's.
  const size = p.runs[0]!.size;
  let properties: string;
  const { bullet } = p;
  if (bullet) {
    const colour = `<a:buClr><a:srgbClr val="${hex(bullet.color)}"/></a:buClr>`;
    if (bullet.disc) {
      // Sized to the page's disc, its middle where the page's is.
      const scale = bullet.disc / INTER_BULLET.diameter / size;
      const start = bullet.at - INTER_BULLET.across * scale * size;
      properties = `<a:pPr marL="${emu(bullet.indent)}" lvl="${bullet.level}" indent="${emu(start)}" algn="${align}">${spacing}${colour}<a:buSzPct val="${Math.round(scale * 100_000)}"/>${face('Inter', 'buFont')}<a:buChar char="${escapeXml(bullet.char)}"/></a:pPr>`;
    } else {
      properties = `<a:pPr marL="${emu(bullet.indent)}" lvl="${bullet.level}" indent="${emu(bullet.at)}" algn="${align}">${spacing}${colour}<a:buSzPct val="100000"/>${face(p.runs[0]!.font, 'buFont')}<a:buChar char="${escapeXml(bullet.char)}"/></a:pPr>`;
    }
  } else {
    // Nothing hangs: a face without the deck's full-width quote would draw one in the margin.
    properties = `<a:pPr marL="0" indent="0" algn="${align}">${spacing}<a:buNone/></a:pPr>`;
  }
  const runs = p.runs.map(
    (run) =>
      `${run.breakBefore ? `<a:br>${runProperties(run, links, false)}</a:br>` : ''}<a:r>${runProperties(run, links, true)}<a:t>${escapeXml(run.text)}</a:t></a:r>`,
  );
  const last = p.runs[p.runs.length - 1]!;
  return `<a:p>${properties}${runs.join('')}<a:endParaRPr lang="${language(last.lang)}" sz="${centipoints(last.size)}" dirty="0"/></a:p>`;
}

function runProperties(run: Run, links: LinkIds, withLink: boolean): string {
  const latin = known(run.font);
  const attributes = [
    `lang="${language(run.lang)}"`,
    `sz="${centipoints(run.size)}"`,
    run.bold ? 'b="1"' : 'b="0"',
    run.italic ? 'i="1"' : '',
    run.spacing ? `spc="${centipoints(run.spacing)}"` : '',
    'dirty="0"',
  ].filter(Boolean);
  const faces = `${face(latin, 'latin')}${face(CHINESE_FACE, 'ea')}${face(latin, 'cs')}`;
  const link = withLink && run.link ? `<a:hlinkClick r:id="${links(run.link)}"/>` : '';
  return `<a:rPr ${attributes.join(' ')}><a:solidFill><a:srgbClr val="${hex(run.color)}"/></a:solidFill>${faces}${link}</a:rPr>`;
}

/** The deck's family a run is set in (a family the page did not load stands for Inter). */
const known = (family: string) => (family in FACE_ATTRIBUTES ? family : 'Inter');

/** A font element (latin, ea, cs, buFont) naming one of the deck's families. */
function face(family: string, element: string): string {
  const name = known(family);
  return `<a:${element} typeface="${name}" ${FACE_ATTRIBUTES[name]}/>`;
}

/** The language PowerPoint's proofing and line breaking know: en-US, zh-CN. */
function language(lang: string): string {
  return lang === 'en' ? 'en-US' : lang.startsWith('zh') ? 'zh-CN' : lang;
}

function hex(colour: string): string {
  return colour.replace(/^#/, '').toUpperCase();
}

/** Text as XML character data: markup escaped, and nothing XML 1.0 cannot hold. */
export function escapeXml(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`)
  );
}
