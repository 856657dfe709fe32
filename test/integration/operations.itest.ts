// Operations through the CLI, as an administrator runs them: audit verification and backup/restore
// across engines (PGlite ⇄ PostgreSQL server).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { openPglite, openPostgres, type Db } from '../../src/platform/db.js';
import { primaryKeyColumns, tablesInDependencyOrder } from '../../src/platform/backup.js';
import { TEST_DATABASE_URL } from './harness.js';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..');

async function cli(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { cwd: ROOT, env: { ...process.env, ...env, DATABASE_URL: env.DATABASE_URL ?? '' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

async function snapshot(db: Db): Promise<Record<string, unknown[]>> {
  const result: Record<string, unknown[]> = {};
  for (const table of await tablesInDependencyOrder(db)) {
    if (table === 'sessions' || table === 'schema_migrations') continue;
    const keys = await primaryKeyColumns(db, table);
    result[table] = await db.query(`SELECT * FROM ${table} ORDER BY ${keys.join(', ')}`);
  }
  return result;
}

const admin = () => openPostgres(TEST_DATABASE_URL, 2);
async function createPgDatabase(): Promise<string> {
  const name = `passend_ops_${Math.random().toString(16).slice(2, 12)}`;
  const db = await admin();
  await db.exec(`CREATE DATABASE ${name}`);
  await db.close();
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  return url.toString();
}
async function dropPgDatabase(url: string) {
  const db = await admin();
  await db.exec(`DROP DATABASE IF EXISTS ${new URL(url).pathname.slice(1)} WITH (FORCE)`);
  await db.close();
}

describe('operations', () => {
  const work = mkdtempSync(join(tmpdir(), 'passend-ops-'));
  const liteDir = join(work, 'lite');
  const pgUrls: string[] = [];
  beforeAll(async () => {
    const seeded = await cli(['seed-demo'], { DATA_DIR: liteDir });
    expect(seeded.code, seeded.stderr).toBe(0);
  });
  afterAll(async () => {
    for (const url of pgUrls) await dropPgDatabase(url);
    rmSync(work, { recursive: true, force: true });
  });

  it('verifies the audit chain and reports the first broken link after tampering with one row', async () => {
    const dir = join(work, 'tamper');
    expect((await cli(['seed-demo'], { DATA_DIR: dir })).code).toBe(0);
    const ok = await cli(['audit-verify'], { DATA_DIR: dir });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/Auditlog in orde: \d+ regels/);
    const db = await openPglite(dir);
    const [victim] = await db.query<{ chain: string; seq: number }>("SELECT chain, seq FROM audit_log WHERE action = 'case.create' ORDER BY seq LIMIT 1 OFFSET 1");
    // Someone with database access bypasses the append-only trigger and rewrites who did it.
    await db.exec('ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update');
    await db.query("UPDATE audit_log SET action = 'case.read' WHERE chain = $1 AND seq = $2", [victim!.chain, victim!.seq]);
    await db.close();
    const broken = await cli(['audit-verify'], { DATA_DIR: dir });
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain(`keten ${victim!.chain}, regel ${victim!.seq}: content does not match its hash`);
  });

  it('detects a deleted audit row too', async () => {
    const dir = join(work, 'delete');
    expect((await cli(['seed-demo'], { DATA_DIR: dir })).code).toBe(0);
    const db = await openPglite(dir);
    await db.exec('ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update');
    const [row] = await db.query<{ chain: string }>("SELECT chain FROM audit_log WHERE seq = 3 LIMIT 1");
    await db.query('DELETE FROM audit_log WHERE chain = $1 AND seq = 3', [row!.chain]);
    await db.close();
    const broken = await cli(['audit-verify'], { DATA_DIR: dir });
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('regel 3: entry 3 is missing');
  });

  it('backs up the embedded database and restores it into PostgreSQL with identical data, and back again', async () => {
    const file = join(work, 'lite.sql');
    const backup = await cli(['backup', file], { DATA_DIR: liteDir });
    expect(backup.code, backup.stderr).toBe(0);
    const pgUrl = await createPgDatabase();
    pgUrls.push(pgUrl);
    const restored = await cli(['restore', file], { DATABASE_URL: pgUrl });
    expect(restored.code, restored.stderr).toBe(0);

    const lite = await openPglite(liteDir);
    const before = await snapshot(lite);
    await lite.close();
    const pg = await openPostgres(pgUrl, 2);
    const after = await snapshot(pg);
    await pg.close();
    expect(Object.keys(after)).toEqual(Object.keys(before));
    expect(before.cases!.length).toBe(5);
    expect(before.audit_log!.length).toBeGreaterThan(10);
    expect(after).toEqual(before);
    // The restored audit chain still verifies on the other engine.
    expect((await cli(['audit-verify'], { DATABASE_URL: pgUrl })).code).toBe(0);

    // And from PostgreSQL back into a new embedded database.
    const file2 = join(work, 'pg.sql');
    expect((await cli(['backup', file2], { DATABASE_URL: pgUrl })).code).toBe(0);
    const lite2Dir = join(work, 'lite2');
    const back = await cli(['restore', file2], { DATA_DIR: lite2Dir });
    expect(back.code, back.stderr).toBe(0);
    const lite2 = await openPglite(lite2Dir);
    expect(await snapshot(lite2)).toEqual(before);
    await lite2.close();
  });

  it('refuses to restore into a database that is not empty, or a file that is not a backup, and changes nothing', async () => {
    const file = join(work, 'again.sql');
    expect((await cli(['backup', file], { DATA_DIR: liteDir })).code).toBe(0);
    const refused = await cli(['restore', file], { DATA_DIR: liteDir });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/niet leeg/);
    const junk = join(work, 'junk.sql');
    writeFileSync(junk, 'DROP TABLE cases;');
    const notBackup = await cli(['restore', junk], { DATA_DIR: join(work, 'empty') });
    expect(notBackup.code).toBe(1);
    expect(notBackup.stderr).toMatch(/geen Passend-backup/);
  });
});
