// The DevTools protocol over the pipe the browser opens on file descriptors 3 and 4
// (--remote-debugging-pipe): JSON messages ended by a NUL byte. The PDF needs only a few calls
// (evaluate, print), and this spares it loading a browser driver, which takes longer than the
// printing itself.
import type { Readable, Writable } from 'node:stream';
import { ExportError } from './export-kinds.js';
import type { PrintTab } from './print-view.js';

interface Pending {
  resolve: (result: Record<string, unknown>) => void;
  reject: (error: Error) => void;
}

interface Message {
  id?: number;
  method?: string;
  params?: Record<string, unknown>;
  result?: Record<string, unknown>;
  error?: { message: string };
  sessionId?: string;
}

/** Errors that mean the page is between two documents: the call is tried again. */
const NAVIGATING = /Execution context was destroyed|Cannot find context with specified id|Inspected target navigated or closed/;

export class DevToolsPipe {
  private nextId = 0;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners: ((message: Message) => void)[] = [];
  private buffered = '';

  constructor(
    private readonly toBrowser: Writable,
    fromBrowser: Readable,
  ) {
    fromBrowser.setEncoding('utf8');
    fromBrowser.on('data', (chunk: string) => this.receive(chunk));
    // The browser gone, every call still waiting fails rather than hangs.
    fromBrowser.on('close', () => this.failAll(new ExportError('the browser closed its DevTools pipe')));
    toBrowser.on('error', (error) => this.failAll(new ExportError(`the browser's DevTools pipe failed: ${error.message}`)));
  }

  send(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<Record<string, unknown>> {
    const id = ++this.nextId;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.toBrowser.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    });
  }

  onEvent(listener: (message: Message) => void): void {
    this.listeners.push(listener);
  }

  private receive(chunk: string): void {
    this.buffered += chunk;
    for (let end = this.buffered.indexOf('\0'); end >= 0; end = this.buffered.indexOf('\0')) {
      const message = JSON.parse(this.buffered.slice(0, end)) as Message;
      this.buffered = this.buffered.slice(end + 1);
      const waiting = message.id === undefined ? undefined : this.pending.get(message.id);
      if (waiting) {
        this.pending.delete(message.id!);
        if (message.error) waiting.reject(new Error(message.error.message));
        else waiting.resolve(message.result ?? {});
      } else if (message.method) {
        for (const listener of this.listeners) listener(message);
      }
    }
  }

  private failAll(error: Error): void {
    for (const { reject } of this.pending.values()) reject(error);
    this.pending.clear();
  }
}

/** The browser's first tab, where it opened the print view, as a PrintTab. */
export async function firstTab(pipe: DevToolsPipe): Promise<PrintTab> {
  const { targetInfos } = (await pipe.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string }[] };
  const page = targetInfos.find((t) => t.type === 'page');
  if (!page) throw new ExportError('the browser opened no tab');
  const { sessionId } = (await pipe.send('Target.attachToTarget', { targetId: page.targetId, flatten: true })) as { sessionId: string };
  const errors: string[] = [];
  pipe.onEvent((message) => {
    if (message.sessionId !== sessionId || message.method !== 'Runtime.exceptionThrown') return;
    const details = message.params?.['exceptionDetails'] as { text?: string; exception?: { description?: string } } | undefined;
    errors.push(details?.exception?.description?.split('\n')[0] ?? details?.text ?? 'an error');
  });
  await pipe.send('Runtime.enable', {}, sessionId);
  return {
    errors,
    async evaluate<T>(expression: string): Promise<T> {
      for (;;) {
        try {
          const { result, exceptionDetails } = (await pipe.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true }, sessionId)) as {
            result: { value: T };
            exceptionDetails?: { exception?: { description?: string } };
          };
          if (exceptionDetails) throw new ExportError(`the page could not be read: ${exceptionDetails.exception?.description ?? 'an error'}`);
          return result.value;
        } catch (error) {
          if (!(error instanceof Error) || !NAVIGATING.test(error.message)) throw error;
        }
      }
    },
    async printToPdf(): Promise<Uint8Array> {
      const { data } = (await pipe.send('Page.printToPDF', { printBackground: true, preferCSSPageSize: true, generateTaggedPDF: true }, sessionId)) as {
        data: string;
      };
      return Buffer.from(data, 'base64');
    },
  };
}
