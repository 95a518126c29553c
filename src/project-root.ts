// The project's root folder (index.html, package.json, node_modules), found from wherever this
// code runs: from src/ under tsx and Vitest, or from the CLI's bundle in node_modules/.cache.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

function findRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'index.html')) && existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`deck: no project root (index.html and package.json) above ${from}`);
  }
}

export const ROOT = findRoot(import.meta.dirname);
