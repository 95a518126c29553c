#!/usr/bin/env node
// The `deck` command. The TypeScript CLI is bundled by esbuild into node_modules/.cache once per
// change of src/, so each run starts as plain JavaScript: a loader that compiles on every start
// would slow each import of Vite and the browser driver several times over.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import process from 'node:process';
import { pathToFileURL } from 'node:url';

const root = join(import.meta.dirname, '..');
const cache = join(root, 'node_modules/.cache/deck-cli');

/** A name for what the bundle is made of: the sources, the libraries it takes in, and this
 *  file's own settings; by their paths, sizes and times. */
function sourcesKey() {
  const hash = createHash('sha256');
  // parentPath is already whole: joined by hand, as path.join's normalising costs a build a few ms.
  const files = readdirSync(join(root, 'src'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `${entry.parentPath}${sep}${entry.name}`);
  for (const path of [...files, join(root, 'package-lock.json'), import.meta.filename]) {
    const { size, mtimeMs } = statSync(path);
    hash.update(`${path}\0${size}\0${mtimeMs}\n`);
  }
  return hash.digest('hex').slice(0, 16);
}

const outdir = join(cache, sourcesKey());
if (!existsSync(outdir)) {
  const { build } = await import('esbuild');
  // Built in memory, then written aside and renamed into place in one synchronous step: two
  // commands starting at once never see half a bundle, and a Ctrl+C never leaves half of one, as
  // its handler runs only between steps. (src/files/ does this for the rest; this file runs before
  // it is compiled.) The handler stays: one that went at the end of the step could take a signal
  // that came during it with it. It acts as the default would, unless the command has a handler
  // of its own.
  const interrupted = (signal) => {
    if (process.listenerCount(signal) > 1) return;
    process.removeListener(signal, interrupted);
    process.kill(process.pid, signal);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, interrupted);
  const partial = `${outdir}.${process.pid}`;
  const { outputFiles } = await build({
    entryPoints: [join(root, 'src/cli/deck.ts')],
    bundle: true,
    // Vite and the browser driver stay chunks of their own, loaded only by the commands that use them.
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Libraries go into the bundle too (one file to load, not hundreds), except the ones that
    // find files beside themselves at run time or are too large to be worth it.
    external: ['vite', 'playwright-core', 'subset-font', 'esbuild', 'vite-plugin-singlefile'],
    // The CommonJS libraries in the bundle still call require().
    banner: { js: "import { createRequire as createRequireForBundle } from 'node:module'; const require = createRequireForBundle(import.meta.url);" },
    // .mjs: the cache has no package.json saying the files are modules, and Node would otherwise
    // read each file to find out.
    outExtension: { '.js': '.mjs' },
    outdir: partial,
    write: false,
    logLevel: 'error',
  });
  try {
    for (const file of outputFiles) {
      mkdirSync(dirname(file.path), { recursive: true });
      writeFileSync(file.path, file.contents);
    }
    renameSync(partial, outdir);
  } catch {
    rmSync(partial, { recursive: true, force: true });
  }
  // Bundles of older sources go after a day; a command still running may be using one.
  for (const old of readdirSync(cache).map((name) => join(cache, name))) {
    if (old !== outdir && Date.now() - statSync(old).mtimeMs > 86_400_000) rmSync(old, { recursive: true, force: true });
  }
}
await import(pathToFileURL(join(outdir, 'deck.mjs')).href);
