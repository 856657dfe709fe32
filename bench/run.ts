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
// Latency percentiles are exact (every response time is kept). "CPU ms/req" is the server process's
// CPU time (and, for PostgreSQL, that of all local postgres processes: approximate) per request;
// "other load" is CPU that other processes on the machine used meanwhile (% of one core; should be ~0).
// Autocannon runs in this process, on the same machine: all three compete for the same cores.
//
// Env: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres), BENCH_ENGINES
// (default "postgres,pglite"), BENCH_DURATION (seconds per endpoint, default 10), BENCH_WARMUP
// (default 2), BENCH_CONNECTIONS (default 10), BENCH_KEEP=1 keeps the databases (prints where),
// BENCH_ANALYSE=1|0 (VACUUM ANALYZE after loading; default: on PostgreSQL, where autovacuum would, not on PGlite).
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import pg from 'pg';
import { AGREED_DEADLINE_KEYS, deadlineFilterRange } from '../src/cases/domain.js';
import { createSession } from '../src/platform/auth/store.js';
import { SESSION_COOKIE } from '../src/platform/http.js';
import { openPglite, openPostgres, type Db } from '../src/platform/db.js';
import { todayInAmsterdam } from '../src/platform/time.js';
import { generate, type Dataset } from './generate.js';
import { runLoad, type LoadResult } from './load.js';

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
};

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
interface Child { process: ChildProcess; pid: number; port: number; info: string; stop(): Promise<void> }

/** Starts `script` with plain `node --import tsx` (no wrapper process: the pid is the server itself). */
async function startChild(script: string, env: Record<string, string>): Promise<Child> {
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', TMPDIR: tmpdir(), NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => { stderr = (stderr + chunk.toString()).slice(-4000); });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };
  cleanups.push(stop);
  const [port, info] = await new Promise<[number, string]>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${script} did not start within 120 s\n${stderr}`)), 120_000);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = /^READY (\d+) ?(.*)$/.exec(line);
      if (match) { clearTimeout(timer); resolve([Number(match[1]), match[2] ?? '']); }
    });
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`${script} exited with ${code}\n${stderr}`)); });
  });
  return { process: child, pid: child.pid!, port, info, stop };
}

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
  if (WARMUP > 0) await runLoad({ baseUrl: base, paths, headers, connections: CONNECTIONS, durationSeconds: WARMUP });
  const server0 = cpuMsOf(serverPid);
  const db0 = postgresCpu();
  const self0 = cpuMsOf(process.pid);
  const busy0 = machineBusyMs();
  const started = performance.now();
  const result = await runLoad({ baseUrl: base, paths, headers, connections: CONNECTIONS, durationSeconds: DURATION });
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
  const server = await startChild('bench/server.ts', { ...database.serverEnv, DEMO: 'false', LOG_LEVEL: 'silent' });
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
  await server.stop();

  if (engine === 'postgres') {
    say(`${engine}: starting the baseline (bare Fastify + pg)`);
    const baseline = await startChild('bench/baseline-server.ts', {
      DATABASE_URL: database.url!, ORGANISATION_ID: dataset.organisationId, ACTOR_ID: dataset.officeUserId,
    });
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
    await baseline.stop();
  }
  const index = cleanups.indexOf(database.drop);
  if (index >= 0) cleanups.splice(index, 1);
  await database.drop();
  return report;
}

// ---- report ------------------------------------------------------------------------------------
interface Check { target: string; value: number; limit: number; unit: string; pass: boolean }

function checksOf(reports: EngineReport[]): Check[] {
  const checks: Check[] = [];
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
  }
  return checks;
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  return [line(rows[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

function printReport(reports: EngineReport[], checks: Check[], seconds: number, calibration: number) {
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
  const busiest = Math.max(...reports.flatMap((r) => [...Object.values(r.endpoints), ...(r.baseline ? [r.baseline] : [])].map((e) => e.otherLoadPercent)));
  if (busiest > 15) console.log(`\nWARNING: other processes used up to ${busiest}% of a core during the measurements; figures are pessimistic. Run on a quiet machine.`);
  const missed = checks.filter((c) => !c.pass);
  console.log(`\nTotal run time ${seconds.toFixed(0)} s. ${missed.length === 0 ? 'All targets met.' : `${missed.length} target(s) MISSED:`}`);
  for (const c of missed) console.log(`  MISSED ${c.target}: ${c.value}${c.unit === '×' ? '' : ` ${c.unit}`} (limit ${c.unit === '×' ? '≥' : c.limit === 0 ? '=' : '<'} ${c.limit}${c.unit === '×' ? '' : ` ${c.unit}`})`);
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
  const reports: EngineReport[] = [];
  for (const engine of ENGINES) reports.push(await benchEngine(engine));
  const seconds = (performance.now() - runStarted) / 1000;
  const checks = checksOf(reports);
  printReport(reports, checks, seconds, calibration);
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
process.exit(exitCode);
