// `npm run bench:capacity` (and the end of `npm run bench`): capacity against demands (issue 6).
//
// 1. In-process (bench/capacity-compare.ts): `compareProfile` for one full FML (~70 items) against 50
//    job profiles; median per round under 5 ms. Baseline in the same run: walking the same matrix
//    without comparing.
// 2. The comparison page on PostgreSQL with the benchmark data: a fresh database with the case-file
//    benchmark's dataset (bench/generate.ts: 10,000 cases, 100,000 timeline entries, 1,000 users); then
//    CAPACITY_CASES of the bench expert's cases each get an FML over every item of the shipped list and
//    10 job profiles (every item described, a few notes, overrides and conclusions). The real server
//    (bench/server.ts, own process) under autocannon: 10 connections, GET /api/cases/:id/capacity over
//    those cases in rotation, warm-up, then BENCH_DURATION seconds. Baseline in the same run: the case
//    page GET /api/cases/:id of the same cases with the same settings. Target: p95 under 150 ms.
// Writes bench/results/capacity-latest.json; exits 1 when a target is missed, 2 when a part failed to run.
// Env: BENCH_DATABASE_URL, BENCH_DURATION (default 10), BENCH_WARMUP (2), BENCH_CONNECTIONS (10), CAPACITY_CASES (15, the bench expert's open cases).
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { FML_CATALOGUE, type CatalogueItem } from '../src/capacity/catalogue.js';
import { createSession } from '../src/platform/auth/store.js';
import { openPostgres } from '../src/platform/db.js';
import { SESSION_COOKIE } from '../src/platform/http.js';
import { benchCapacityCompare, describeCapacityBench } from './capacity-compare.js';
import { startChild } from './child.js';
import { freshPostgresDatabase } from './database.js';
import { generate } from './generate.js';
import { runLoad, type LoadResult } from './load.js';
import { Rng } from './rng.js';

const ROOT = join(import.meta.dirname, '..');
const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 2);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const CASES = Number(process.env.CAPACITY_CASES ?? 15);
const PROFILES_PER_CASE = 10;
const TARGETS = { compareMedianMs: 5, pageP95Ms: 150 };

const started = performance.now();
const say = (m: string) => console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${m}`);
interface Check { target: string; value: number; limit: number; unit: string; pass: boolean }
const checks: Check[] = [];
const cleanups: Array<() => Promise<void>> = [];

// ---- values over every item of the shipped list ---------------------------------------------------
function capacityOf(item: CatalogueItem, rng: Rng): unknown {
  switch (item.kind) {
    case 'ordinal': return { kind: 'ordinal', level: rng.int(0, item.levels.length - 1) };
    case 'quantity': return { kind: 'quantity', max: rng.chance(0.3) ? null : rng.int(1, 40), unit: item.unit };
    case 'hours': return { kind: 'hours', max: item.per === 'day' ? rng.pick([null, 8, 6, 4]) : rng.pick([null, 40, 30, 20]) };
    case 'periods': return { kind: 'periods', allowed: rng.pick([['day'], ['day', 'evening'], ['day', 'evening', 'night']]) };
  }
}
function demandOf(item: CatalogueItem, rng: Rng): unknown {
  switch (item.kind) {
    case 'ordinal': return { kind: 'ordinal', level: rng.int(0, item.levels.length - 1) };
    case 'quantity': return { kind: 'quantity', amount: rng.int(0, 30), unit: item.unit };
    case 'hours': return { kind: 'hours', hours: item.per === 'day' ? rng.pick([8, 6, 4]) : rng.pick([36, 24, 20]) };
    case 'periods': return { kind: 'periods', needed: rng.pick([['day'], ['day', 'evening'], ['night']]) };
  }
}

async function seedCapacity(db: Awaited<ReturnType<typeof openPostgres>>, organisationId: string, expertId: string, caseIds: readonly string[]) {
  const rng = new Rng(20_261_123);
  const kinds = ['own_job', 'adapted_own_job', 'other_work_same_employer', 'work_elsewhere', 'named_profile'];
  for (const caseId of caseIds) {
    await db.transaction(async (tx) => {
      const fmlId = randomUUID();
      const capacity = Object.fromEntries(FML_CATALOGUE.items.map((i) => [i.code, capacityOf(i, rng)]));
      await tx.query(`INSERT INTO fml_profiles (id, case_id, catalogue_id, drawn_up_on, author_role, during_treatment, prognosis, version_label, capacity, entered_via, recorded_by)
        VALUES ($1,$2,'shipped','2026-06-01','verzekeringsarts',false,NULL,NULL,$3,'form',$4)`, [fmlId, caseId, JSON.stringify(capacity), expertId]);
      for (let p = 0; p < PROFILES_PER_CASE; p++) {
        const profileId = randomUUID();
        const demands = Object.fromEntries(FML_CATALOGUE.items.map((i) => [i.code, demandOf(i, rng)]));
        await tx.query(`INSERT INTO job_profiles (id, organisation_id, case_id, kind, name, basis, description, catalogue_id, demands, adjustments, created_by)
          VALUES ($1,$2,$3,$4,$5,'job_description',NULL,'shipped',$6,'[]',$7)`, [profileId, organisationId, caseId, kinds[p % kinds.length], `Profiel ${p + 1} (bench)`, JSON.stringify(demands), expertId]);
        for (const item of new Set([rng.pick(FML_CATALOGUE.items), rng.pick(FML_CATALOGUE.items), rng.pick(FML_CATALOGUE.items)])) {
          await tx.query(`INSERT INTO capacity_cells (profile_id, item_code, note, override_conclusion, override_reason, updated_by) VALUES ($1,$2,$3,$4,$5,$6)`,
            [profileId, item.code, 'Notitie (bench).', 'fits_with_adjustment', 'Aanpassing neemt de overschrijding weg (bench).', expertId]);
        }
        if (p % 2 === 0) {
          await tx.query(`INSERT INTO profile_conclusions (id, profile_id, fml_id, conclusion, reasoning, questions, concluded_by) VALUES ($1,$2,$3,'not_yet_judgeable','Nog niet te beoordelen (bench).','[]',$4)`,
            [randomUUID(), profileId, fmlId, expertId]);
        }
      }
    });
  }
}

async function benchPage() {
  const database = await freshPostgresDatabase(ADMIN_URL, 'passend_bench_cap');
  cleanups.push(database.drop);
  const url = new URL(database.url);
  const db = await openPostgres(url.toString(), 10);
  try {
    const dataset = await generate(db, { log: (m) => say(`generate: ${m}`) });
    say(`generated ${Object.entries(dataset.counts).map(([k, v]) => `${v} ${k}`).join(', ')} in ${dataset.seconds.toFixed(1)} s`);
    const caseIds = dataset.benchExpertCaseIds.slice(0, CASES);
    if (caseIds.length < CASES) throw new Error(`the bench expert has ${caseIds.length} open cases, ${CASES} needed`);
    await seedCapacity(db, dataset.organisationId, dataset.benchExpertId, caseIds);
    await db.query('ANALYZE');
    const { token } = await db.transaction((tx) => createSession(tx, dataset.benchExpertId, 'active', 180));
    const cookie = `${SESSION_COOKIE}=${token}`;
    const server = await startChild('bench/server.ts', { DATABASE_URL: url.toString() }, (stop) => cleanups.push(stop));
    const base = `http://127.0.0.1:${server.port}`;

    // Smoke check: every page answers with its 10 profiles and a full matrix, so nothing but real pages is timed.
    for (const id of caseIds) {
      const response = await fetch(`${base}/api/cases/${id}/capacity`, { headers: { cookie } });
      const body = (await response.json()) as { profiles?: Array<{ cells: unknown[] }>; fmls?: unknown[] };
      if (response.status !== 200 || body.profiles?.length !== PROFILES_PER_CASE || body.fmls?.length !== 1 || body.profiles[0]!.cells.length !== FML_CATALOGUE.items.length) {
        throw new Error(`GET /api/cases/${id}/capacity: HTTP ${response.status} ${JSON.stringify(body).slice(0, 300)}`);
      }
    }
    say(`smoke check ok: ${caseIds.length} cases × ${PROFILES_PER_CASE} profiles × ${FML_CATALOGUE.items.length} items`);
    const load = async (paths: string[]): Promise<LoadResult> => {
      await runLoad({ baseUrl: base, paths, headers: { cookie }, connections: CONNECTIONS, durationSeconds: WARMUP });
      return runLoad({ baseUrl: base, paths, headers: { cookie }, connections: CONNECTIONS, durationSeconds: DURATION });
    };
    const page = await load(caseIds.map((id) => `/api/cases/${id}/capacity`));
    const baseline = await load(caseIds.map((id) => `/api/cases/${id}`));
    await server.stop();
    return { cases: caseIds.length, profilesPerCase: PROFILES_PER_CASE, items: FML_CATALOGUE.items.length, page, baseline, p95Ratio: Math.round((page.latencyMs.p95 / baseline.latencyMs.p95) * 100) / 100 };
  } finally {
    await db.close();
  }
}

