// A server for a benchmark in its own process (bench/server.ts, bench/baseline-server.ts), so its
// resident memory and CPU can be read from /proc/<pid>. Shared by run.ts, call.ts and capacity.ts.
import { spawn, type ChildProcess } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const ROOT = join(import.meta.dirname, '..');

export interface Child { process: ChildProcess; pid: number; port: number; info: string; stop(): Promise<void>; stderr(): string }

/**
 * Starts `script` with plain `node --import tsx` (no wrapper process: the pid is the server itself) and
 * waits for its `READY <port> [info]` line. `onStarted` receives the stop function, for the caller's
 * clean-up list: whatever happens, the child stops.
 */
export async function startChild(script: string, env: Record<string, string>, onStarted: (stop: () => Promise<void>) => void): Promise<Child> {
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', TMPDIR: tmpdir(), NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => { stderr = (stderr + chunk.toString()).slice(-4000); });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };
  onStarted(stop);
  const [port, info] = await new Promise<[number, string]>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${script} did not start within 120 s\n${stderr}`)), 120_000);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = /^READY (\d+) ?(.*)$/.exec(line);
      if (match) { clearTimeout(timer); resolve([Number(match[1]), match[2] ?? '']); }
    });
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`${script} exited with ${code}\n${stderr}`)); });
  });
  return { process: child, pid: child.pid!, port, info, stop, stderr: () => stderr };
}
