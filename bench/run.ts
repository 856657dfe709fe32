// `npm run bench`: the performance targets of the case file, measured on both engines.
//
// Per engine: a fresh database (PostgreSQL: `passend_bench_<random>` on BENCH_DATABASE_URL's server,
// dropped afterwards; PGlite: a temporary data directory, removed afterwards), 10,000 cases /
// 100,000 timeline entries / 1,000 users (bench/generate.ts), then the real Passend server in a child
// process (bench/server.ts) under autocannon load: 10 connections, a short warm-up, then a fixed
// measured period per endpoint. On PostgreSQL also the baseline: a bare Fastify route running the
// case page's SQL through `pg` (bench/baseline-server.ts), with the same settings and case ids.
//
// Targets (from the issue): p95 of the case list and the case page under 50 ms on PostgreSQL and
// under 150 ms on PGlite; case page throughput ≥ 50% of the baseline; server VmRSS after the load
// under 400 MB. Prints a table, writes bench/results/latest.json, exits 1 when a target is missed.
//
// Contact form (issue 3), two more targets:
// - Advice evaluation in-process (bench/advice.ts), before the engines: `evaluateAdvice` with the full
//   seed-based rule set on 2,000 varied, deterministic circumstances (every activity), timed per call
//   after a warm-up; median under 1 ms. Baseline in the same run: the same inputs on the empty rule set.
// - The planning page with advice, per engine, after the endpoints above (so they measure what they
//   did before): every connection opens the page of one of the bench expert's assigned cases in turn,
//   GET /api/cases/:id/contacts/planning, then POST /api/cases/:id/contacts/advice with varied
//   circumstances (as the signed-in expert, with the session's CSRF token). Each call writes its audit
//   entry, the advice call also one row of the decision log (counted afterwards). p95 of the pair (the
//   sum of both calls' response times) under 100 ms on PostgreSQL; PGlite for information. Compared
//   with the PostgreSQL baseline below.
// Latency percentiles are exact (every response time is kept). "CPU ms/req" is the server process's
// CPU time (and, for PostgreSQL, that of all local postgres processes: approximate) per request;
// "other load" is CPU that other processes on the machine used meanwhile (% of one core; should be ~0).
// Autocannon runs in this process, on the same machine: all three compete for the same cores.
//
// Env: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres), BENCH_ENGINES
// (default "postgres,pglite"), BENCH_DURATION (seconds per endpoint, default 10), BENCH_WARMUP
// (default 2), BENCH_CONNECTIONS (default 10), BENCH_KEEP=1 keeps the databases (prints where),
// BENCH_ANALYSE=1|0 (VACUUM ANALYZE after loading; default: on PostgreSQL, where autovacuum would, not on PGlite).
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { AGREED_DEADLINE_KEYS, deadlineFilterRange } from '../src/cases/domain.js';
import { createSession } from '../src/platform/auth/store.js';
import { SESSION_COOKIE } from '../src/platform/http.js';
import { openPglite, openPostgres, type Db } from '../src/platform/db.js';
import { todayInAmsterdam } from '../src/platform/time.js';
import { caseAdviceRequestSchema } from '../src/contact/schemas.js';
import { startChild } from './child.js';
import { benchAdvice, circumstancesSet, describeAdviceBench, toCircumstancesInput, type AdviceBenchResult } from './advice.js';
import { generate, type Dataset } from './generate.js';
import { runLoad, runSequenceLoad, type LoadResult, type SequenceResult, type SequenceStep } from './load.js';

type Engine = 'postgres' | 'pglite';

const ROOT = join(import.meta.dirname, '..');
const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const ENGINES = (process.env.BENCH_ENGINES ?? 'postgres,pglite').split(',').map((e) => e.trim()).filter(Boolean) as Engine[];
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 2);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const KEEP = process.env.BENCH_KEEP === '1';
const CASE_PAGE_IDS = 200;

const TARGETS = {
  p95Ms: { postgres: 50, pglite: 150 } as Record<Engine, number>,
  baselineRatio: 0.5,
  rssMB: 400,
  /** Issue 3: advice evaluation for the full rule set, in-process. */
  adviceMedianUs: 1000,
  /** Issue 3: the planning page with advice (both calls), p95; PGlite for information only. */
  planningPageP95Ms: { postgres: 100 } as Partial<Record<Engine, number>>,
};
/** Different circumstances sent by the planning-page load, in rotation. */
const ADVICE_BODIES = 240;

for (const engine of ENGINES) if (engine !== 'postgres' && engine !== 'pglite') throw new Error(`BENCH_ENGINES: unknown engine ${engine}`);

// ---- housekeeping: whatever happens, children stop and databases go -------------------------
const cleanups: Array<() => Promise<void> | void> = [];
async function cleanUp() {
  while (cleanups.length > 0) {
    try {
      await cleanups.pop()!();
    } catch (error) {
      console.error(`cleanup: ${(error as Error).message}`);
    }
  }
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void cleanUp().then(() => process.exit(130)));
}

const runStarted = performance.now();
const loadAtStart = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).map(Number);
const elapsed = () => `${((performance.now() - runStarted) / 1000).toFixed(0)} s`;
const say = (message: string) => console.log(`[${elapsed().padStart(5)}] ${message}`);

// ---- child processes ---------------------------------------------------------------------------

/** Resident memory now and at its peak, in MB, from /proc/<pid>/status. */
function memoryOf(pid: number): { rssMB: number; peakMB: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
  return { rssMB: Math.round(kb('VmRSS') / 102.4) / 10, peakMB: Math.round(kb('VmHWM') / 102.4) / 10 };
}

