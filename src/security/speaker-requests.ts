// What both servers ask of a request that changes something (the dev server's Save timings,
// `deck present`'s moves): the speaker's key, compared in constant time, and a body of bounded
// size that is JSON. A request that fails is answered and its connection closed; nothing else is.
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { KEY_HEADER } from '../shared/page-contract.js';

/** Whether `given` (a header or a query parameter, as it came) is `key`, compared in constant time. */
export function isKey(given: string | string[] | null | undefined, key: string): boolean {
  const bytes = Buffer.from(typeof given === 'string' ? given : '');
  const wanted = Buffer.from(key);
  return bytes.length === wanted.length && timingSafeEqual(bytes, wanted);
}

/** Whether the request carries `key` in the key header. */
export const carriesKey = (req: IncomingMessage, key: string): boolean => isKey(req.headers[KEY_HEADER], key);

/** The request's body as JSON, handed to `use` once it has all come; a body over `limit` bytes,
 *  or one that is not JSON, is refused (413, 400) and `use` is never called. */
export function readJson(req: IncomingMessage, res: ServerResponse, limit: number, use: (body: unknown) => void): void {
  const chunks: Buffer[] = [];
  let size = 0;
  // A client gone mid-request is no error of the server's.
  req.on('error', () => req.destroy());
  req.on('data', (chunk: Buffer) => {
    if (res.writableEnded) return;
    size += chunk.length;
    if (size > limit) return refuse(req, res, 413, `the message is over ${limit} bytes`);
    chunks.push(chunk);
  });
  req.on('end', () => {
    if (res.writableEnded) return;
    let body: unknown;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch (error) {
      return refuse(req, res, 400, `not JSON (${(error as Error).message})`);
    }
    use(body);
  });
}

/** A short plain-text refusal that closes its own connection, and only that. */
export function refuse(req: IncomingMessage, res: ServerResponse, status: number, text: string): void {
  if (!res.headersSent) res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', Connection: 'close' });
  res.end(text);
  req.socket.destroySoon?.();
}
