// A local static server for the built deck, on 127.0.0.1 only, for the browser to print from.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import sirv from 'sirv';

export interface DistServer {
  url: string;
  close(): Promise<void>;
}

export async function serveDist(outDir: string): Promise<DistServer> {
  const server = createServer(sirv(resolve(outDir), { dev: true, etag: false }));
  // Any free port: two exports (or an export and `npm start`) can run side by side.
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', done);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
