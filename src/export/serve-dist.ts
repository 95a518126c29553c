// A local static server for the built deck, on 127.0.0.1 only, for the browser to print from.
import { resolve } from 'node:path';
import { preview } from 'vite';

export interface DistServer {
  url: string;
  close(): Promise<void>;
}

export async function serveDist(outDir: string): Promise<DistServer> {
  const server = await preview({
    configFile: false,
    logLevel: 'silent',
    build: { outDir: resolve(outDir) },
    // Any free port: two exports (or an export and `npm start`) can run side by side.
    preview: { port: 0, host: '127.0.0.1', strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) {
    await server.close();
    throw new Error('deck: the local server for the export has no address');
  }
  return { url, close: () => server.close() };
}
