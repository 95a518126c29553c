// The two ways an export fails that the CLI reports plainly: no browser (exit 2), or the export itself (exit 1).

/** No Chrome or Chromium to print with; the message says how to get one. */
export class BrowserNotFoundError extends Error {
  override name = 'BrowserNotFoundError';
}

/** The browser could not produce the export (a timeout, a crash, pages that do not match the slides). */
export class ExportError extends Error {
  override name = 'ExportError';
}