/** CPU time (user + system) a process has used, in ms; 0 when it is gone. */
function cpuMsOf(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, in clock ticks of 1/100 s
  } catch {
    return 0;
  }
}

/** CPU time the whole machine has been busy (all cores), in ms, from /proc/stat. */
function machineBusyMs(): number {
  const [, ...ticks] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).map(Number);
  const idle = (ticks[3] ?? 0) + (ticks[4] ?? 0); // idle + iowait
  return ((ticks.slice(0, 8).reduce((sum, t) => sum + t, 0) - idle) * 1000) / 100;
}

/** CPU time per local PostgreSQL server process (the server runs on this machine in the default setup). */
function postgresCpu(): Map<number, number> {
  const cpu = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === 'postgres') cpu.set(Number(entry), cpuMsOf(Number(entry)));
    } catch { /* gone */ }
  }
  return cpu;
}

/** CPU PostgreSQL used between two snapshots; a process that ended in between is not counted. */
function postgresCpuSince(before: Map<number, number>): number {
  let total = 0;
  for (const [pid, ms] of postgresCpu()) total += ms - (before.get(pid) ?? 0);
  return total;
}

// ---- the endpoints -------------------------------------------------------------------------------
interface Endpoint { key: string; label: string; paths: string[]; as: 'office' | 'expert' }

function endpointsFor(caseIds: readonly string[]): Endpoint[] {
  return [
    { key: 'list_status', label: 'GET /api/cases?status=investigation&page=1&pageSize=25 (office)', paths: ['/api/cases?status=investigation&page=1&pageSize=25'], as: 'office' },
    { key: 'list_deadline', label: 'GET /api/cases?legalContext=poortwachter&deadline=within30 (office)', paths: ['/api/cases?legalContext=poortwachter&deadline=within30'], as: 'office' },
    { key: 'list_expert', label: 'GET /api/cases (bench expert)', paths: ['/api/cases'], as: 'expert' },
    { key: 'case_page', label: `GET /api/cases/:id, ${caseIds.length} cases rotating (office)`, paths: caseIds.map((id) => `/api/cases/${id}`), as: 'office' },
  ];
}

/** A few deterministic case ids spread over the whole organisation. */
function pickCaseIds(all: readonly string[], count: number): string[] {
  const step = Math.max(1, Math.floor(all.length / count));
  return Array.from({ length: Math.min(count, all.length) }, (_, i) => all[(i * step + 7) % all.length]!);
}

async function getJson(url: string, cookie?: string): Promise<{ status: number; body: any }> {
  const response = await fetch(url, { headers: cookie ? { cookie } : {} });
  const text = await response.text();
  let body: unknown = text;
  try { body = JSON.parse(text); } catch { /* not JSON */ }
  return { status: response.status, body };
}

/** Before measuring: every endpoint answers 200 with the content it should, so we never time errors or empty pages. */
async function smokeCheck(base: string, endpoints: Endpoint[], cookies: Record<'office' | 'expert', string>, expected: { investigation: number; expertCases: number; deadlineCases: number }) {
  const problems: string[] = [];
  const facts: Record<string, unknown> = {};
  for (const endpoint of endpoints) {
    const { status, body } = await getJson(base + endpoint.paths[0], cookies[endpoint.as]);
    if (status !== 200) { problems.push(`${endpoint.label}: HTTP ${status} ${JSON.stringify(body).slice(0, 300)}`); continue; }
    if (endpoint.key === 'case_page') {
      facts.caseTimelineEntries = body.timeline.length;
      if (!(body.timeline.length > 0)) problems.push(`${endpoint.label}: empty timeline`);
    } else {
      facts[`${endpoint.key}Total`] = body.total;
      facts[`${endpoint.key}Items`] = body.items.length;
      if (!(body.items.length > 0)) problems.push(`${endpoint.label}: no items`);
      if (endpoint.key === 'list_status' && body.total !== expected.investigation) problems.push(`${endpoint.label}: total ${body.total}, expected ${expected.investigation}`);
      if (endpoint.key === 'list_expert' && body.total !== expected.expertCases) problems.push(`${endpoint.label}: total ${body.total}, expected ${expected.expertCases}`);
      if (endpoint.key === 'list_deadline' && body.total !== expected.deadlineCases) problems.push(`${endpoint.label}: total ${body.total}, expected ${expected.deadlineCases}`);
    }
  }
  if (problems.length > 0) throw new Error(`smoke check failed:\n  ${problems.join('\n  ')}`);
  return facts;
}

type Measured = LoadResult & {
  cpuMsPerRequest: { server: number; postgres?: number };
  /** CPU used by processes other than the server, PostgreSQL and this load generator, in % of one core: should be ~0. */
  otherLoadPercent: number;
};

/** Warm-up, then the measured run; with the CPU time the server (and PostgreSQL) spent per request. */
async function measure(base: string, paths: readonly string[], cookie: string | undefined, serverPid: number, engine: Engine): Promise<Measured> {
  const headers = cookie ? { cookie } : undefined;
  return measureWith((durationSeconds) => runLoad({ baseUrl: base, paths, headers, connections: CONNECTIONS, durationSeconds }), serverPid, engine);
}

