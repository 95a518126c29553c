// The runtime: the page shell (index.html), its scripts, styles and icon, built by Vite once for
// the code that makes it, not once per deck. A deck's build then only fills the shell, so editing
// slides never waits for a bundler; changing the code or the dependencies builds it again.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fillCacheFolder } from '../files/atomic-write.js';
import { ROOT } from '../project-root.js';
import { precompress } from './precompress.js';

/** What the runtime is built from; bin/deck.js too, as its bundle of this code makes the shell's
 *  first script from a function's source text (vite/shared-values-plugin.ts). */
const INPUTS = ['bin/deck.js', 'index.html', 'src/runtime', 'src/shared', 'src/vite', 'src/theme.ts', 'public', 'package-lock.json'];
const CACHE = join(ROOT, 'node_modules/.cache/deck-runtime');

export interface Runtime {
  /** The hosted site: index.html (the shell), assets/ and the files of public/. */
  siteDir: string;
  /** The shell of the site's page, scripts and styles by URL. */
  shell: string;
  /** The shell of the one-file deck, every script, style and the icon inlined. */
  offlineShell: string;
}

export async function buildRuntime(): Promise<Runtime> {
  const dir = join(CACHE, inputsKey());
  if (!existsSync(dir)) await buildInto(dir);
  return {
    siteDir: join(dir, 'site'),
    shell: readFileSync(join(dir, 'site/index.html'), 'utf8'),
    offlineShell: readFileSync(join(dir, 'offline/index.html'), 'utf8'),
  };
}

async function buildInto(dir: string): Promise<void> {
  const { build } = await import('vite');
  const { runtimeViteConfig, offlineViteConfig } = await import('../vite/runtime-config.js');
  await fillCacheFolder(dir, async (folder) => {
    await build(runtimeViteConfig({ outDir: join(folder, 'site') }));
    // Its own build: its settings would inline everything into the hosted site as well.
    await build(offlineViteConfig({ outDir: join(folder, 'offline') }));
    // The site's scripts, styles and icon, compressed once per change of the code (not the shell,
    // which each deck fills).
    await precompress(join(folder, 'site'), (path) => path !== join(folder, 'site', 'index.html'));
  });
  // Runtimes of older code go after a day; a build still running may be reading one.
  for (const old of readdirSync(CACHE).map((name) => join(CACHE, name))) {
    if (old !== dir && Date.now() - statSync(old).mtimeMs > 86_400_000) rmSync(old, { recursive: true, force: true });
  }
}

/** A name for the contents of INPUTS. */
function inputsKey(): string {
  const hash = createHash('sha256');
  for (const input of INPUTS) {
    const path = join(ROOT, input);
    const files = statSync(path).isDirectory()
      ? readdirSync(path, { recursive: true, withFileTypes: true })
          .filter((e) => e.isFile())
          .map((e) => join(e.parentPath, e.name))
      : [path];
    for (const file of files.sort())
      hash
        .update(`${relative(ROOT, file)}\0`)
        .update(readFileSync(file))
        .update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}
