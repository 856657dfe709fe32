// One SQL interface over two engines: embedded PGlite (default, ./data) and a PostgreSQL server (pg).
// Capabilities only see `Sql` (query) and `Db.transaction`; they never know which engine runs.
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

export type Row = Record<string, unknown>;

export interface Sql {
  query<T = Row>(text: string, params?: readonly unknown[]): Promise<T[]>;
  /** Executes a script of several statements without parameters (migrations, restore). */
  exec(script: string): Promise<void>;
}

export interface Db extends Sql {
  readonly engine: 'pglite' | 'postgres';
  /** Runs `work` in one transaction: everything or nothing. */
  transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T>;
  /**
   * LISTEN on a channel: `handler` gets every NOTIFY payload sent to it (by this process or any other
   * on the same database). Returns the unsubscribe. PGlite delivers in-process, PostgreSQL through one
   * dedicated connection per Db.
   */
  listen(channel: string, handler: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

const CHANNEL_RE = /^[a-z_][a-z0-9_]{0,62}$/;
function checkChannel(channel: string): void {
  // Channel names go into LISTEN as identifiers, which cannot be parameters: only plain names.
  if (!CHANNEL_RE.test(channel)) throw new Error(`invalid channel name: ${channel}`);
}

// Both engines return the same JS types: dates as 'YYYY-MM-DD', timestamps as ISO strings, int8 and
// numeric as numbers, bytea as Buffer. Without this, PGlite and pg disagree and tests differ per engine.
const DATE = 1082;
const TIMESTAMP = 1114;
const TIMESTAMPTZ = 1184;
const INT8 = 20;
const NUMERIC = 1700;

// Postgres text form: '2026-01-05 09:30:00.123+00' (timestamptz) or without offset (timestamp = UTC here).
function toIso(value: string): string {
  let text = value.replace(' ', 'T');
  if (/[+-]\d\d$/.test(text)) text += ':00';
  else if (!/(Z|[+-]\d\d:?\d\d)$/.test(text)) text += 'Z';
  return new Date(text).toISOString();
}
const textParsers: Record<number, (value: string) => unknown> = {
  [DATE]: (v) => v,
  [TIMESTAMP]: (v) => toIso(v),
  [TIMESTAMPTZ]: (v) => toIso(v),
  [INT8]: (v) => Number(v),
  [NUMERIC]: (v) => Number(v),
};

function normaliseRow(row: Row): Row {
  for (const key of Object.keys(row)) {
    const value = row[key];
    if (value instanceof Uint8Array && !Buffer.isBuffer(value)) row[key] = Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  }
  return row;
}

/** Serialises all access to the single PGlite connection; a transaction holds the queue until it ends. */
class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();
  run<T>(work: () => Promise<T>): Promise<T> {
    const result = this.tail.then(work, work);
    this.tail = result.catch(() => undefined);
    return result;
  }
}

export async function openPglite(dataDir: string | undefined): Promise<Db> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  // With PGlite, PostgreSQL's shared buffers live inside this process (128 MB by default, all touched at
  // start-up). The data files are read through the OS page cache anyway, so a small pool keeps resident
  // memory down; likewise ANALYZE's working memory (WASM memory never shrinks).
  const startParams = [...PGlite.defaultStartParams, '-c', 'shared_buffers=32MB', '-c', 'maintenance_work_mem=16MB'];
  const lite = await PGlite.create(dataDir ? { dataDir, parsers: textParsers, startParams } : { parsers: textParsers, startParams });
  const queue = new SerialQueue();
  const direct: Sql = {
    async query<T>(text: string, params: readonly unknown[] = []) {
      const result = await lite.query<Row>(text, params as unknown[]);
      return result.rows.map((r) => normaliseRow(r) as T);
    },
    exec: async (script) => void (await lite.exec(script)),
  };
  return {
    engine: 'pglite',
    query: (text, params) => queue.run(() => direct.query(text, params)),
    transaction: (work) =>
      queue.run(async () => {
        await lite.exec('BEGIN');
        try {
          const value = await work(direct);
          await lite.exec('COMMIT');
          return value;
        } catch (error) {
          await lite.exec('ROLLBACK');
          throw error;
        }
      }),
    exec: (script) => queue.run(() => direct.exec(script)),
    async listen(channel, handler) {
      checkChannel(channel);
      const unsubscribe = await queue.run(() => lite.listen(channel, handler));
      return () => queue.run(() => unsubscribe());
    },
    close: () => queue.run(() => lite.close()),
  };
}

