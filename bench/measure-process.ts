// Runs a command and measures its wall time and peak memory: the largest resident set of any
// process in its tree (Chromium runs as children of the export, for instance).
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

export interface ProcessRun {
  ms: number;
  peakRssMiB: number;
  code: number | null;
}

export function measureProcess(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; quiet?: boolean } = {}): Promise<ProcessRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'ignore', options.quiet ? 'ignore' : 'inherit'],
    });
    let peakKiB = 0;
    const sample = () => {
      for (const pid of processTree(child.pid!)) peakKiB = Math.max(peakKiB, highWaterMark(pid));
    };
    const timer = setInterval(sample, 20);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(timer);
      resolve({ ms: performance.now() - started, peakRssMiB: peakKiB / 1024, code });
    });
  });
}

/** `pid` and all its descendants, from /proc: each thread's list of its children, so that a
 *  sample reads a handful of small files, not every process's status (the machine is shared with
 *  the command measured). */
function processTree(pid: number): number[] {
  const out = [pid];
  for (let i = 0; i < out.length; i++) {
    try {
      for (const task of readdirSync(`/proc/${out[i]}/task`)) {
        const children = readFileSync(`/proc/${out[i]}/task/${task}/children`, 'utf8').trim();
        if (children) out.push(...children.split(' ').map(Number));
      }
    } catch {
      // The process ended while we looked.
    }
  }
  return out;
}

/** VmHWM: the most memory the process has held resident, in KiB. */
function highWaterMark(pid: number): number {
  try {
    return Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}
