// A fresh PostgreSQL database for one benchmark: `<prefix>_<random>` on the server of `adminUrl`,
// dropped again by the returned `drop` (WITH (FORCE), so a child server still connected does not stop
// it). Shared by bench/capacity.ts and bench/judgement.ts.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export async function freshPostgresDatabase(adminUrl: string, prefix: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(`PostgreSQL at ${adminUrl.replace(/\/\/[^@]*@/, '//')} is unreachable (${(error as Error).message}); start it or set BENCH_DATABASE_URL`);
  }
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
