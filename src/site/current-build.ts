// Whether the built site is current (newer than everything it is built from), and a build that
// carries named files of the previous one over: what `deck pdf`, `png`, `pptx` and `present`
// decide and do before they use dist/.
import { cpSync, existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { temporaryFolderBeside } from '../files/atomic-write.js';
import { ROOT } from '../project-root.js';
import type { Deck } from '../types.js';

/** What a build reads besides the slides: the page shell, the code, static files, dependencies. */
const BUILD_INPUTS = ['index.html', 'src', 'public', 'package-lock.json'].map((p) => join(ROOT, p));

export interface BuildPlace {
  slidesDir: string;
  outDir: string;
}

/** Whether outDir holds a build newer than everything it is built from. */
export function isBuildCurrent({ slidesDir, outDir }: BuildPlace): boolean {
  const built = modified(join(outDir, 'index.html'));
  return built !== undefined && [slidesDir, ...BUILD_INPUTS].every((input) => newest(input) <= built);
}

/**
 * Builds the site into `outDir`, carrying the files and folders named `keep` (the exports) over
 * from the folder it replaces: a build replaces the whole folder, and a PDF is not lost to a
 * rebuild (nor, if the export then fails, left missing instead of as it was).
 */
export async function rebuildKeeping(decks: { deck: Deck; translations: readonly Deck[] }, outDir: string, keep: readonly string[]): Promise<void> {
  const out = resolve(outDir);
  const { folder: kept, release } = temporaryFolderBeside(out, 'exports');
  try {
    const names = keep.filter((name) => existsSync(join(out, name)));
    for (const name of names) cpSync(join(out, name), join(kept, name), { recursive: true, preserveTimestamps: true });
    // Loaded here: a command whose build is current never loads the build's code.
    const { buildSite } = await import('./build-site.js');
    await buildSite({ ...decks, outDir: out });
    for (const name of names) renameSync(join(kept, name), join(out, name));
  } finally {
    rmSync(kept, { recursive: true, force: true });
    release();
  }
}

function modified(path: string): number | undefined {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
}

/** The latest change under `path`: a file's time, or the newest of a folder's files and the folder. */
function newest(path: string): number {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  // The folder's own time changes when a file is deleted or renamed in it.
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}