async function measureWith<T extends { requests: number }>(run: (durationSeconds: number) => Promise<T>, serverPid: number, engine: Engine): Promise<T & Pick<Measured, 'cpuMsPerRequest' | 'otherLoadPercent'>> {
  if (WARMUP > 0) await run(WARMUP);
  const server0 = cpuMsOf(serverPid);
  const db0 = postgresCpu();
  const self0 = cpuMsOf(process.pid);
  const busy0 = machineBusyMs();
  const started = performance.now();
  const result = await run(DURATION);
  const server = cpuMsOf(serverPid) - server0;
  const postgres = postgresCpuSince(db0);
  // On PGlite a busy PostgreSQL server is somebody else's load.
  const others = machineBusyMs() - busy0 - server - (engine === 'postgres' ? postgres : 0) - (cpuMsOf(process.pid) - self0);
  const perRequest = (ms: number) => Math.round((ms / Math.max(1, result.requests)) * 100) / 100;
  return {
    ...result,
    cpuMsPerRequest: { server: perRequest(server), ...(engine === 'postgres' ? { postgres: perRequest(postgres) } : {}) },
    otherLoadPercent: Math.max(0, Math.round((others / (performance.now() - started)) * 100)),
  };
}

// ---- one engine --------------------------------------------------------------------------------
interface EngineReport {
  engine: Engine;
  generation: { seconds: number; counts: Record<string, number>; vacuumAnalyse: boolean };
  smoke: Record<string, unknown>;
  endpoints: Record<string, Measured & { label: string; targetP95Ms: number }>;
  baseline?: Measured & { label: string; transaction: string };
  caseToBaselineRatio?: number;
  /** Server process: VmRSS when idle after start-up, and VmRSS / VmHWM after the load. */
  memory: { idleMB: number; rssMB: number; peakMB: number };
  serverSettings?: Record<string, string>;
  /** Issue 3: the contact-planning page with advice, measured after the endpoints above. */
  planning?: PlanningReport;
}

// ---- the planning page with advice (issue 3) -----------------------------------------------------
interface PlanningReport {
  label: string;
  cases: number;
  circumstancesRotating: number;
  smoke: Record<string, unknown>;
  load: SequenceResult & Pick<Measured, 'cpuMsPerRequest' | 'otherLoadPercent'>;
  /** p95 of the page (both calls); null: for information only. */
  targetP95Ms: number | null;
  /** Server VmRSS / VmHWM after this load too (the RSS target above is read before it). */
  memory: { rssMB: number; peakMB: number };
  /** One row per advice call: rows in contact_decisions afterwards, and the advice calls answered 2xx (smoke, warm-up, measured). */
  decisionLog: { rows: number; answered: number; inFlightAllowance: number };
  /** PostgreSQL: against the bare Fastify + pg case page measured in the same run. */
  baseline?: { p95Ms: number; requestsPerSecond: number; planningP95Ratio: number; adviceP95Ratio: number; pageP95Ratio: number; requestThroughputRatio: number };
}

const PLANNING_STEPS = ['planning', 'advice'] as const;

