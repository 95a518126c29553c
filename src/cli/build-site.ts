// Builds the static site into a fresh folder, then swaps it in: a failed build leaves the old one.
import { chmodSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { build } from 'vite';
import { withContentSecurityPolicy } from '../security/content-security-policy.js';
import { offlineViteConfig } from '../vite/offline-config.js';
import { deckViteConfig } from '../vite/vite-config.js';

export async function buildSite(options: { slidesDir: string; outDir: string }): Promise<void> {
  const outDir = resolve(options.outDir);
  // A sibling folder: the final rename stays on one file system.
  const staging = mkdtempSync(join(dirname(outDir), `.${basename(outDir)}-`));
  try {
    const slidesDir = resolve(options.slidesDir);
    await build({ ...deckViteConfig({ slidesDir, outDir: staging }), configFile: false, logLevel: 'warn' });
    // The one-file deck is built on its own (inside staging, so a failure cleans it up too),
    // since its settings would inline everything into the hosted site as well.
    const offline = join(staging, '.offline');
    await build({ ...offlineViteConfig({ slidesDir, outDir: offline }), configFile: false, logLevel: 'warn' });
    renameSync(join(offline, 'index.html'), join(staging, 'offline.html'));
    rmSync(offline, { recursive: true });
    // The policy goes in last, so it can allow by hash exactly the scripts the pages ended up with.
    for (const page of ['index.html', 'offline.html']) {
      const path = join(staging, page);
      writeFileSync(path, withContentSecurityPolicy(readFileSync(path, 'utf8')));
    }
    // mkdtemp makes the folder private; a web server must be able to read it.
    chmodSync(staging, 0o755);
    const old = `${staging}-old`;
    try {
      renameSync(outDir, old);
    } catch {
      // No previous build to keep aside.
    }
    renameSync(staging, outDir);
    rmSync(old, { recursive: true, force: true });
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}
