// Diagnostics: how a user's mistake is printed and counted.
import type { Diagnostic } from './types.js';

/** `slides/03-background.md:14:5: error: unknown figure "x" (did you mean "y"?)` plus a hint line;
 *  what the author wrote in it shown with its control characters escaped. */
export function formatDiagnostic(d: Diagnostic): string {
  const place = d.column ? `${d.file}:${d.line}:${d.column}` : `${d.file}:${d.line}`;
  const hint = d.hint ? `\n  hint: ${showControls(d.hint)}` : '';
  return `${showControls(place)}: ${d.severity}: ${showControls(d.message)}${hint}`;
}

/** Text from the sources as a terminal may print it: control characters (an ESC that clears the
 *  screen, a line feed that starts a line of its own) shown as `\x1b`, never acted on. */
export function showControls(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is escaped
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Errors first, then by file and position, so the first line printed is the first to fix. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      Number(a.severity === 'warning') - Number(b.severity === 'warning') ||
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      (a.column ?? 0) - (b.column ?? 0),
  );
}

/** The error Vite and the CLI throw when a deck has errors; carries the diagnostics. */
export class DeckError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(sortDiagnostics(diagnostics).map(formatDiagnostic).join('\n'));
    this.name = 'DeckError';
  }
}
