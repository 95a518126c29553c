// Whether an export must build the site first (dist/ missing or older than what it is built
// from), and a build that carries the earlier exports over into the new folder.
import { cpSync, existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { temporaryFolderBeside } from '../files/atomic-write.js';
import { ROOT } from '../project-root.js';
import type { Deck } from '../types.js';
import { EXPORT_NAMES, exportPath, type ExportKind } from './export-kinds.js';

/** What a build reads besides the slides: the page shell, the code, static files, dependencies. */
const BUILD_INPUTS = ['index.html', 'src', 'public', 'package-lock.json'].map((p) => join(ROOT, p));

export interface BuildOptions {
  slidesDir: string;
  outDir: string;
}

/** Whether outDir holds a build newer than everything it is built from. */
export function isBuildCurrent(options: BuildOptions): boolean {
  const built = modified(join(options.outDir, 'index.html'));
  return built !== undefined && [options.slidesDir, ...BUILD_INPUTS].every((input) => newest(input) <= built);
}

export async function rebuildKeepingExports(options: BuildOptions, decks: { deck: Deck; zh?: Deck }): Promise<void> {
  const outDir = resolve(options.outDir);
  // A build replaces the whole folder; keep copies so a PDF is not lost to a rebuild (nor, if the
  // export then fails, left missing instead of as it was).
  const { folder: kept, release } = temporaryFolderBeside(outDir, 'exports');
  try {
    const names = (['en', 'zh'] as const)
      .flatMap((lang) => (Object.keys(EXPORT_NAMES) as ExportKind[]).map((kind) => basename(exportPath(outDir, kind, lang))))
      .filter((name) => existsSync(join(outDir, name)));
    for (const name of names) cpSync(join(outDir, name), join(kept, name), { recursive: true, preserveTimestamps: true });
    const { buildSite } = await import('../build/build-site.js');
    await buildSite({ ...decks, outDir });
    for (const name of names) renameSync(join(kept, name), join(outDir, name));
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
