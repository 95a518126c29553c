// The site's text files, compressed once beside themselves (file.br, file.gz): a server that
// knows them (deck present) sends the smaller one a browser accepts, at no cost per request.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const deflate = promisify(gzip);
const TEXT = /\.(html|js|css|svg|json)$/;

/** Writes file.br and file.gz beside each text file of `dir` (and its folders) that `keep` allows. */
export async function precompress(dir: string, keep: (path: string) => boolean = () => true): Promise<void> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  await Promise.all(
    entries
      .filter((e) => e.isFile() && TEXT.test(e.name) && keep(join(e.parentPath, e.name)))
      .map(async (e) => {
        const path = join(e.parentPath, e.name);
        const bytes = await readFile(path);
        await writeFile(
          `${path}.br`,
          await brotli(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }),
        );
        await writeFile(`${path}.gz`, await deflate(bytes, { level: 9 }));
      }),
  );
}
