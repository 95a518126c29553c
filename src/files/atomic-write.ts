// Replaces files or a folder in one step: written beside their place, then renamed over it, so a
// failed or interrupted build, export or write of timings leaves the previous ones as they were.
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { cleanUpOnInterrupt } from './on-interrupt.js';

/** Every temporary file or folder of ours starts so: the dev server ignores them. */
export const TEMPORARY_PREFIX = '.deck-tmp-';

export function writeFileAtomic(path: string, bytes: Uint8Array): void {
  writeFilesAtomic([{ path, bytes }]);
}

/**
 * Replaces several files, all or none: each is written beside its place, and only once every one
 * is written are they renamed over the old ones. A file that is a symbolic link is written where
 * it points (the link stays a link), and a file keeps its permissions.
 */
export function writeFilesAtomic(files: readonly { path: string; bytes: Uint8Array }[]): void {
  const staged: { target: string; temporary: string; previous?: Buffer }[] = [];
  const renamed: typeof staged = [];
  const remove = () => staged.forEach((s) => rmSync(s.temporary, { force: true }));
  const done = cleanUpOnInterrupt(remove);
  try {
    for (const { path, bytes } of files) {
      const target = existsSync(path) ? realpathSync(path) : path;
      const mode = existsSync(target) ? statSync(target).mode & 0o7777 : undefined;
      // Beside the target, so the rename stays on one file system and is atomic; a short name,
      // so that a long file name does not make it too long.
      const temporary = join(dirname(target), `${TEMPORARY_PREFIX}${randomBytes(6).toString('hex')}`);
      staged.push({ target, temporary, previous: mode === undefined ? undefined : readFileSync(target) });
      // Private until it has the old file's permissions.
      writeFileSync(temporary, bytes, { flag: 'wx', mode: mode === undefined ? 0o666 : 0o600 });
      if (mode !== undefined) chmodSync(temporary, mode);
    }
    for (const file of staged) {
      renameSync(file.temporary, file.target);
      renamed.push(file);
    }
  } catch (error) {
    // A rename that fails once others are done (rare: they are on the same folders): those go back.
    for (const file of renamed) {
      if (file.previous) writeFileSync(file.target, file.previous);
      else rmSync(file.target, { force: true });
    }
    remove();
    throw error;
  } finally {
    done();
  }
}

/** A fresh folder beside `path`, removed if the command is interrupted before `release`. */
export function temporaryFolderBeside(path: string, purpose = basename(path)): { folder: string; release: () => void } {
  mkdirSync(dirname(path), { recursive: true });
  const made: { folder?: string } = {};
  // Listening before the folder exists: a signal in between waits for this code to finish, and
  // then finds the folder's name.
  const release = cleanUpOnInterrupt(() => {
    if (made.folder === undefined) return;
    // Renamed first: writes still under way then fail instead of filling the folder again.
    const doomed = `${made.folder}-interrupted`;
    try {
      renameSync(made.folder, doomed);
    } catch {
      return; // already gone
    }
    rmSync(doomed, { recursive: true, force: true, maxRetries: 3 });
  });
  const folder = mkdtempSync(join(dirname(path), `${TEMPORARY_PREFIX}${purpose}-`));
  made.folder = folder;
  return { folder, release };
}

/** Fills a fresh folder beside `path`, then swaps it in for the old one. */
export async function replaceFolder(path: string, fill: (folder: string) => Promise<void> | void): Promise<void> {
  const { folder: staging, release } = temporaryFolderBeside(path);
  const old = `${staging}-old`;
  // Stopped between the two renames, the previous folder goes back in its place.
  const releaseOld = cleanUpOnInterrupt(() => {
    if (existsSync(old) && !existsSync(path)) renameSync(old, path);
    else rmSync(old, { recursive: true, force: true });
  });
  try {
    await fill(staging);
    // mkdtemp makes the folder private; a web server must be able to read what is built.
    chmodSync(staging, 0o755);
    try {
      renameSync(path, old);
    } catch {
      // Nothing there before to keep aside.
    }
    renameSync(staging, path);
    rmSync(old, { recursive: true, force: true });
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  } finally {
    release();
    releaseOld();
  }
}

/**
 * Fills a cache folder aside and renames it into place, so that two commands at once never see
 * half of it; when another got there first, its folder is kept and this one dropped.
 */
export async function fillCacheFolder(path: string, fill: (folder: string) => Promise<void>): Promise<void> {
  const { folder, release } = temporaryFolderBeside(path);
  try {
    await fill(folder);
    renameSync(folder, path);
  } catch (error) {
    if (!existsSync(path)) throw error;
  } finally {
    rmSync(folder, { recursive: true, force: true });
    release();
  }
}
