// Command line: npm run passend -- <command> [options]. Works on both engines (DATABASE_URL or ./data).
import { createWriteStream, readFileSync } from 'node:fs';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { ROLES, type Role } from './platform/access.js';
import { appendAudit, SYSTEM_CHAIN, verifyAudit } from './platform/audit.js';
import { backup, restore, RestoreRefused } from './platform/backup.js';
import { hashPassword, MIN_PASSWORD_LENGTH } from './platform/auth/password.js';
import { insertOrganisation, insertUser } from './platform/auth/store.js';
import { totpAt } from './platform/auth/totp.js';
import { loadConfig } from './platform/config.js';
import { openDb, type Db } from './platform/db.js';
import { migrate } from './platform/migrate.js';
import { DEMO_TOTP_SECRET, seedDemo } from './demo/seed.js';

const USAGE = `Gebruik: npm run passend -- <opdracht>

  migrate                         voer de databasemigraties uit
  create-org <naam>               maak een organisatie aan (toont het id)
  create-user --org <id> --email <e-mail> --name <naam> --roles <labour_expert,office_staff,org_admin> --password <wachtwoord>
  seed-demo                       vul de fictieve demo-organisatie
  demo-code                       toon de huidige TOTP-code van de demo-accounts
  audit-verify                    controleer de hashketen van het auditlog (exit 1 bij een breuk)
  backup <bestand>                schrijf schema en gegevens naar één bestand
  restore <bestand>               zet een backup terug in een lege database

De database: DATABASE_URL=postgres://… of anders de ingebouwde database in DATA_DIR (standaard ./data).`;

async function withDb<T>(work: (db: Db) => Promise<T>, options: { migrate?: boolean } = { migrate: true }): Promise<T> {
  const config = loadConfig();
  const db = await openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    if (options.migrate !== false) await migrate(db);
    return await work(db);
  } finally {
    await db.close();
  }
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

async function main(argv: string[]) {
  const [command, ...rest] = argv;
  switch (command) {
    case 'migrate': {
      const applied = await withDb((db) => migrate(db));
      console.log(applied.length ? `Toegepast: ${applied.join(', ')}` : 'De database is bij.');
      return;
    }
    case 'create-org': {
      const name = rest.join(' ').trim();
      if (!name) fail('Geef de naam van de organisatie op.');
      const id = await withDb((db) => db.transaction(async (tx) => {
        const orgId = await insertOrganisation(tx, name);
        await appendAudit(tx, SYSTEM_CHAIN, [{ actorId: null, action: 'organisation.create', entityType: 'organisation', entityIds: [orgId], route: 'cli' }]);
        return orgId;
      }));
      console.log(id);
      return;
    }
    case 'create-user': {
      const { values } = parseArgs({ args: rest, options: { org: { type: 'string' }, email: { type: 'string' }, name: { type: 'string' }, roles: { type: 'string' }, password: { type: 'string' } } });
      const roles = (values.roles ?? '').split(',').map((r) => r.trim()).filter(Boolean);
      if (!values.org || !values.email || !values.name || !values.password || roles.length === 0) fail('Geef --org, --email, --name, --roles en --password op.');
      const unknown = roles.filter((r) => !(ROLES as readonly string[]).includes(r));
      if (unknown.length) fail(`Onbekende rol: ${unknown.join(', ')}. Kies uit ${ROLES.join(', ')}.`);
      if ([...values.password].length < MIN_PASSWORD_LENGTH) fail(`Het wachtwoord moet minstens ${MIN_PASSWORD_LENGTH} tekens hebben.`);
      const passwordHash = await hashPassword(values.password);
      const id = await withDb(async (db) => {
        const org = await db.query('SELECT 1 FROM organisations WHERE id::text = $1', [values.org]);
        if (org.length === 0) fail('Deze organisatie bestaat niet.');
        const taken = await db.query('SELECT 1 FROM users WHERE lower(email) = lower($1)', [values.email]);
        if (taken.length) fail('Dit e-mailadres is al in gebruik.');
        return db.transaction(async (tx) => {
          const userId = await insertUser(tx, { organisationId: values.org!, email: values.email!, displayName: values.name!, passwordHash, roles: roles as Role[] });
          await appendAudit(tx, values.org!, [{ actorId: null, action: 'user.create', entityType: 'user', entityIds: [userId], route: 'cli' }]);
          return userId;
        });
      });
      console.log(`${id}\nDe gebruiker koppelt bij de eerste aanmelding een authenticator-app.`);
      return;
    }
    case 'seed-demo': {
      const result = await withDb((db) => seedDemo(db)).catch((error: Error) => fail(`Niet gelukt: ${error.message}`));
      console.log(`Demo-organisatie ${result.organisationId} met ${result.caseIds.length} fictieve dossiers.`);
      return;
    }
    case 'demo-code':
      console.log(totpAt(DEMO_TOTP_SECRET, Date.now()));
      return;
    case 'audit-verify': {
      const result = await withDb((db) => verifyAudit(db));
      if (result.ok) {
        console.log(`Auditlog in orde: ${result.entries} regels in ${result.chains} ketens.`);
        return;
      }
      const broken = result.firstBroken!;
      fail(`Auditlog GEBROKEN: keten ${broken.chain}, regel ${broken.seq}: ${broken.problem}. (${result.entries} regels daarvoor zijn in orde.)`);
    }
    // eslint-disable-next-line no-fallthrough
    case 'backup': {
      const file = rest[0];
      if (!file) fail('Geef het bestand op: npm run passend -- backup <bestand>');
      const out = createWriteStream(file);
      const result = await withDb((db) => backup(db, async (chunk) => {
        if (!out.write(chunk)) await once(out, 'drain');
      }));
      out.end();
      await once(out, 'finish');
      console.log(`Backup geschreven naar ${file}: ${result.rows} rijen uit ${result.tables} tabellen.`);
      return;
    }
    case 'restore': {
      const file = rest[0];
      if (!file) fail('Geef het bestand op: npm run passend -- restore <bestand>');
      let script: string;
      try {
        script = readFileSync(file, 'utf8');
      } catch {
        fail(`Kan ${file} niet lezen.`);
      }
      await withDb((db) => restore(db, script), { migrate: false }).catch((error: Error) => {
        if (error instanceof RestoreRefused) fail(`Terugzetten geweigerd: ${error.message}.`);
        throw error;
      });
      console.log(`Backup ${file} teruggezet.`);
      return;
    }
    default:
      console.log(USAGE);
      if (command && command !== 'help' && command !== '--help') process.exit(1);
  }
}

await main(process.argv.slice(2));