async function benchPlanningPage(engine: Engine, base: string, serverPid: number, cookie: string, caseIds: readonly string[]): Promise<Omit<PlanningReport, 'decisionLog' | 'memory'> & { answered: number }> {
  if (caseIds.length === 0) throw new Error('planning page: the bench expert has no assigned cases');
  // The session's CSRF token, as the web app gets it.
  const session = await getJson(`${base}/api/session`, cookie);
  if (session.status !== 200 || session.body?.stage !== 'active' || typeof session.body?.csrfToken !== 'string') {
    throw new Error(`planning page: GET /api/session: HTTP ${session.status} ${JSON.stringify(session.body).slice(0, 200)}`);
  }
  const csrf: string = session.body.csrfToken;
  const bodies = circumstancesSet(ADVICE_BODIES, 20_261_124).map((c) => JSON.stringify({ circumstances: toCircumstancesInput(c) }));
  for (const body of bodies) {
    const parsed = caseAdviceRequestSchema.safeParse(JSON.parse(body));
    if (!parsed.success) throw new Error(`planning page: generated circumstances do not fit the schema: ${parsed.error.message.slice(0, 300)}`);
  }
  const post = async (caseId: string, body: string, token: string | null) => {
    const response = await fetch(`${base}/api/cases/${caseId}/contacts/advice`, {
      method: 'POST', body, headers: { cookie, 'content-type': 'application/json', ...(token ? { 'x-csrf-token': token } : {}) },
    });
    const text = await response.text();
    let json: any = text;
    try { json = JSON.parse(text); } catch { /* not JSON */ }
    return { status: response.status, body: json };
  };

  // Smoke check: every case's planning data and one advice each, so we never time errors.
  const problems: string[] = [];
  let answered = 0;
  let withConditions = 0;
  let withReadiness = 0;
  let openFollowUps = 0;
  let channels = 0;
  let reasons = 0;
  for (const [i, caseId] of caseIds.entries()) {
    const planning = await getJson(`${base}/api/cases/${caseId}/contacts/planning`, cookie);
    if (planning.status !== 200) { problems.push(`GET planning ${caseId}: HTTP ${planning.status} ${JSON.stringify(planning.body).slice(0, 300)}`); continue; }
    if (planning.body.canChooseForm !== true || typeof planning.body.prefill?.activity !== 'string') problems.push(`GET planning ${caseId}: canChooseForm ${planning.body.canChooseForm}, prefill ${JSON.stringify(planning.body.prefill)}`);
    if (planning.body.prefill?.clientConditions?.length > 0) withConditions += 1;
    if (planning.body.readiness) withReadiness += 1;
    openFollowUps += planning.body.openFollowUps?.length ?? 0;
    channels = planning.body.channels?.length ?? 0;
    const advice = await post(caseId, bodies[i % bodies.length]!, csrf);
    if (advice.status !== 200 || typeof advice.body?.decisionId !== 'string' || !advice.body?.advice?.forms?.video) {
      problems.push(`POST advice ${caseId}: HTTP ${advice.status} ${JSON.stringify(advice.body).slice(0, 300)}`);
      continue;
    }
    answered += 1;
    reasons += Object.values(advice.body.advice.forms as Record<string, { reasons: unknown[] }>).reduce((sum, f) => sum + f.reasons.length, 0);
  }
  const refused = await post(caseIds[0]!, bodies[0]!, null);
  if (refused.status !== 403) problems.push(`POST advice without the CSRF token: HTTP ${refused.status}, expected 403`);
  if (problems.length > 0) throw new Error(`planning page smoke check failed:\n  ${problems.join('\n  ')}`);
  const smoke = { cases: caseIds.length, prefillWithConditions: withConditions, withReadiness, openFollowUps, approvedChannels: channels, meanAdviceReasons: Math.round((reasons / caseIds.length) * 10) / 10, withoutCsrf: refused.status };
  say(`${engine}: planning page smoke check ok ${JSON.stringify(smoke)}`);

  let next = 0;
  const steps: SequenceStep[] = [
    { name: 'planning', method: 'GET', setup: (context) => {
      const n = next++;
      context.caseId = caseIds[n % caseIds.length];
      context.body = bodies[n % bodies.length];
      return { path: `/api/cases/${context.caseId}/contacts/planning` };
    } },
    { name: 'advice', method: 'POST', setup: (context) => ({
      path: `/api/cases/${context.caseId}/contacts/advice`, body: context.body as string, headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
    }) },
  ];
  const label = `GET /api/cases/:id/contacts/planning, then POST …/contacts/advice (bench expert); ${caseIds.length} assigned cases and ${bodies.length} circumstances rotating`;
  say(`${engine}: planning page: ${label}: ${WARMUP} s warm-up, ${DURATION} s measured`);
  const load = await measureWith(async (durationSeconds) => {
    const result = await runSequenceLoad({ baseUrl: base, steps, headers: { cookie }, connections: CONNECTIONS, durationSeconds });
    answered += Object.entries(result.steps.advice?.statusCodes ?? {}).reduce((sum, [code, n]) => sum + (code.startsWith('2') ? n : 0), 0);
    return result;
  }, serverPid, engine);
  const [planning, advice] = PLANNING_STEPS.map((k) => load.steps[k]!);
  say(`${engine}:   ${load.sequencesPerSecond} pages/s (${load.requestsPerSecond} req/s); page p50 ${load.sequenceLatencyMs.p50} ms, p95 ${load.sequenceLatencyMs.p95} ms; planning p95 ${planning!.latencyMs.p95} ms, advice p95 ${advice!.latencyMs.p95} ms; non-2xx ${load.non2xx}, errors ${load.errors + load.timeouts}; CPU/request ${JSON.stringify(load.cpuMsPerRequest)} ms; other load ${load.otherLoadPercent}%`);
  return { label, cases: caseIds.length, circumstancesRotating: bodies.length, smoke, load, targetP95Ms: TARGETS.planningPageP95Ms[engine] ?? null, answered };
}

async function countDecisions(open: () => Promise<Db>): Promise<number> {
  const db = await open();
  try {
    const [row] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM contact_decisions');
    return Number(row?.n ?? 0);
  } finally {
    await db.close();
  }
}

