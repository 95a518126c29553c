// Replaces a file or folder in one step: written beside its place, then renamed over it, so a
// failed or interrupted build or export leaves the previous one as it was.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { cleanUpOnInterrupt } from './on-interrupt.js';

/** Every temporary file or folder of ours starts so: the dev server ignores them. */
export const TEMPORARY_PREFIX = '.deck-tmp-';

export function writeFileAtomic(path: string, bytes: Uint8Array): void {
  // Beside the target, so the rename stays on one file system and is atomic.
  const temporary = join(dirname(path), `${TEMPORARY_PREFIX}${basename(path)}-${process.pid}-${Date.now()}`);
  const remove = () => rmSync(temporary, { force: true });
  const done = cleanUpOnInterrupt(remove);
  try {
    writeFileSync(temporary, bytes);
    renameSync(temporary, path);
  } catch (error) {
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
