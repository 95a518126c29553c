// Finds an installed Chrome or Chromium to print with. It never downloads one.
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { BrowserNotFoundError } from './export-errors.js';

/** Debian's Chromium, where the README tells people to install it. */
const KNOWN_PATHS = ['/usr/bin/chromium'];
/** Commands other systems install on PATH. */
const COMMANDS = ['google-chrome', 'chromium-browser'];

/** CHROME_PATH when set, else the first of KNOWN_PATHS, else the first of COMMANDS on PATH. */
export function findBrowser(env: NodeJS.ProcessEnv = process.env, knownPaths: readonly string[] = KNOWN_PATHS): string {
  const chosen = env['CHROME_PATH'];
  // A CHROME_PATH that is wrong is a mistake to report, not a reason to quietly print with another browser.
  if (chosen) {
    if (isExecutable(chosen)) return chosen;
    throw new BrowserNotFoundError(`CHROME_PATH is "${chosen}", which is not an executable file\n  hint: point it at Chrome or Chromium, or unset it to look in the usual places`);
  }
  const dirs = (env['PATH'] ?? '').split(delimiter).filter(Boolean);
  const candidates = [...knownPaths, ...COMMANDS.flatMap((command) => dirs.map((dir) => join(dir, command)))];
  const found = candidates.find(isExecutable);
  if (found) return found;
  const looked = [...knownPaths, ...COMMANDS.map((c) => `${c} on PATH`)].join(', ');
  throw new BrowserNotFoundError(`no Chrome or Chromium found (looked for CHROME_PATH, ${looked})
  hint: install Chrome or Chromium (Debian/Ubuntu: sudo apt-get install chromium), or set CHROME_PATH to its executable; deck never downloads a browser`);
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