async function prepareDatabase(engine: Engine): Promise<{ open(): Promise<Db>; serverEnv: Record<string, string>; url?: string; drop(): Promise<void> }> {
  if (engine === 'postgres') {
    const name = `passend_bench_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: ADMIN_URL });
    try {
      await admin.connect();
    } catch (error) {
      throw new Error(`PostgreSQL at ${ADMIN_URL.replace(/\/\/[^@]*@/, '//')} is unreachable (${(error as Error).message}); start it, set BENCH_DATABASE_URL, or BENCH_ENGINES=pglite`);
    }
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(ADMIN_URL);
    url.pathname = `/${name}`;
    const drop = async () => {
      if (KEEP) return void say(`kept PostgreSQL database ${url.toString()}`);
      const client = new pg.Client({ connectionString: ADMIN_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    };
    cleanups.push(drop);
    return { open: () => openPostgres(url.toString(), 10), serverEnv: { DATABASE_URL: url.toString() }, url: url.toString(), drop };
  }
  const dir = mkdtempSync(join(tmpdir(), 'passend-bench-'));
  const dataDir = join(dir, 'data');
  const drop = async () => {
    if (KEEP) return void say(`kept PGlite data directory ${dataDir}`);
    rmSync(dir, { recursive: true, force: true });
  };
  cleanups.push(drop);
  return { open: () => openPglite(dataDir), serverEnv: { DATA_DIR: dataDir }, drop };
}

async function benchEngine(engine: Engine): Promise<EngineReport> {
  // Planner statistics as in production: PostgreSQL's autovacuum analyses a freshly loaded table within a
  // minute (done here at once, so runs are alike); PGlite has no autovacuum, so only what the app itself
  // runs counts. BENCH_ANALYSE=1 or 0 forces it either way.
  const analysed = process.env.BENCH_ANALYSE ? process.env.BENCH_ANALYSE === '1' : engine === 'postgres';
  say(`${engine}: creating a fresh database`);
  const database = await prepareDatabase(engine);
  const db = await database.open();
  let dataset: Dataset;
  const cookies = { office: '', expert: '' };
  const expected = { investigation: 0, expertCases: 0, deadlineCases: 0 };
  let serverSettings: Record<string, string> | undefined;
  try {
    dataset = await generate(db, { analyse: analysed, log: (m) => say(`${engine}: ${m}`) });
    say(`${engine}: generated ${Object.entries(dataset.counts).map(([k, v]) => `${v} ${k}`).join(', ')} in ${dataset.seconds.toFixed(1)} s`);
    for (const who of ['office', 'expert'] as const) {
      const userId = who === 'office' ? dataset.officeUserId : dataset.benchExpertId;
      const { token } = await db.transaction((tx) => createSession(tx, userId, 'active', 180));
      cookies[who] = `${SESSION_COOKIE}=${token}`;
    }
    // Expected totals, for the smoke check.
    const [a] = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM cases WHERE status = 'investigation'");
    const [b] = await db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM cases c WHERE c.assigned_expert_id = $1 OR EXISTS (SELECT 1 FROM case_shares s WHERE s.case_id = c.id AND s.user_id = $1)', [dataset.benchExpertId]);
    // Worked out from case_deadlines directly, so a wrong cases.next_deadline_* shows up as a wrong total.
    const range = deadlineFilterRange('within30', todayInAmsterdam());
    const [c] = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM cases c, LATERAL (
         SELECT d.due_date FROM case_deadlines d
          WHERE d.case_id = c.id AND d.completed_at IS NULL AND NOT d.informational AND (d.due_date >= c.registered_on OR d.key = ANY($1))
          ORDER BY d.due_date LIMIT 1) nd
        WHERE c.legal_context = 'poortwachter' AND c.status NOT IN ('completed', 'archived') AND nd.due_date BETWEEN $2 AND $3`,
      [[...AGREED_DEADLINE_KEYS], range.from, range.to]);
    expected.investigation = Number(a!.n);
    expected.expertCases = Number(b!.n);
    expected.deadlineCases = Number(c!.n);
    if (engine === 'postgres') {
      const rows = await db.query<{ name: string; setting: string }>(
        "SELECT name, setting FROM pg_settings WHERE name IN ('server_version', 'shared_buffers', 'work_mem', 'synchronous_commit', 'fsync', 'max_connections')");
      serverSettings = Object.fromEntries(rows.map((r) => [r.name, r.setting]));
    }
  } finally {
    await db.close(); // PGlite: the server process must be the only one on the data directory
  }
  const caseIds = pickCaseIds(dataset.caseIds, CASE_PAGE_IDS);
  const endpoints = endpointsFor(caseIds);
  say(`${engine}: starting the Passend server`);
  const server = await startChild('bench/server.ts', { ...database.serverEnv, DEMO: 'false', LOG_LEVEL: 'silent' }, (stop) => cleanups.push(stop));
  const base = `http://127.0.0.1:${server.port}`;
  const smoke = await smokeCheck(base, endpoints, cookies, expected);
  const idle = memoryOf(server.pid);
  say(`${engine}: server pid ${server.pid}, VmRSS ${idle.rssMB} MB; smoke check ok ${JSON.stringify(smoke)}`);
  const report: EngineReport = {
    engine,
    generation: { seconds: Math.round(dataset.seconds * 10) / 10, counts: dataset.counts, vacuumAnalyse: analysed },
    smoke,
    endpoints: {},
    memory: { idleMB: idle.rssMB, rssMB: 0, peakMB: 0 },
    serverSettings,
  };
  for (const endpoint of endpoints) {
    say(`${engine}: ${endpoint.label}: ${WARMUP} s warm-up, ${DURATION} s measured`);
    const result = await measure(base, endpoint.paths, cookies[endpoint.as], server.pid, engine);
    report.endpoints[endpoint.key] = { label: endpoint.label, targetP95Ms: TARGETS.p95Ms[engine], ...result };
    say(`${engine}:   ${result.requestsPerSecond} req/s, p50 ${result.latencyMs.p50} ms, p95 ${result.latencyMs.p95} ms, non-2xx ${result.non2xx}, errors ${result.errors + result.timeouts}; CPU/request ${JSON.stringify(result.cpuMsPerRequest)} ms; other load ${result.otherLoadPercent}%`);
  }
  report.memory = { idleMB: idle.rssMB, ...memoryOf(server.pid) };
  say(`${engine}: server VmRSS ${report.memory.rssMB} MB (peak ${report.memory.peakMB} MB)`);
  const { answered, ...planning } = await benchPlanningPage(engine, base, server.pid, cookies.expert, dataset.benchExpertCaseIds);
  const planningMemory = memoryOf(server.pid);
  await server.stop();
  const decisionRows = await countDecisions(database.open);
  report.planning = { ...planning, memory: planningMemory, decisionLog: { rows: decisionRows, answered, inFlightAllowance: 2 * CONNECTIONS } };
  say(`${engine}: after the planning page: server VmRSS ${planningMemory.rssMB} MB (peak ${planningMemory.peakMB} MB); decision log ${decisionRows} rows for ${answered} advice calls answered`);

  if (engine === 'postgres') {
    say(`${engine}: starting the baseline (bare Fastify + pg)`);
    const baseline = await startChild('bench/baseline-server.ts', {
      DATABASE_URL: database.url!, ORGANISATION_ID: dataset.organisationId, ACTOR_ID: dataset.officeUserId,
    }, (stop) => cleanups.push(stop));
    const baselineBase = `http://127.0.0.1:${baseline.port}`;
    const probe = await getJson(`${baselineBase}/cases/${caseIds[0]}`);
    if (probe.status !== 200 || !(probe.body.timeline?.length > 0)) throw new Error(`baseline smoke check failed: HTTP ${probe.status}`);
    say(`${engine}: baseline case page: ${WARMUP} s warm-up, ${DURATION} s measured`);
    const result = await measure(baselineBase, caseIds.map((id) => `/cases/${id}`), undefined, baseline.pid, engine);
    report.baseline = {
      label: `baseline GET /cases/:id (bare Fastify + pg, same SQL), ${caseIds.length} cases rotating`,
      transaction: `same as getCasePage: BEGIN, access query, detail + 7 section queries, audit, COMMIT; audit as ${
        { audit_pending: 'one INSERT into audit_pending', audit_append: 'one audit_append() call' }[baseline.info] ?? 'SELECT head FOR UPDATE, then INSERT audit_log + UPDATE head in one statement'}`,
      ...result,
    };
    report.caseToBaselineRatio = Math.round((report.endpoints.case_page!.requestsPerSecond / result.requestsPerSecond) * 1000) / 1000;
    say(`${engine}:   ${result.requestsPerSecond} req/s, p50 ${result.latencyMs.p50} ms, p95 ${result.latencyMs.p95} ms; CPU/request ${JSON.stringify(result.cpuMsPerRequest)} ms; case page / baseline = ${report.caseToBaselineRatio}`);
    if (report.planning) {
      const page = report.planning.load;
      const ratio = (p95: number) => Math.round((p95 / result.latencyMs.p95) * 100) / 100;
      report.planning.baseline = {
        p95Ms: result.latencyMs.p95, requestsPerSecond: result.requestsPerSecond,
        planningP95Ratio: ratio(page.steps.planning!.latencyMs.p95), adviceP95Ratio: ratio(page.steps.advice!.latencyMs.p95),
        pageP95Ratio: ratio(page.sequenceLatencyMs.p95),
        requestThroughputRatio: Math.round((page.requestsPerSecond / result.requestsPerSecond) * 1000) / 1000,
      };
    }
    await baseline.stop();
  }
  const index = cleanups.indexOf(database.drop);
  if (index >= 0) cleanups.splice(index, 1);
  await database.drop();
  return report;
}

