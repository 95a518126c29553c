// Builds the real deck once with the `deck` CLI and serves it, for every browser test.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preview } from 'vite';
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
  const server = await preview({
    configFile: false,
    logLevel: 'silent',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('test setup: the preview server has no address');
  project.provide('deckUrl', url);
  project.provide('deckDir', outDir);
  return async () => {
    await server.close();
    rmSync(join(outDir, '..'), { recursive: true, force: true });
  };
}
