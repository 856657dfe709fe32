// Starts Passend: database (embedded PGlite in ./data unless DATABASE_URL is set), migrations, the
// fictional demo data on first start (unless DEMO=false), then the HTTP server.
import { createServer } from './app.js';
import { loadConfig } from './platform/config.js';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET, DEMO_USERS, isDemoSeeded, seedDemo } from './demo/seed.js';
import { totpAt } from './platform/auth/totp.js';
import { mailContextOf } from './contact/store.js';
import { deleteExpiredSessions } from './platform/auth/store.js';

const config = loadConfig();
const { app, db } = await createServer(config);
const demo = process.env.DEMO !== 'false';
if (demo && !(await isDemoSeeded(db))) {
  await seedDemo(db, mailContextOf(config));
  app.mailer?.kick();
}

// Expired sessions are refused on use already; this only keeps the table small.
const cleanup = setInterval(() => {
  deleteExpiredSessions(db, config.sessionIdleMinutes).catch((error: unknown) => app.log.warn({ err: error }, 'session cleanup failed'));
}, 10 * 60_000);
cleanup.unref();

// PGlite has no autovacuum: keep the planner's statistics current as the data grows (takes about a second).
if (db.engine === 'pglite') {
  const analyse = setInterval(() => {
    db.exec('VACUUM ANALYZE').catch((error: unknown) => app.log.warn({ err: error }, 'VACUUM ANALYZE failed'));
  }, 60 * 60_000);
  analyse.unref();
}

// Stop cleanly (close the database: an open PGlite keeps its files locked), but never hang.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    setTimeout(() => process.exit(1), 5000).unref();
    void app.close().then(() => process.exit(0), () => process.exit(1));
  });
}

await app.listen({ port: config.port, host: config.host });
const url = config.publicUrl;
const lines = [`\nPassend draait op ${url}  (database: ${db.engine === 'pglite' ? `ingebouwd, ${config.dataDir}` : 'PostgreSQL-server'})`];
if (demo) {
  lines.push(
    '',
    'Demo (fictieve gegevens, alleen voor demonstratie):',
    ...Object.values(DEMO_USERS).map((u) => `  ${u.email.padEnd(34)} ${u.roles.join(', ')}`),
    `  wachtwoord: ${DEMO_PASSWORD}`,
    `  TOTP-geheim (alle demo-accounts): ${DEMO_TOTP_SECRET}`,
    `  code op dit moment: ${totpAt(DEMO_TOTP_SECRET, Date.now())}  (of: npm run passend -- demo-code)`,
    '  cliëntportaal: de links en codes voor demo-cliënten staan in de berichtenbox',
    `  (${url}/beheer/contactvorm als beheer@… → Verzonden berichten → "Link naar het portaal").`,
  );
}
console.log(lines.join('\n') + '\n');
