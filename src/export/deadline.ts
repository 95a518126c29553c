// A time limit on one step of an export, so a stuck browser fails with a message instead of hanging.
import { ExportError } from './export-errors.js';

export async function withDeadline<T>(work: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ExportError(`${message} (gave up after ${ms / 1000} s)`)), ms);
  });
  try {
    return await Promise.race([work, expired]);
  } finally {
    clearTimeout(timer);
  }
}
