// The site's text files, compressed once beside themselves (file.br, file.gz): a server that
// knows them (deck present) sends the smaller one a browser accepts, at no cost per request.
// Brotli at its best setting is the slowest step of a deck's build (a few tenths of a second for
// the translations' pages): each compressed file is kept by its contents, and a build whose page
// has not changed takes it from there.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { writeFileAtomic } from '../files/atomic-write.js';
import { ROOT } from '../project-root.js';

const brotli = promisify(brotliCompress);
const deflate = promisify(gzip);
const TEXT = /\.(html|js|css|svg|json)$/;
const CACHE = join(ROOT, 'node_modules/.cache/deck-compressed');

const ENCODINGS = {
  br: (bytes: Buffer) => brotli(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }),
  gz: (bytes: Buffer) => deflate(bytes, { level: 9 }),
};

/** Writes file.br and file.gz beside each text file of `dir` (and its folders) that `keep` allows. */
export async function precompress(dir: string, keep: (path: string) => boolean = () => true): Promise<void> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  let made = false;
  await Promise.all(
    entries
      .filter((e) => e.isFile() && TEXT.test(e.name) && keep(join(e.parentPath, e.name)))
      .map(async (e) => {
        const path = join(e.parentPath, e.name);
        const bytes = await readFile(path);
        const key = createHash('sha256').update(bytes).digest('hex').slice(0, 32);
        for (const [suffix, encode] of Object.entries(ENCODINGS)) {
          const make = () => ((made = true), encode(bytes));
          await writeFile(`${path}.${suffix}`, await compressed(`${key}.${suffix}`, make));
        }
      }),
  );
  if (made) await pruneCache();
}

/** The cached file of that name, or `make`'s bytes, then kept under it. */
async function compressed(name: string, make: () => Promise<Buffer>): Promise<Buffer> {
  const cached = join(CACHE, name);
  try {
    const bytes = await readFile(cached);
    // Its time says it is in use: pruneCache keeps it.
    await utimes(cached, new Date(), new Date());
    return bytes;
  } catch {
    const bytes = await make();
    await mkdir(CACHE, { recursive: true });
    // A build running beside this one never reads half a file.
    writeFileAtomic(cached, bytes);
    return bytes;
  }
}

/** Compressed files no build has used for a week go, once a build has added some. */
async function pruneCache(): Promise<void> {
  const week = Date.now() - 7 * 86_400_000;
  for (const name of await readdir(CACHE)) {
    const path = join(CACHE, name);
    // Another build may be writing or pruning beside this one: a file gone meanwhile is fine.
    const old = await stat(path).then(
      (s) => s.mtimeMs < week,
      () => false,
    );
    if (old) await rm(path, { force: true });
  }
}