// ---- report ------------------------------------------------------------------------------------
interface Check { target: string; value: number; limit: number; unit: string; pass: boolean }

function checksOf(reports: EngineReport[], advice: AdviceBenchResult): Check[] {
  const checks: Check[] = [];
  checks.push({ target: 'advice evaluation median (full rule set, in-process)', value: advice.full.medianUs, limit: TARGETS.adviceMedianUs, unit: 'µs', pass: advice.full.medianUs < TARGETS.adviceMedianUs });
  for (const r of reports) {
    for (const [key, e] of Object.entries(r.endpoints)) {
      checks.push({ target: `${r.engine} ${key} p95`, value: e.latencyMs.p95, limit: e.targetP95Ms, unit: 'ms', pass: e.latencyMs.p95 < e.targetP95Ms });
      const failures = e.errors + e.timeouts + e.non2xx;
      checks.push({ target: `${r.engine} ${key} errors + non-2xx`, value: failures, limit: 0, unit: '', pass: failures === 0 });
    }
    if (r.caseToBaselineRatio !== undefined) {
      checks.push({ target: `${r.engine} case page / baseline throughput`, value: r.caseToBaselineRatio, limit: TARGETS.baselineRatio, unit: '×', pass: r.caseToBaselineRatio >= TARGETS.baselineRatio });
    }
    if (r.baseline) {
      const failures = r.baseline.errors + r.baseline.timeouts + r.baseline.non2xx;
      checks.push({ target: `${r.engine} baseline errors + non-2xx`, value: failures, limit: 0, unit: '', pass: failures === 0 });
    }
    checks.push({ target: `${r.engine} server VmRSS after load`, value: r.memory.rssMB, limit: TARGETS.rssMB, unit: 'MB', pass: r.memory.rssMB < TARGETS.rssMB });
    if (r.planning) {
      const p = r.planning;
      if (p.targetP95Ms !== null) {
        checks.push({ target: `${r.engine} planning page with advice p95 (both calls)`, value: p.load.sequenceLatencyMs.p95, limit: p.targetP95Ms, unit: 'ms', pass: p.load.sequenceLatencyMs.p95 < p.targetP95Ms });
      }
      const failures = p.load.errors + p.load.timeouts + p.load.non2xx;
      checks.push({ target: `${r.engine} planning page errors + non-2xx`, value: failures, limit: 0, unit: '', pass: failures === 0 });
      const extra = p.decisionLog.rows - p.decisionLog.answered;
      checks.push({ target: `${r.engine} planning page decision-log rows beyond advice calls answered (in flight at stop: 0..${p.decisionLog.inFlightAllowance})`, value: extra, limit: p.decisionLog.inFlightAllowance, unit: '', pass: extra >= 0 && extra <= p.decisionLog.inFlightAllowance });
    }
  }
  return checks;
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  return [line(rows[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

function printReport(reports: EngineReport[], checks: Check[], seconds: number, calibration: number, advice: AdviceBenchResult) {
  const rows: string[][] = [['engine / endpoint', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'non-2xx+err', 'CPU ms/req app+db', 'other load', 'p95 target', '']];
  for (const r of reports) {
    const entries: Array<[string, Measured, number | null]> = Object.entries(r.endpoints).map(([, e]) => [e.label, e, e.targetP95Ms]);
    if (r.baseline) entries.push([r.baseline.label, r.baseline, null]);
    for (const [label, e, target] of entries) {
      const failures = e.errors + e.timeouts + e.non2xx;
      const ok = (target === null || e.latencyMs.p95 < target) && failures === 0;
      rows.push([`${r.engine.padEnd(8)} ${label}`, e.requestsPerSecond.toFixed(0), e.latencyMs.p50.toFixed(1), e.latencyMs.p95.toFixed(1),
        e.latencyMs.p99.toFixed(1), e.latencyMs.max.toFixed(1), String(failures),
        `${e.cpuMsPerRequest.server.toFixed(1)}${e.cpuMsPerRequest.postgres === undefined ? ' (in-process)' : ` + ${e.cpuMsPerRequest.postgres.toFixed(1)}`}`,
        `${e.otherLoadPercent}%`,
        target === null ? '-' : `< ${target}`, ok ? 'ok' : 'MISSED']);
    }
  }
  console.log(`\nPassend benchmark: ${CONNECTIONS} connections, ${DURATION} s per endpoint after ${WARMUP} s warm-up; ${cpus().length} CPUs, Node ${process.version}; CPU calibration ${calibration} ms, load average at start ${loadAtStart.join(' ')}\n`);
  console.log(table(rows));
  console.log('');
  for (const r of reports) {
    const parts = [`${r.engine}: data generated in ${r.generation.seconds} s${r.generation.vacuumAnalyse ? ' (then VACUUM ANALYZE)' : ' (no VACUUM ANALYZE: none runs in production)'}`, `server VmRSS idle ${r.memory.idleMB} MB, after load ${r.memory.rssMB} MB (peak ${r.memory.peakMB} MB; target < ${TARGETS.rssMB})`];
    if (r.caseToBaselineRatio !== undefined) parts.push(`case page / baseline throughput ${(r.caseToBaselineRatio * 100).toFixed(0)}% (target ≥ ${TARGETS.baselineRatio * 100}%)`);
    console.log(parts.join('; '));
  }
  printContactForm(reports, advice);
  const busiest = Math.max(...reports.flatMap((r) => [...Object.values(r.endpoints), ...(r.baseline ? [r.baseline] : []), ...(r.planning ? [r.planning.load] : [])].map((e) => e.otherLoadPercent)));
  if (busiest > 15) console.log(`\nWARNING: other processes used up to ${busiest}% of a core during the measurements; figures are pessimistic. Run on a quiet machine.`);
  const missed = checks.filter((c) => !c.pass);
  console.log(`\nTotal run time ${seconds.toFixed(0)} s. ${missed.length === 0 ? 'All targets met.' : `${missed.length} target(s) MISSED:`}`);
  for (const c of missed) console.log(`  MISSED ${c.target}: ${c.value}${c.unit === '×' ? '' : ` ${c.unit}`} (limit ${c.unit === '×' ? '≥' : c.limit === 0 ? '=' : '<'} ${c.limit}${c.unit === '×' ? '' : ` ${c.unit}`})`);
}

/** The two targets of issue 3: advice in-process, and the planning page with advice. */
function printContactForm(reports: EngineReport[], advice: AdviceBenchResult) {
  const verdict = (pass: boolean) => (pass ? 'PASS' : 'FAIL');
  console.log('\nContact-form advice, in-process (evaluateAdvice, bench/advice.ts):');
  for (const line of describeAdviceBench(advice)) console.log(`  ${line}`);
  console.log(`${verdict(advice.full.medianUs < TARGETS.adviceMedianUs)} advice evaluation median ${advice.full.medianUs} µs (target < ${TARGETS.adviceMedianUs} µs = 1 ms); p95 ${advice.full.p95Us} µs, p99 ${advice.full.p99Us} µs; ${advice.ratioMedian}× the empty rule set's ${advice.empty.medianUs} µs`);

  const planned = reports.filter((r) => r.planning);
  if (planned.length === 0) return;
  console.log(`\nPlanning page with advice: ${planned[0]!.planning!.label}; every connection makes the two calls one after the other; "page" = their summed response times:\n`);
  const rows: string[][] = [['engine / call', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'mean ms', 'max ms', 'non-2xx+err', 'CPU ms/req app+db', 'other load', 'p95 target']];
  for (const r of planned) {
    const p = r.planning!;
    const cpu = `${p.load.cpuMsPerRequest.server.toFixed(1)}${p.load.cpuMsPerRequest.postgres === undefined ? ' (in-process)' : ` + ${p.load.cpuMsPerRequest.postgres.toFixed(1)}`}`;
    const line = (label: string, rate: number, l: { p50: number; p95: number; p99: number; mean: number; max: number }, failures: string, cpuCell: string, load: string, target: string) =>
      rows.push([`${r.engine.padEnd(8)} ${label}`, rate.toFixed(0), l.p50.toFixed(1), l.p95.toFixed(1), l.p99.toFixed(1), l.mean.toFixed(1), l.max.toFixed(1), failures, cpuCell, load, target]);
    const planning = p.load.steps.planning!;
    const advised = p.load.steps.advice!;
    line('GET /api/cases/:id/contacts/planning', planning.requestsPerSecond, planning.latencyMs, String(planning.non2xx), '', '', '');
    line('POST /api/cases/:id/contacts/advice', advised.requestsPerSecond, advised.latencyMs, String(advised.non2xx), '', '', '');
    line('page (both calls), pages/s', p.load.sequencesPerSecond, p.load.sequenceLatencyMs, String(p.load.non2xx + p.load.errors + p.load.timeouts), `${cpu} per call`, `${p.load.otherLoadPercent}%`,
      p.targetP95Ms === null ? 'information' : `< ${p.targetP95Ms}`);
  }
  console.log(table(rows));
  console.log('');
  for (const r of planned) {
    const p = r.planning!;
    const parts = [`${r.engine}: decision log ${p.decisionLog.rows} rows for ${p.decisionLog.answered} advice calls answered`, `server VmRSS after this load ${p.memory.rssMB} MB (peak ${p.memory.peakMB} MB)`];
    if (p.baseline) {
      parts.push(`against the baseline (bare Fastify + pg case page, same run: p95 ${p.baseline.p95Ms} ms, ${p.baseline.requestsPerSecond.toFixed(0)} req/s): p95 of planning ${p.baseline.planningP95Ratio}×, advice ${p.baseline.adviceP95Ratio}×, page ${p.baseline.pageP95Ratio}× the baseline's; request throughput ${(p.baseline.requestThroughputRatio * 100).toFixed(0)}% of the baseline's`);
    }
    console.log(parts.join('; '));
  }
  for (const r of planned) {
    const p = r.planning!;
    const page = p.load.sequenceLatencyMs;
    if (p.targetP95Ms !== null) console.log(`${verdict(page.p95 < p.targetP95Ms)} ${r.engine} planning page with advice p95 ${page.p95} ms (target < ${p.targetP95Ms} ms); p99 ${page.p99} ms, mean ${page.mean} ms`);
    else console.log(`INFO ${r.engine} planning page with advice p95 ${page.p95} ms (no target on ${r.engine}; information); p99 ${page.p99} ms, mean ${page.mean} ms`);
  }
}

/** A fixed piece of CPU work, timed: tells a slow or shared machine apart from a slow change (lower is faster). */
function calibrationMs(): number {
  const block = Buffer.alloc(1 << 20, 7);
  const started = performance.now();
  let sink = 0;
  for (let i = 0; i < 100; i++) sink += createHash('sha256').update(block).digest()[0]!;
  for (let i = 0; i < 50_000_000; i++) sink += i % 7;
  if (sink < 0) console.log(sink); // keep the work
  return Math.round(performance.now() - started);
}

// ---- main --------------------------------------------------------------------------------------
let exitCode = 0;
try {
  const startedAt = new Date().toISOString();
  const calibration = calibrationMs();
  say(`CPU calibration: ${calibration} ms (fixed work; compare between runs)`);
  // In-process first, while no server or database is busy on this machine.
  const advice = benchAdvice();
  say(`advice evaluation in-process: median ${advice.full.medianUs} µs, p95 ${advice.full.p95Us} µs, p99 ${advice.full.p99Us} µs (empty rule set: median ${advice.empty.medianUs} µs); ${advice.full.calls} calls in ${advice.seconds} s`);
  const reports: EngineReport[] = [];
  for (const engine of ENGINES) reports.push(await benchEngine(engine));
  const seconds = (performance.now() - runStarted) / 1000;
  const checks = checksOf(reports, advice);
  printReport(reports, checks, seconds, calibration, advice);
  const resultsDir = join(ROOT, 'bench', 'results');
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(join(resultsDir, 'latest.json'), JSON.stringify({
    startedAt,
    finishedAt: new Date().toISOString(),
    runSeconds: Math.round(seconds),
    machine: {
      cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version, platform: process.platform,
      calibrationMs: calibration, loadAverageAtStart: loadAtStart,
    },
    settings: { connections: CONNECTIONS, durationSeconds: DURATION, warmupSeconds: WARMUP, caseIdsRotating: CASE_PAGE_IDS },
    targets: TARGETS,
    advice,
    engines: Object.fromEntries(reports.map((r) => [r.engine, r])),
    checks,
    pass: checks.every((c) => c.pass),
  }, null, 2));
  console.log(`Results written to bench/results/latest.json`);
  if (!checks.every((c) => c.pass)) exitCode = 1;
} catch (error) {
  console.error(`\nbenchmark failed: ${(error as Error).stack ?? error}`);
  exitCode = 2;
} finally {
  await cleanUp();
}
// Issue 4's video call (bench/call.ts, `npm run bench:call`), issue 5's portal (bench/portal.ts,
// `npm run bench:portal`), issue 6's capacity comparison (bench/capacity.ts, `npm run bench:capacity`),
// issue 7's case judgement page (bench/judgement.ts, `npm run bench:judgement`) and issue 8's report
// rendering (bench/report.ts, `npm run bench:report`), each in its own process; BENCH_CALL=0,
// BENCH_PORTAL=0, BENCH_CAPACITY=0, BENCH_JUDGEMENT=0 or BENCH_REPORT=0 skips one.
for (const [flag, script] of [['BENCH_CALL', 'call.ts'], ['BENCH_PORTAL', 'portal.ts'], ['BENCH_CAPACITY', 'capacity.ts'], ['BENCH_JUDGEMENT', 'judgement.ts'], ['BENCH_REPORT', 'report.ts']] as const) {
  if (process.env[flag] === '0') continue;
  const { spawnSync } = await import('node:child_process');
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'bench', script)], { cwd: ROOT, stdio: 'inherit', env: process.env });
  if (exitCode === 0 && run.status !== 0) exitCode = run.status ?? 2;
}
process.exit(exitCode);
