// Logical backup in one SQL file: the migrations as applied (schema) and every table's rows as JSON,
// inserted with json_populate_recordset. Plain PostgreSQL, so it restores into either engine.
import { randomBytes } from 'node:crypto';
import type { Db, Sql } from './db.js';

const FORMAT = 'passend-backup/1';
const BATCH = 500;
// Sessions are not kept (a restored system starts with everyone signed out), nor the short-lived
// messages between instances.
const SKIPPED_TABLES = new Set(['sessions', 'schema_migrations', 'bus_messages']);

/** Public tables ordered so that every table comes after the tables it references. */
export async function tablesInDependencyOrder(sql: Sql): Promise<string[]> {
  const tables = (await sql.query<{ name: string }>(
    "SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY c.relname",
  )).map((t) => t.name);
  const edges = await sql.query<{ child: string; parent: string }>(
    `SELECT cc.relname AS child, pc.relname AS parent FROM pg_constraint k
       JOIN pg_class cc ON cc.oid = k.conrelid JOIN pg_class pc ON pc.oid = k.confrelid
       JOIN pg_namespace n ON n.oid = cc.relnamespace WHERE k.contype = 'f' AND n.nspname = 'public'`,
  );
  const ordered: string[] = [];
  const visiting = new Set<string>();
  const visit = (table: string) => {
    if (ordered.includes(table) || visiting.has(table)) return;
    visiting.add(table);
    for (const edge of edges) if (edge.child === table && edge.parent !== table) visit(edge.parent);
    ordered.push(table);
  };
  tables.forEach(visit);
  return ordered;
}

export async function primaryKeyColumns(sql: Sql, table: string): Promise<string[]> {
  const rows = await sql.query<{ column: string }>(
    `SELECT a.attname AS column FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = ANY(i.indkey)
      WHERE c.relname = $1 AND i.indisprimary ORDER BY array_position(i.indkey::int2[], a.attnum)`,
    [table],
  );
  return rows.map((r) => r.column);
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Writes the backup through `write` piece by piece, so large databases need no large string. */
export async function backup(db: Db, write: (chunk: string) => Promise<void> | void): Promise<{ tables: number; rows: number }> {
  return db.transaction(async (tx) => {
    // One consistent snapshot of everything.
    if (db.engine === 'postgres') await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    const migrations = await tx.query<{ version: string; name: string }>('SELECT version, name FROM schema_migrations ORDER BY version');
    const tag = `$p${randomBytes(6).toString('hex')}$`;
    await write(`-- ${FORMAT}\n-- created ${new Date().toISOString()} from ${db.engine}\n-- migrations: ${migrations.map((m) => m.name).join(', ')}\n`);
    await write(`CREATE TABLE schema_migrations (version text PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now());\n`);
    const { readMigrations } = await import('./migrate.js');
    const sources = new Map(readMigrations().map((m) => [m.version, m]));
    for (const applied of migrations) {
      const source = sources.get(applied.version);
      if (!source) throw new Error(`migration ${applied.name} is applied but its file is missing`);
      await write(`\n-- migration ${source.name}\n${source.sql}\nINSERT INTO schema_migrations (version, name) VALUES ('${applied.version}', '${applied.name.replace(/'/g, "''")}');\n`);
    }
    let rowCount = 0;
    const tables = (await tablesInDependencyOrder(tx)).filter((t) => !SKIPPED_TABLES.has(t));
    for (const table of tables) {
      const keys = await primaryKeyColumns(tx, table);
      const orderBy = keys.length > 0 ? keys.map(quoteIdent).join(', ') : '1';
      for (let offset = 0; ; offset += BATCH) {
        const [batch] = await tx.query<{ rows: string | null; n: number }>(
          `SELECT json_agg(t)::text AS rows, count(*) AS n FROM (SELECT * FROM ${quoteIdent(table)} ORDER BY ${orderBy} LIMIT ${BATCH} OFFSET ${offset}) t`,
        );
        const n = Number(batch?.n ?? 0);
        if (!batch?.rows || n === 0) break;
        if (batch.rows.includes(tag)) throw new Error('backup quoting tag collision; run the backup again');
        await write(`INSERT INTO ${quoteIdent(table)} SELECT * FROM json_populate_recordset(NULL::${quoteIdent(table)}, ${tag}${batch.rows}${tag});\n`);
        rowCount += n;
        if (n < BATCH) break;
      }
    }
    await write('-- end of backup\n');
    return { tables: tables.length, rows: rowCount };
  });
}

export class RestoreRefused extends Error {}

/** Restores into an empty database, all in one transaction: it succeeds entirely or changes nothing. */
export async function restore(db: Db, script: string): Promise<void> {
  if (!script.startsWith(`-- ${FORMAT}`)) throw new RestoreRefused('dit bestand is geen Passend-backup');
  if (!script.trimEnd().endsWith('-- end of backup')) throw new RestoreRefused('dit backupbestand is onvolledig');
  const [existing] = await db.query<{ n: number }>("SELECT count(*) AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r'");
  if (Number(existing?.n ?? 0) > 0) throw new RestoreRefused('de doeldatabase is niet leeg; zet een backup alleen terug in een nieuwe, lege database');
  // The restored rows are complete as they were: triggers that derive rows on insert stay quiet.
  await db.transaction(async (tx) => {
    await tx.exec("SET LOCAL passend.restoring = 'on'");
    await tx.exec(script);
  });
}
