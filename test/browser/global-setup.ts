// Builds the real deck once with the `deck` CLI and serves it, for every browser test; and beside
// it the fixture deck of layouts (layouts-deck.ts), for the tests of a layout the talk may or may
// not use: they measure the tool, whatever the talk in slides/ has.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveDist } from '../../src/export/browser-session.js';
import type { TestProject } from 'vitest/node';
import { LAYOUTS_DECK } from './layouts-deck.js';

declare module 'vitest' {
  export interface ProvidedContext {
    deckUrl: string;
    deckDir: string;
    layoutsUrl: string;
    layoutsDir: string;
  }
}

export default async function setup(project: TestProject) {
  const root = mkdtempSync(join(tmpdir(), 'deck-test-'));
  const outDir = join(root, 'dist');
  const layoutsDir = join(root, 'layouts');
  execFileSync(process.execPath, ['bin/deck.js', 'build', '--out', outDir], { stdio: 'inherit' });
  execFileSync(process.execPath, ['bin/deck.js', 'build', '--slides', LAYOUTS_DECK, '--out', layoutsDir], { stdio: 'inherit' });
  // Served as `deck pdf` serves it to the browser.
  const server = await serveDist(outDir);
  const layouts = await serveDist(layoutsDir);
  project.provide('deckUrl', server.url);
  project.provide('deckDir', outDir);
  project.provide('layoutsUrl', layouts.url);
  project.provide('layoutsDir', layoutsDir);
  return async () => {
    await Promise.all([server.close(), layouts.close()]);
    rmSync(root, { recursive: true, force: true });
  };
}
