// The real Passend server for the benchmark, in its own process so its resident memory can be read
// from /proc/<pid>/status. Database from DATABASE_URL (PostgreSQL) or DATA_DIR (PGlite), as in
// production; no demo data, no logging, no web app. Prints `READY <port>` once it listens.
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { createServer } from '../src/app.js';
import { loadConfig } from '../src/platform/config.js';

const config = loadConfig(process.env, { logLevel: 'silent', webDir: join(tmpdir(), 'passend-bench-no-web'), port: Number(process.env.PORT ?? 0), host: '127.0.0.1' });
const { app } = await createServer(config);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void app.close().then(() => process.exit(0), () => process.exit(1)));
}
await app.listen({ port: config.port, host: config.host });
const address = app.server.address();
process.stdout.write(`READY ${typeof address === 'object' && address ? address.port : config.port}\n`);
