// Prints a page to PDF as the browser lays it out: vector pages, text kept as text, fonts embedded.
import type { Page } from 'playwright-core';
import { withDeadline } from './deadline.js';

const PRINT_TIMEOUT_MS = 60_000;

/** The page size comes from the page's own `@page` rule (reveal sets one per slide size). */
export function printPage(page: Page): Promise<Uint8Array> {
  return withDeadline(
    // Tagged: screen readers and reflowing viewers get the reading order and headings.
    page.pdf({ printBackground: true, preferCSSPageSize: true, tagged: true }),
    PRINT_TIMEOUT_MS,
    'the browser did not finish printing the PDF',
  );
}
