// Builds the static site into a fresh folder, then swaps it in: a failed build leaves the old one.
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { replaceFolder } from '../files/atomic-write.js';
import { withContentSecurityPolicy } from '../security/content-security-policy.js';
import { offlineViteConfig } from '../vite/offline-config.js';
import { deckViteConfig } from '../vite/vite-config.js';

export async function buildSite(options: { slidesDir: string; outDir: string }): Promise<void> {
  const slidesDir = resolve(options.slidesDir);
  await replaceFolder(resolve(options.outDir), async (staging) => {
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
  });
}