let pgTypesConfigured = false;
function configurePgTypes() {
  if (pgTypesConfigured) return;
  for (const [oid, parse] of Object.entries(textParsers)) pg.types.setTypeParser(Number(oid), parse);
  pgTypesConfigured = true;
}

/**
 * Parameterised statements are prepared once per connection (named by their text): PostgreSQL then
 * parses and, once it finds a generic plan as good, plans them once instead of on every request. The
 * texts come from the code, never from input (values are always parameters), so they are a bounded
 * set; a safety cap keeps a runaway from filling the connections' statement caches.
 */
const statementNames = new Map<string, string>();
const STATEMENT_CAP = 5_000;
function statementName(text: string): string | undefined {
  const known = statementNames.get(text);
  if (known) return known;
  if (statementNames.size >= STATEMENT_CAP) return undefined;
  const name = `p${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
  statementNames.set(text, name);
  return name;
}

export async function openPostgres(connectionString: string, poolSize = 10): Promise<Db> {
  configurePgTypes();
  const pool = new pg.Pool({ connectionString, max: poolSize });
  pool.on('error', () => undefined); // idle-client errors surface on the next query instead of crashing
  await pool.query('SELECT 1');
  const over = (client: pg.Pool | pg.PoolClient): Sql => ({
    async query<T>(text: string, params: readonly unknown[] = []) {
      const name = params.length > 0 ? statementName(text) : undefined;
      const result = await client.query(name ? { name, text, values: params as unknown[] } : { text, values: params as unknown[] });
      return result.rows as T[];
    },
    exec: async (script) => void (await client.query(script)),
  });
  // One connection outside the pool carries every LISTEN of this Db; opened on first use.
  const handlers = new Map<string, Set<(payload: string) => void>>();
  let listener: Promise<pg.Client> | null = null;
  const listenerClient = () =>
    (listener ??= (async () => {
      const client = new pg.Client({ connectionString });
      client.on('error', () => undefined);
      client.on('notification', (message) => {
        for (const handler of handlers.get(message.channel) ?? []) handler(message.payload ?? '');
      });
      await client.connect();
      return client;
    })());
  return {
    engine: 'postgres',
    ...over(pool),
    async listen(channel, handler) {
      checkChannel(channel);
      const client = await listenerClient();
      let set = handlers.get(channel);
      if (!set) {
        set = new Set();
        handlers.set(channel, set);
        await client.query(`LISTEN ${channel}`);
      }
      set.add(handler);
      return async () => {
        set.delete(handler);
        if (set.size === 0 && handlers.get(channel) === set) {
          handlers.delete(channel);
          await client.query(`UNLISTEN ${channel}`).catch(() => undefined);
        }
      };
    },
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const value = await work(over(client));
        await client.query('COMMIT');
        return value;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    async close() {
      if (listener) await (await listener).end().catch(() => undefined);
      await pool.end();
    },
  };
}

export async function openDb(options: { databaseUrl?: string; dataDir?: string }): Promise<Db> {
  return options.databaseUrl ? openPostgres(options.databaseUrl) : openPglite(options.dataDir);
}

/** The first row, or undefined. */
export async function one<T = Row>(sql: Sql, text: string, params?: readonly unknown[]): Promise<T | undefined> {
  const rows = await sql.query<T>(text, params);
  return rows[0];
}
