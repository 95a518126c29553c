// What is served is locked down: a Content-Security-Policy that the deck, the speaker view and
// the print view all run under without a single violation.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { compileDeck } from '../../src/compile-deck.js';
import { loadDeck } from '../../src/load/load-deck.js';
import { openDeck, PROJECTOR, useChromium } from './chromium.js';

const url = inject('deckUrl');
const deckDir = inject('deckDir');
const { deck } = compileDeck(loadDeck('slides'));
const browser = useChromium();

/** Every policy violation in any page of the context, from the event and from the console. */
async function recordViolations(context: BrowserContext): Promise<string[]> {
  const violations: string[] = [];
  await context.exposeFunction('reportViolation', (v: string) => violations.push(v));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      void (window as unknown as { reportViolation(v: string): void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const watchConsole = (page: import('playwright-core').Page) =>
    page.on('console', (m) => {
      if (/Content.Security.Policy/i.test(m.text())) violations.push(m.text());
    });
  context.on('page', watchConsole);
  return violations;
}

describe('Content-Security-Policy', () => {
  for (const page of ['index.html', 'offline.html']) {
    it(`${page} carries a strict policy`, () => {
      const html = readFileSync(join(deckDir, page), 'utf8');
      const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
      expect(policy).toContain("default-src 'self'");
      expect(policy).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
      expect(policy).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
      expect(policy).toContain("object-src 'none'");
    });
  }

  it('lets the deck, the speaker view and the print view run with no violation', async () => {
    const context = await browser().newContext({ viewport: PROJECTOR });
    const violations = await recordViolations(context);
    const page = await context.newPage();
    await openDeck(page, url);
    for (let i = 1; i < deck.slides.length; i++) await page.keyboard.press('ArrowRight');

    const [speaker] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
    const notes = speaker.locator('.speaker-controls-notes .value');
    await expect.poll(() => notes.innerText(), { timeout: 10_000 }).toContain(deck.slides.at(-1)!.notesText.slice(0, 40));
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => notes.innerText(), { timeout: 10_000 }).toContain(deck.slides.at(-2)!.notesText.slice(0, 40));

    const print = await context.newPage();
    await print.goto(`${url}?print-pdf`);
    await print.waitForSelector('.reveal.ready');
    await print.waitForSelector('html.print-pdf .pdf-page');

    expect(violations).toEqual([]);
    await context.close();
  });
});
