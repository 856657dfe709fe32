// Composition root: open the database, run migrations, and assemble the HTTP app from its capabilities.
import type { FastifyInstance } from 'fastify';
import { adminRoutes } from './admin/routes.js';
import { caseRoutes } from './cases/routes.js';
import { contactRoutes } from './contact/routes.js';
import { videoRoutes } from './video/routes.js';
import { portalRoutes } from './portal/routes.js';
import { findPortalSession } from './portal/store.js';
import { conversationRoutes } from './conversation/routes.js';
import { capacityRoutes } from './capacity/routes.js';
import { wageValueRoutes } from './capacity/wage-routes.js';
import { judgementRoutes } from './judgement/routes.js';
import { queueFeedbackReminders } from './judgement/store.js';
import { reportRoutes } from './report/routes.js';
import { createBus } from './platform/bus.js';
import { mailContextOf, queueDueReminders } from './contact/store.js';
import { MailDispatcher, smtpTransport } from './platform/mail.js';
import { authRoutes } from './platform/auth/routes.js';
import type { Config } from './platform/config.js';
import { openDb, type Db } from './platform/db.js';
import { buildApp } from './platform/http.js';
import { migrate } from './platform/migrate.js';

export const CAPABILITIES = [authRoutes, caseRoutes, contactRoutes, videoRoutes, portalRoutes, conversationRoutes, capacityRoutes, wageValueRoutes, judgementRoutes, reportRoutes, adminRoutes];

export async function createServer(config: Config, existingDb?: Db): Promise<{ app: FastifyInstance; db: Db }> {
  const db = existingDb ?? (await openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }));
  await migrate(db);
  // PGlite has no autovacuum: without this its planner never gets statistics (nor a visibility map).
  if (db.engine === 'pglite') await db.exec('VACUUM ANALYZE');
  const bus = await createBus(db, (error) => console.warn('bus:', (error as Error).message));
  const app = await buildApp({ db, config, bus, plugins: CAPABILITIES, portalSessions: (token) => findPortalSession(db, token) });
  // Mail: sent through SMTP when configured; otherwise kept in the outbox for the administrator.
  const mailer = new MailDispatcher({
    db, transport: config.smtpUrl ? smtpTransport(config.smtpUrl) : null, from: config.mailFrom,
    log: (message, error) => (error ? app.log.warn({ err: error }, message) : app.log.info(message)),
  });
  app.decorate('mailer', mailer);
  const mailContext = mailContextOf(config);
  let reminderRun: Promise<unknown> = Promise.resolve();
  const reminders = setInterval(() => {
    reminderRun = Promise.all([queueDueReminders(db, mailContext), queueFeedbackReminders(db, mailContext)])
      .then(([appointments, feedback]) => (appointments + feedback > 0 ? mailer.kick() : undefined))
      .catch((error: unknown) => app.log.warn({ err: error }, 'reminders failed'));
  }, config.reminderIntervalMs);
  reminders.unref();
  mailer.start(config.mailIntervalMs);
  app.addHook('onClose', async () => {
    clearInterval(reminders);
    await reminderRun;
    await mailer.stop();
    await bus.close();
    if (!existingDb) await db.close();
  });
  return { app, db };
}