// ---- run -----------------------------------------------------------------------------------------
let failed = false;
const results: Record<string, unknown> = { when: new Date().toISOString(), cpus: cpus().length, duration: DURATION, connections: CONNECTIONS };
try {
  say('in-process: compareProfile, one FML against 50 job profiles');
  const compare = benchCapacityCompare();
  for (const line of describeCapacityBench(compare)) say(`  ${line}`);
  results.compare = compare;
  checks.push({ target: 'compare 50 profiles, median', value: compare.compare.medianMs, limit: TARGETS.compareMedianMs, unit: 'ms', pass: compare.compare.medianMs < TARGETS.compareMedianMs });

  say('PostgreSQL: the comparison page with the benchmark data');
  const page = await benchPage();
  results.page = page;
  const l = (r: LoadResult) => `p50 ${r.latencyMs.p50} ms, p95 ${r.latencyMs.p95} ms, p99 ${r.latencyMs.p99} ms, ${r.requestsPerSecond} req/s, non-2xx ${r.non2xx}, errors ${r.errors + r.timeouts}, ${Math.round(r.bytesPerRequest / 1024)} KB/answer`;
  say(`  GET /api/cases/:id/capacity (${page.profilesPerCase} profiles × ${page.items} items): ${l(page.page)}`);
  say(`  baseline GET /api/cases/:id:                          ${l(page.baseline)}`);
  say(`  page / baseline p95: ${page.p95Ratio}×`);
  const clean = page.page.non2xx === 0 && page.page.errors + page.page.timeouts === 0;
  checks.push({ target: 'comparison page, 10 profiles, p95 (PostgreSQL)', value: page.page.latencyMs.p95, limit: TARGETS.pageP95Ms, unit: 'ms', pass: clean && page.page.latencyMs.p95 < TARGETS.pageP95Ms });
} catch (error) {
  console.error(error);
  failed = true;
} finally {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
}
results.checks = checks;
mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
writeFileSync(join(ROOT, 'bench', 'results', 'capacity-latest.json'), `${JSON.stringify(results, null, 2)}\n`);
for (const c of checks) say(`${c.pass ? 'PASS' : 'FAIL'} ${c.target}: ${c.value} ${c.unit} (target < ${c.limit} ${c.unit})`);
process.exit(failed ? 2 : checks.every((c) => c.pass) ? 0 : 1);
