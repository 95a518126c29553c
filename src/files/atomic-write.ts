// Replaces a file or folder in one step: written beside its place, then renamed over it, so a
// failed build or export leaves the previous one as it was.
import { chmodSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export function writeFileAtomic(path: string, bytes: Uint8Array): void {
  // Beside the target, so the rename stays on one file system and is atomic.
  const temporary = join(dirname(path), `.${basename(path)}-${process.pid}-${Date.now()}.tmp`);
  try {
    writeFileSync(temporary, bytes);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** Fills a fresh folder beside `path`, then swaps it in for the old one. */
export async function replaceFolder(path: string, fill: (folder: string) => Promise<void> | void): Promise<void> {
  mkdirSync(dirname(path), { recursive: true });
  const staging = mkdtempSync(join(dirname(path), `.${basename(path)}-`));
  try {
    await fill(staging);
    // mkdtemp makes the folder private; a web server must be able to read what is built.
    chmodSync(staging, 0o755);
    const old = `${staging}-old`;
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
  }
}
