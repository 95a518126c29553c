// A rehearsal's timings written back into the slides' Markdown: each slide's attribute line gets
// `timing=N` (added, or its value changed), or the slide gets an attribute line of its own where
// it has none. Nothing else in the file changes, byte for byte: line endings, a BOM, the other
// attributes, the text.

export interface TimingEdit {
  /** 1-based line where the slide starts (`Slide.line`). */
  line: number;
  seconds: number;
}

const ATTRIBUTES = /^(\uFEFF?)\{([^{}]*)\}([ \t]*)$/;

/** A time as it is kept: whole seconds, rounded to 5, at least 5. */
export const roundedTiming = (seconds: number): number => Math.max(5, Math.round(seconds / 5) * 5);

/** `text` with each edited slide's timing set. */
export function setTimings(text: string, edits: readonly TimingEdit[]): string {
  // Lines with their own endings, so a file's CRLF or LF (or a mix) is kept as it is.
  const lines = text.split(/(?<=\n)/);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  // From the end: an inserted line does not move the slides above it.
  for (const edit of [...edits].sort((a, b) => b.line - a.line)) {
    let at = edit.line - 1;
    while (at < lines.length && /^\uFEFF?[ \t]*\r?\n?$/.test(lines[at]!) && lines[at] !== '') at++;
    const line = lines[at] ?? '';
    const ending = /\r?\n$/.exec(line)?.[0] ?? '';
    const content = line.slice(0, line.length - ending.length);
    const attributes = ATTRIBUTES.exec(content);
    const timing = `timing=${edit.seconds}`;
    if (attributes) {
      const [, bom = '', inner = '', trailing = ''] = attributes;
      const changed = /(^|\s)timing=\S*/.test(inner) ? inner.replace(/(^|\s)timing=\S*/, `$1${timing}`) : inner.trim() ? `${inner.replace(/\s+$/, '')} ${timing}${inner.match(/\s+$/)?.[0] ?? ''}` : timing;
      lines[at] = `${bom}{${changed}}${trailing}${ending}`;
    } else {
      // A slide with no attribute line gets one, and a blank line under it, as the README writes them.
      const bom = lines[at]?.startsWith('\uFEFF') ? '\uFEFF' : '';
      if (bom) lines[at] = lines[at]!.slice(1);
      lines.splice(at, 0, `${bom}{${timing}}${eol}`, eol);
    }
  }
  return lines.join('');
}
