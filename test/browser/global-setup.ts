// Builds the real deck once with the `deck` CLI and serves it, for every browser test.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveDist } from '../../src/export/browser-session.js';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    deckUrl: string;
    deckDir: string;
  }
}

export default async function setup(project: TestProject) {
  const outDir = join(mkdtempSync(join(tmpdir(), 'deck-test-')), 'dist');
  execFileSync(process.execPath, ['bin/deck.js', 'build', '--out', outDir], { stdio: 'inherit' });
  // Served as `deck pdf` serves it to the browser.
  const server = await serveDist(outDir);
  project.provide('deckUrl', server.url);
  project.provide('deckDir', outDir);
  return async () => {
    await server.close();
    rmSync(join(outDir, '..'), { recursive: true, force: true });
  };
}
