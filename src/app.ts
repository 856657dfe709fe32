// Composition root: open the database, run migrations, and assemble the HTTP app from its capabilities.
import type { FastifyInstance } from 'fastify';
import { adminRoutes } from './admin/routes.js';
import { caseRoutes } from './cases/routes.js';
import { authRoutes } from './platform/auth/routes.js';
import type { Config } from './platform/config.js';
import { openDb, type Db } from './platform/db.js';
import { buildApp } from './platform/http.js';
import { migrate } from './platform/migrate.js';

export const CAPABILITIES = [authRoutes, caseRoutes, adminRoutes];

export async function createServer(config: Config, existingDb?: Db): Promise<{ app: FastifyInstance; db: Db }> {
  const db = existingDb ?? (await openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }));
  await migrate(db);
  // PGlite has no autovacuum: without this its planner never gets statistics (nor a visibility map).
  if (db.engine === 'pglite') await db.exec('VACUUM ANALYZE');
  const app = await buildApp({ db, config, plugins: CAPABILITIES });
  app.addHook('onClose', async () => {
    if (!existingDb) await db.close();
  });
  return { app, db };
}
