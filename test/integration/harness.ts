// Test harness: a Passend app on a fresh database of either engine, and signed-in HTTP clients.
// Requests go through Fastify's full HTTP pipeline (hooks, validation, CSRF, cookies) via inject.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { createServer } from '../../src/app.js';
import type { Role } from '../../src/platform/access.js';
import { hashPassword } from '../../src/platform/auth/password.js';
import { insertOrganisation, insertUser } from '../../src/platform/auth/store.js';
import { generateSecret, totpAt } from '../../src/platform/auth/totp.js';
import { loadConfig, type Config } from '../../src/platform/config.js';
import { openPglite, openPostgres, type Db } from '../../src/platform/db.js';

export type Engine = 'pglite' | 'postgres';
export const ENGINES: Engine[] = ['pglite', 'postgres'];

/** The PostgreSQL server the suite uses; set TEST_DATABASE_URL to point elsewhere. */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase { db: Db; drop(): Promise<void>; /** PostgreSQL only: where a second connection (another app instance) finds it. */ url?: string }

/** A new, empty database: in-memory PGlite, or a database created on the server and dropped afterwards. */
export async function freshDatabase(engine: Engine): Promise<TestDatabase> {
  if (engine === 'pglite') {
    const db = await openPglite(undefined);
    return { db, drop: () => db.close() };
  }
  let admin: Db;
  try {
    admin = await openPostgres(TEST_DATABASE_URL, 2);
  } catch (error) {
    throw new Error(`The PostgreSQL test server at ${TEST_DATABASE_URL.replace(/\/\/[^@]*@/, '//')} is configured but unreachable (${(error as Error).message}). Start it, or set TEST_DATABASE_URL.`);
  }
  const name = `passend_test_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  await admin.exec(`CREATE DATABASE ${name}`);
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  const db = await openPostgres(url.toString(), 10);
  return {
    db,
    url: url.toString(),
    async drop() {
      await db.close();
      await admin.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.close();
    },
  };
}

export interface TestApp {
  engine: Engine;
  app: FastifyInstance;
  db: Db;
  config: Config;
  /** PostgreSQL only: the test database, for a second app instance. */
  databaseUrl?: string;
  close(): Promise<void>;
}

export async function startApp(engine: Engine, overrides: Partial<Config> = {}): Promise<TestApp> {
  const { db, drop, url } = await freshDatabase(engine);
  const config = loadConfig({}, { logLevel: 'silent', authRateLimitPerMinute: 10_000, webDir: '/nonexistent', ...overrides });
  const { app } = await createServer(config, db);
  await app.ready();
  return {
    engine, app, db, config, databaseUrl: url,
    async close() {
      await app.close();
      await drop();
    },
  };
}

export const PASSWORD = 'correct horse battery staple';
let cachedHash: Promise<string> | undefined;
const passwordHash = () => (cachedHash ??= hashPassword(PASSWORD));

export interface TestUser { id: string; email: string; organisationId: string; roles: Role[]; totpSecret: string }

export async function createOrganisation(t: TestApp, name = `Org ${randomUUID().slice(0, 8)}`): Promise<string> {
  return t.db.transaction((tx) => insertOrganisation(tx, name));
}

export async function createUser(t: TestApp, organisationId: string, roles: Role[], options: { enrolled?: boolean; name?: string } = {}): Promise<TestUser> {
  const email = `${roles.join('-')}-${randomUUID().slice(0, 8)}@test.passend`;
  const totpSecret = generateSecret();
  const id = await t.db.transaction(async (tx) =>
    insertUser(tx, { organisationId, email, displayName: options.name ?? `Test ${roles.join('+')}`, passwordHash: await passwordHash(), roles, totpSecret: options.enrolled === false ? undefined : totpSecret }));
  return { id, email, organisationId, roles, totpSecret };
}

export interface Call {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  body?: unknown;
  headers?: Record<string, string>;
  payload?: string | Buffer;
  csrf?: boolean;
}

/** A browser-like client: keeps cookies and sends the CSRF token the session gave it. */
export class Client {
  private cookies = new Map<string, string>();
  csrfToken = '';
  constructor(readonly t: TestApp, readonly language = 'nl') {}

  async call(call: Call): Promise<LightMyRequestResponse> {
    const method = call.method ?? 'GET';
    const headers: Record<string, string> = { 'accept-language': this.language, ...call.headers };
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (method !== 'GET' && call.csrf !== false && this.csrfToken) headers['x-csrf-token'] = this.csrfToken;
    let payload = call.payload;
    if (call.body !== undefined) {
      payload = JSON.stringify(call.body);
      headers['content-type'] = 'application/json';
    }
    const response = await this.t.app.inject({ method, url: call.url, headers, payload });
    for (const cookie of response.cookies) {
      if (cookie.expires && cookie.expires.getTime() < Date.now()) this.cookies.delete(cookie.name);
      else if (cookie.value === '') this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
    return response;
  }

  async refreshSession() {
    const response = await this.call({ url: '/api/session' });
    this.csrfToken = response.json().csrfToken;
    return response.json();
  }

  /** The Cookie header this client sends (for a WebSocket opened in its name). */
  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  get = (url: string) => this.call({ url });
  post = (url: string, body?: unknown) => this.call({ method: 'POST', url, body });
  put = (url: string, body?: unknown) => this.call({ method: 'PUT', url, body });
  patch = (url: string, body?: unknown) => this.call({ method: 'PATCH', url, body });
  delete = (url: string) => this.call({ method: 'DELETE', url });
}


export async function signIn(t: TestApp, user: TestUser, language = 'nl'): Promise<Client> {
  const client = new Client(t, language);
  await client.refreshSession();
  const login = await client.post('/api/auth/login', { email: user.email, password: PASSWORD });
  if (login.statusCode !== 200) throw new Error(`login failed: ${login.body}`);
  await client.refreshSession();
  // Codes are accepted once per 30-second step; reset the replay guard so tests can sign in repeatedly.
  await t.db.query('UPDATE users SET totp_last_step = NULL WHERE id = $1', [user.id]);
  const code = await client.post('/api/auth/totp', { code: totpAt(user.totpSecret, Date.now()) });
  if (code.statusCode !== 200) throw new Error(`totp failed: ${code.body}`);
  await client.refreshSession();
  return client;
}

export function newCaseBody(overrides: Record<string, unknown> = {}) {
  return {
    client: { fullName: 'Test Cliënt (fictief)', birthDate: '1985-03-14', email: 'client@voorbeeld.test', phone: '06-12345678', address: null, preferredLanguage: 'nl', interpreterNeeded: false, companionWanted: false },
    assignment: {
      commissioningParty: 'arbodienst', legalContext: 'poortwachter', question: 'Is eigen werk passend?', deliveryDate: '2027-01-15',
      firstSicknessDay: '2026-01-05', commissionerReference: 'T-1',
    },
    parties: [{ role: 'employer', name: 'Werkgever B.V.', contactPerson: 'P. de Wit', email: 'hr@werkgever.test', phone: null }],
    ...overrides,
  };
}

/** A moment `days` ahead (moved to the next working day) at `time` Amsterdam local time, as ISO with offset. */
export function officeSlot(days: number, time = '10:00'): string {
  const date = new Date(Date.now() + days * 86_400_000);
  while ([0, 6].includes(date.getUTCDay())) date.setUTCDate(date.getUTCDate() + 1);
  return officeSlotOn(date.toISOString().slice(0, 10), time);
}

/** `time` Amsterdam local time on `day` (YYYY-MM-DD), as ISO with offset. */
export function officeSlotOn(day: string, time: string): string {
  for (const offset of ['+01:00', '+02:00']) {
    const candidate = `${day}T${time}:00${offset}`;
    const shown = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(candidate));
    if (shown === time) return candidate;
  }
  throw new Error(`no Amsterdam offset for ${day} ${time}`);
}

/** The circumstances a labour expert states, with defaults. */
export function circumstancesBody(activity: string, extra: Record<string, unknown> = {}) {
  return {
    activity, physicalPossible: true, physicalImpossibleReason: null, clientConditions: [], employerConflict: false, complaintContext: false,
    earlierContacts: 0, physicalFirstContactHeld: false, outcomeExpectation: 'unknown', workplaceMaterial: [], expertKnowsWorkplace: false,
    clientPreference: null, employerPreference: null, medicalObstacle: false, ...extra,
  };
}

/** The n-th distinct five-minute slot on working days from 20 days ahead: never two the same. */
export function distinctSlot(n: number): string {
  const perDay = 100;
  const date = new Date(Date.now() + 20 * 86_400_000);
  for (let day = Math.floor(n / perDay); ; date.setUTCDate(date.getUTCDate() + 1)) {
    if ([0, 6].includes(date.getUTCDay())) continue;
    if (day === 0) break;
    day -= 1;
  }
  const minutes = 8 * 60 + 30 + (n % perDay) * 5;
  return officeSlotOn(date.toISOString().slice(0, 10), `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`);
}

/** A plan-contact body: physical first contact unless overridden. */
export function contactBody(overrides: Record<string, unknown> = {}, days = 7, time = '10:00') {
  return {
    contactForm: 'physical', circumstances: circumstancesBody('first_contact'), plannedAt: officeSlot(days, time), durationMinutes: 60,
    location: 'Kantoor', participants: [{ name: 'Test Cliënt (fictief)', role: 'client' }], note: null, ...overrides,
  };
}

/** As the organisation's administrator: approve the built-in video channel and publish a privacy notice. */
export async function enableVideo(asAdmin: Client): Promise<{ channelId: string; privacyNoticeId: string }> {
  const channels = (await asAdmin.get('/api/admin/contact-channels')).json().items as Array<{ id: string; builtIn: boolean; name: string }>;
  const builtIn = channels.find((c) => c.builtIn)!;
  const approved = await asAdmin.put(`/api/admin/contact-channels/${builtIn.id}`, {
    name: builtIn.name, form: 'video', dpiaStatus: 'completed', legalBasis: 'AVG art. 6 lid 1 sub e', recordingPolicy: 'never', retention: 'Geen opnames', approved: true, notes: null,
  });
  if (approved.statusCode !== 200) throw new Error(`approve channel: ${approved.body}`);
  const notice = await asAdmin.post('/api/admin/privacy-notices', { bodyNl: 'Privacyverklaring beeldbellen (test).', bodyEn: 'Video privacy notice (test).' });
  if (notice.statusCode !== 201) throw new Error(`privacy notice: ${notice.body}`);
  return { channelId: builtIn.id, privacyNoticeId: notice.json().id };
}

/**
 * Opens a portal door the way a client or employer does: the staff member sends the link, the visitor
 * opens it and types the one-time code from the outbox (SMS or e-mail). Returns the signed-in visitor.
 */
export async function openPortal(t: TestApp, staff: Client, caseId: string, target: { audience: 'client' | 'employer'; partyId: string | null } = { audience: 'client', partyId: null }): Promise<Client> {
  const sent = await staff.post(`/api/cases/${caseId}/portal`, target);
  if (sent.statusCode !== 201) throw new Error(`sending the portal link failed: ${sent.body}`);
  const accessId = sent.json().accessId as string;
  const [link] = await t.db.query<{ body_text: string }>(
    "SELECT body_text FROM mail_outbox WHERE case_id = $1 AND kind = 'portal_link' AND recipient = $2 ORDER BY created_at DESC LIMIT 1", [caseId, sent.json().sentTo]);
  const token = /\/portaal#([A-Za-z0-9_-]{43})/.exec(link!.body_text)![1]!;
  const visitor = new Client(t);
  // A code sent moments ago to the same door is reused on a reload; make this a fresh start.
  await t.db.query("UPDATE portal_codes SET sent_at = sent_at - interval '2 minutes' WHERE access_id = $1", [accessId]);
  const start = await visitor.call({ method: 'POST', url: '/api/portal/start', body: { token }, csrf: false });
  if (start.json().state !== 'code_sent') throw new Error(`portal start: ${start.body}`);
  const [code] = await t.db.query<{ body_text: string }>(
    "SELECT m.body_text FROM mail_outbox m WHERE m.case_id = $1 AND m.kind = 'portal_code' ORDER BY m.created_at DESC LIMIT 1", [caseId]);
  const verified = await visitor.call({ method: 'POST', url: '/api/portal/verify', body: { token, code: /\b(\d{6})\b/.exec(code!.body_text)![1] }, csrf: false });
  if (verified.statusCode !== 200) throw new Error(`portal verify: ${verified.body}`);
  visitor.csrfToken = verified.json().csrfToken;
  return visitor;
}
