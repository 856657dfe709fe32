// A coturn TURN server on loopback for the tests (Debian package `coturn`), in the TURN REST API
// mode Passend uses: short-lived credentials signed with a shared secret (`use-auth-secret`).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createSocket } from 'node:dgram';
import { randomBytes } from 'node:crypto';

export const TURNSERVER_PATH = process.env.TURNSERVER_PATH ?? '/usr/bin/turnserver';

export interface RunningTurn {
  url: string;
  secret: string;
  output: () => string;
  stop: () => Promise<void>;
}

async function freeUdpPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = createSocket('udp4');
    socket.once('error', reject);
    socket.bind(0, '127.0.0.1', () => {
      const { port } = socket.address();
      socket.close(() => resolve(port));
    });
  });
}

/** Starts coturn; `again` starts it on the port and with the secret of an earlier one (a restart). */
export async function startTurn(again?: { url: string; secret: string }): Promise<RunningTurn> {
  if (!existsSync(TURNSERVER_PATH)) throw new Error(`turnserver is missing at ${TURNSERVER_PATH}: install Debian's 'coturn' package (npm test and .ci/run do).`);
  const port = again ? Number(/:(\d+)\?/.exec(again.url)?.[1]) : await freeUdpPort();
  const secret = again?.secret ?? randomBytes(16).toString('hex');
  const minPort = 49152 + Math.floor(Math.random() * 10_000);
  const child: ChildProcess = spawn(TURNSERVER_PATH, [
    '-n', '--log-file=stdout', '--no-cli', '--no-tls', '--no-dtls', '--fingerprint',
    '--listening-ip=127.0.0.1', '--relay-ip=127.0.0.1', `--listening-port=${port}`,
    // Loopback peers: in the test both browsers and the relay live on 127.0.0.1.
    '--allow-loopback-peers', `--min-port=${minPort}`, `--max-port=${minPort + 200}`,
    '--use-auth-secret', `--static-auth-secret=${secret}`, '--realm=passend.test', '--no-software-attribute',
  ], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const until = Date.now() + 10_000;
  while (!/listener opened on|Total General servers/i.test(output)) {
    if (child.exitCode !== null) throw new Error(`turnserver exited: ${output.slice(-2000)}`);
    if (Date.now() > until) throw new Error(`turnserver did not start: ${output.slice(-2000)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url: `turn:127.0.0.1:${port}?transport=udp`,
    secret,
    output: () => output,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 3000).unref();
      }),
  };
}
