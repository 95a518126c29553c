// Where a build or an export may write. A build replaces its whole folder, so the folder must be
// one the deck made (or a new or empty one), and never one that holds the author's work.
import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, join, resolve, sep } from 'node:path';

/** A file every build leaves in its folder: the next build knows the folder is its own. */
export const OUTPUT_MARK = '.deck-output';
export const OUTPUT_MARK_TEXT = 'Made by `deck build`. The whole folder is replaced by the next build.\n';

/** A folder the deck refuses to write to; the message names it and says why. */
export class OutputFolderError extends Error {
  override name = 'OutputFolderError';
  constructor(
    message: string,
    readonly hint: string,
  ) {
    super(message);
  }
}

export interface Protected {
  slidesDir: string;
  /** The project's root folder (package.json). */
  root: string;
  cwd?: string;
  home?: string;
}

/**
 * The folder to write for `--out outDir`, after checking that replacing it loses nothing: the real
 * path when `outDir` is a symbolic link, so the link stays and the build is written through it.
 */
export function outputFolder(outDir: string, guard: Protected): string {
  const hint = 'choose another --out folder: a new one, an empty one, or one an earlier build made';
  if (outDir.trim() === '') throw new OutputFolderError('the output folder is empty ("")', 'give --out a folder, e.g. --out dist');
  const link = lstatSync(resolve(outDir), { throwIfNoEntry: false });
  if (link?.isSymbolicLink() && !existsSync(resolve(outDir))) {
    throw new OutputFolderError(
      `refusing to write to ${outDir}: it is a link to a folder that does not exist`,
      'create the folder it points to, or remove the link',
    );
  }
  const target = realPath(resolve(outDir));
  const shown = outDir;
  const cwd = guard.cwd ?? process.cwd();
  const kept: [string, string][] = [
    [realPath(resolve(guard.slidesDir)), 'the slides folder'],
    [realPath(guard.root), 'the project folder'],
    [realPath(cwd), 'the current folder'],
    [realPath(guard.home ?? homedir()), 'your home folder'],
    [realPath('/'), 'the root of the file system'],
  ];
  for (const [folder, what] of kept) {
    if (target === folder) throw new OutputFolderError(`refusing to write to ${shown}: it is ${what}, which a build would replace`, hint);
  }
  for (const [folder, what] of kept) {
    if (folder.startsWith(withSep(target)))
      throw new OutputFolderError(`refusing to write to ${shown}: it holds ${what} (${folder}), which a build would replace`, hint);
  }
  const slides = kept[0]![0];
  if (target.startsWith(withSep(slides)))
    throw new OutputFolderError(`refusing to write to ${shown}: it is inside the slides folder, which must hold only the sources`, hint);

  const stat = statSync(target, { throwIfNoEntry: false });
  if (!stat) return target;
  if (!stat.isDirectory()) throw new OutputFolderError(`refusing to write to ${shown}: it is a file, not a folder`, hint);
  if (!isOurs(target)) {
    throw new OutputFolderError(`refusing to write to ${shown}: the folder has files the deck did not make, and a build replaces the whole folder`, hint);
  }
  return target;
}

/** Empty, marked by an earlier build, or an earlier build from before the mark (its two pages). */
function isOurs(folder: string): boolean {
  const names = readdirSync(folder);
  if (names.length === 0 || names.includes(OUTPUT_MARK)) return true;
  if (!names.includes('index.html') || !names.includes('offline.html')) return false;
  try {
    return readFileSync(join(folder, 'index.html'), 'utf8').includes('<main class="reveal"');
  } catch {
    return false;
  }
}

/** The real path of `path`, through symbolic links, for as much of it as exists. */
function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    const parent = dirname(path);
    if (parent === path) return path;
    return join(realPath(parent), basename(path));
  }
}

const withSep = (folder: string) => (folder.endsWith(sep) ? folder : folder + sep);
