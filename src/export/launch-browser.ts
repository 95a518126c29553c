// Starts the browser findBrowser chose, headless, through playwright-core.
import { chromium, type Browser } from 'playwright-core';
import { ExportError } from './export-errors.js';

const LAUNCH_TIMEOUT_MS = 30_000;

export async function launchBrowser(executablePath: string): Promise<Browser> {
  try {
    return await chromium.launch({
      executablePath,
      timeout: LAUNCH_TIMEOUT_MS,
      // An export only reads the local deck: no updates, sync or first-run checks going out.
      args: ['--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0];
    throw new ExportError(`could not start the browser at ${executablePath}: ${reason}`);
  }
}
