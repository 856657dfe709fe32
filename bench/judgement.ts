// `npm run bench:judgement` (and the end of `npm run bench`): the case judgement page (issue 7).
//
// On PostgreSQL with the benchmark data: a fresh database with the case-file benchmark's dataset
// (bench/generate.ts: 10,000 cases, 100,000 timeline entries, 1,000 users). Then JUDGEMENT_CASES of the
// bench expert's open cases are filled through the real server's HTTP API as that expert (so every
// item has passed the domain's checks, as in use): 500 evidence items (every source type, kind and
// method; factors, reliabilities, professional-only and shared; a few withdrawn at the end), coverage
// of six of the nine conversation themes, all 48 Schema 1 cells and all 8 Schema 2 activity rows plus 3
// rows of the expert's own, each with evidence links; 8 salient observations with 20 competing
// hypotheses (evidence for and against), 6 anomalies (half explained), two placements, a trajectory
// with 3 experiments and 4 checkpoints, and an advice with every section linked to evidence and schema
// cells: finalised once with the before-final questions answered or skipped, then changed again (a
// draft, whose trace the page computes). The real server (bench/server.ts, own process) under
// autocannon: BENCH_CONNECTIONS connections, GET /api/cases/:id/judgement over those cases in rotation,
// warm-up, then BENCH_DURATION seconds. Baseline in the same run: the case page GET /api/cases/:id of
// the same cases with the same settings. Target: p95 under 200 ms. For information also the page on one
// connection (its own time, without queueing behind the other connections).
// Writes bench/results/judgement-latest.json; exits 1 when the target is missed, 2 when a part failed to run.
// Env: BENCH_DATABASE_URL, BENCH_DURATION (default 10), BENCH_WARMUP (2), BENCH_CONNECTIONS (10), JUDGEMENT_CASES (5),
// BENCH_KEEP=1 keeps the database and prints where it is, with a session cookie and the case ids (for profiling by hand).
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { addDays } from '../src/cases/domain.js';
import {
  METHODS, RELIABILITIES, SCHEMA1_CATEGORIES, SCHEMA1_THEMES, SCHEMA2_ACTIVITIES, SOURCE_TYPES, COVERAGE_THEMES, NOT_INVESTIGATED_REASONS, INTERVENTION_STYLES,
  type SourceType,
} from '../src/judgement/domain.js';
import { SHIPPED_FACTORS } from '../src/judgement/factors.js';
import { createSession } from '../src/platform/auth/store.js';
import { openPostgres } from '../src/platform/db.js';
import { SESSION_COOKIE } from '../src/platform/http.js';
import { todayInAmsterdam } from '../src/platform/time.js';
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
const CASES = Number(process.env.JUDGEMENT_CASES ?? 5);
const KEEP = process.env.BENCH_KEEP === '1';
const SIZES = { evidence: 500, coverageThemes: 6, ownSchema2Rows: 3, observations: 8, hypotheses: 20, anomalies: 6, placements: 2, experiments: 3, checkpoints: 4, withdrawn: 10 };
const TARGET_P95_MS = 200;

const started = performance.now();
const say = (m: string) => console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${m}`);
const cleanups: Array<() => Promise<void>> = [];

// ---- the API as the bench expert --------------------------------------------------------------------
type Api = <T = any>(method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown) => Promise<T>;

function apiFor(base: string, cookie: string, csrf: string): Api {
  return async (method, path, body) => {
    const response = await fetch(`${base}${path}`, {
      method, body: body === undefined ? undefined : JSON.stringify(body),
      headers: { cookie, 'x-csrf-token': csrf, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    });
    const text = await response.text();
    if (response.status >= 300) throw new Error(`${method} ${path}: HTTP ${response.status} ${text.slice(0, 400)}`);
    return (text ? JSON.parse(text) : null) as never;
  };
}

// ---- fictional material ------------------------------------------------------------------------------
const SENTENCES = [
  'Cliënt vertelt dat hij sinds de laatste baan weinig structuur in de dag heeft en pas laat opstaat.',
  'Volgens de begeleider van de woonvoorziening komt hij afspraken meestal na, al is hij soms te laat.',
  'Op school spijbelde hij veel; zelf zegt hij dat hij bang was in grote groepen.',
  'De werkgever noemt hem behulpzaam en technisch handig, maar snel overprikkeld bij drukte.',
  'Hij wil graag netwerkbeheerder worden, zoals zijn broer; zijn moeder steunt die wens.',
  'Bij het huisbezoek bleek de thuissituatie gespannen; er zijn schulden en weinig rust.',
  'De jobcoach zag dat hij in een klein team goed meedraait en vragen durft te stellen.',
  'Het leervermogen is niet getest; een assessment is duur en er was nog geen budget.',
];
const text = (rng: Rng, sentences: number) => Array.from({ length: sentences }, () => rng.pick(SENTENCES)).join(' ');
const INTERESTED: readonly SourceType[] = ['employer', 'manager', 'family', 'partner', 'care_agency'];

interface Seeded { evidence: number; withdrawn: number; coverage: number; schema1: number; schema2: number; observations: number; hypotheses: number; anomalies: number; placements: number; experiments: number; checkpoints: number; adviceVersions: number }

/** Fills one case through the API, the way an expert would over weeks of work. */
async function seedJudgement(api: Api, caseId: string, rng: Rng, instruments: readonly string[], today: string): Promise<Seeded> {
  const c = `/api/cases/${caseId}`;
  const factorCodes = SHIPPED_FACTORS.map((f) => f.code);
  const evidence: string[] = [];
  for (let i = 0; i < SIZES.evidence; i++) {
    const kind = i % 25 === 3 ? 'not_investigated' : i % 10 === 1 ? 'self_assessment' : i % 10 === 2 ? 'wish' : 'information';
    const sourceType: SourceType = kind === 'not_investigated' ? 'test_instrument' : kind === 'information' ? SOURCE_TYPES[i % SOURCE_TYPES.length]! : 'client_story';
    const created = await api<{ id: string }>('POST', `${c}/evidence`, {
      kind, sourceType, sourceName: INTERESTED.includes(sourceType) ? `Bron ${i + 1} (fictief)` : null, observedOn: addDays(today, -rng.int(0, 700)),
      method: kind === 'not_investigated' ? 'test' : METHODS[i % METHODS.length], title: `Informatie ${i + 1}: ${rng.pick(SENTENCES).slice(0, 80)}`,
      body: rng.chance(0.8) ? text(rng, rng.int(1, 4)) : null, interest: INTERESTED.includes(sourceType) ? 'Heeft belang bij een snelle terugkeer (fictief).' : null,
      reliability: kind === 'not_investigated' ? null : rng.pick(RELIABILITIES),
      realityCheck: (kind === 'self_assessment' || kind === 'wish') && rng.chance(0.7) ? text(rng, 1) : null,
      notInvestigatedReason: kind === 'not_investigated' ? rng.pick(NOT_INVESTIGATED_REASONS) : null,
      factorCodes: rng.some(factorCodes, rng.int(0, 3)), instrumentId: sourceType === 'test_instrument' && kind === 'information' ? rng.pick(instruments) : null,
      contactId: null, documentId: null, professionalOnly: rng.chance(0.6),
    });
    evidence.push(created.id);
  }
  const links = (min = 2, max = 6) => rng.some(evidence, rng.int(min, max));

  for (const theme of COVERAGE_THEMES.slice(0, SIZES.coverageThemes)) {
    await api('PUT', `${c}/coverage/${theme}`, { state: rng.chance(0.7) ? 'explored' : 'partly', note: text(rng, 2), noteIds: [], evidenceIds: links(1, 4), version: 0 });
  }
  for (const theme of SCHEMA1_THEMES) {
    for (const category of SCHEMA1_CATEGORIES) await api('PUT', `${c}/schema1/${theme}/${category}`, { body: text(rng, rng.int(1, 3)), evidenceIds: links(), version: 0 });
  }
  const schema2Keys: string[] = [];
  for (const key of SCHEMA2_ACTIVITIES) {
    await api('PUT', `${c}/schema2/${key}`, { label: null, supportNeed: text(rng, 2), workImplications: text(rng, 1), basis: text(rng, 1), evidenceIds: links(), version: 0 });
    schema2Keys.push(key);
  }
  for (let r = 0; r < SIZES.ownSchema2Rows; r++) {
    const own = await api<{ key: string }>('POST', `${c}/schema2`, { label: `Beroepsvaardigheden: richting ${r + 1} (fictief)`, supportNeed: text(rng, 1), workImplications: text(rng, 1), basis: null, evidenceIds: links() });
    schema2Keys.push(own.key);
  }

  // 8 observations × 2–3 hypotheses = 20, with statuses that each need (or not) an argument.
  const observations: string[] = [];
  const hypotheses: string[] = [];
  let made = 0;
  for (let o = 0; o < SIZES.observations; o++) {
    const count = o < SIZES.hypotheses - 2 * SIZES.observations ? 3 : 2;
    const statuses = ['open', 'supported', 'weakened', 'rejected'] as const;
    const created = await api<{ id: string; hypothesisIds: string[] }>('POST', `${c}/observations`, {
      body: `Opvallend ${o + 1}: ${rng.pick(SENTENCES)}`, discriminator: o % 3 === 0 ? null : text(rng, 1), evidenceIds: links(1, 3),
      hypotheses: Array.from({ length: count }, (_, h) => {
        const status = statuses[(o + h) % statuses.length]!;
        const [forIds, againstIds] = [links(0, 3), links(0, 2)];
        return {
          explanation: `Verklaring ${h + 1}: ${rng.pick(SENTENCES).slice(0, 120)}`, status, statusArgument: status === 'open' ? null : text(rng, 1),
          evidenceFor: forIds, evidenceAgainst: againstIds.filter((id) => !forIds.includes(id)),
        };
      }),
    });
    observations.push(created.id);
    hypotheses.push(...created.hypothesisIds);
    made += count;
  }
  if (made !== SIZES.hypotheses) throw new Error(`made ${made} hypotheses, ${SIZES.hypotheses} planned`);
  for (let a = 0; a < SIZES.anomalies; a++) {
    const anomaly = await api<{ id: string }>('POST', `${c}/anomalies`, {
      kind: a % 2 ? 'anomaly' : 'inconsistency', description: `Tegenstrijdig ${a + 1}: ${rng.pick(SENTENCES)}`, evidenceIds: links(2, 4), observationId: a < 3 ? observations[a] : null,
    });
    if (a % 2 === 0) await api('PUT', `${c}/anomalies/${anomaly.id}/explanation`, { explanation: text(rng, 1), version: 1 });
  }
  await api('POST', `${c}/placements`, { willingness: -1, ability: 0, argument: text(rng, 2), evidenceIds: links(2, 3) });
  await api('POST', `${c}/placements`, { willingness: 1, ability: -1, argument: text(rng, 2), evidenceIds: links(1, 3) });

  await api('POST', `${c}/trajectories`, { screeningReason: 'Het beeld is niet rond: leervermogen en groepsangst zijn onbekend (fictief).', startedOn: addDays(today, -30) });
  const experiments: string[] = [];
  for (let x = 0; x < SIZES.experiments; x++) {
    const experiment = await api<{ id: string }>('POST', `${c}/experiments`, {
      title: `Experiment ${x + 1} (fictief)`, question: 'Houdt hij een dagdeel in een kleine groep vol?', hypothesisId: x === 0 ? hypotheses[0] : null,
      expectedSignals: 'Blijft tot het eind; vertelt achteraf wat lastig was.', vulnerabilities: 'Faalangst; prikkelgevoelig.', safeguards: 'Stoppen mag altijd; de jobcoach belt na afloop.',
      startsOn: today, nextFeedbackOn: addDays(today, 7 + x * 7),
    });
    experiments.push(experiment.id);
  }
  for (let k = 0; k < SIZES.checkpoints; k++) {
    await api('POST', `${c}/experiments/${experiments[k % 2]}/checkpoints`, {
      heldOn: today, successExperiences: text(rng, 1), failureExperiences: k % 2 ? text(rng, 1) : null, interventionStyles: rng.some(INTERVENTION_STYLES, 2),
      pictureChanges: null, decision: 'continue', nextFeedbackOn: addDays(today, 7 + k),
    });
  }

  const s1 = (theme: string, category: string) => `s1:${theme}:${category}`;
  const conclusion = (words: string, cells: string[]) => ({ text: `${words} ${text(rng, 1)}`, evidenceIds: links(1, 5), cellRefs: cells });
  const content = () => ({
    workTypes: [
      { ...conclusion('Eenvoudig ICT-beheerwerk in een klein team.', [s1('future_view', 'strength'), s1('work_history', 'strength')]), profileId: null },
      { ...conclusion('Magazijnwerk met vaste taken.', [s1('work_history', 'burdening')]), profileId: null },
    ],
    schooling: conclusion('Eerst een proefperiode op de ICT-school.', [s1('education_history', 'burdening')]),
    guidance: conclusion('Jobcoach met vaste contactmomenten.', [`s2:${schema2Keys[3]}`]),
    endGoal: conclusion('Werk als netwerkbeheerder op termijn.', [s1('future_view', 'strength')]),
    supportNeed: conclusion('Steun bij sociale contacten; een kleine, vaste groep.', [`s2:${schema2Keys[2]}`, `s2:${schema2Keys[3]}`]),
    risksAndSafeguards: conclusion('Risico op een nieuwe faalervaring; kleine stappen.', [s1('private_situation', 'burdening')]),
    uncertainties: conclusion('Leervermogen niet getest.', []),
  });
  const draft = await api<{ lockVersion: number }>('PUT', `${c}/advice`, { lockVersion: null, content: content() });
  await api('POST', `${c}/advice/finalise`, {
    lockVersion: draft.lockVersion, answers: {
      counter_arguments: text(rng, 2), change_conditions: null, open_hypotheses: text(rng, 1), assumptions_and_gaps: null,
      expertise_boundary: { choice: 'partly_referral', referralTo: 'Psycholoog (fictief)', explanation: null },
    },
  });
  await api('PUT', `${c}/advice`, { lockVersion: null, content: content() });
  // Withdrawn afterwards: some of them stay linked, as in use (the page marks them).
  for (const id of rng.some(evidence, SIZES.withdrawn)) await api('POST', `${c}/evidence/${id}/withdraw`, { reason: 'Bleek over een andere periode te gaan (fictief).' });
  return {
    evidence: evidence.length, withdrawn: SIZES.withdrawn, coverage: SIZES.coverageThemes, schema1: SCHEMA1_THEMES.length * SCHEMA1_CATEGORIES.length, schema2: schema2Keys.length,
    observations: observations.length, hypotheses: hypotheses.length, anomalies: SIZES.anomalies, placements: SIZES.placements, experiments: experiments.length,
    checkpoints: SIZES.checkpoints, adviceVersions: 2,
  };
}

/** The page must show everything seeded, so that nothing but full pages is timed. */
function smokeCheck(caseId: string, page: any, seeded: Seeded) {
  const hypotheses = page.observations?.reduce((n: number, o: { hypotheses: unknown[] }) => n + o.hypotheses.length, 0);
  const experiments = page.trajectories?.[0]?.experiments ?? [];
  const shown = {
    evidence: page.evidence?.length, schema1: page.schema1?.length, schema2: page.schema2?.length, observations: page.observations?.length, hypotheses,
    anomalies: page.anomalies?.length, placements: page.placements?.length, experiments: experiments.length,
    checkpoints: experiments.reduce((n: number, x: { checkpoints: unknown[] }) => n + x.checkpoints.length, 0), adviceVersions: page.adviceHistory?.length,
  };
  for (const [key, value] of Object.entries(shown)) {
    if (value !== seeded[key as keyof Seeded]) throw new Error(`GET /api/cases/${caseId}/judgement: ${key} ${value}, ${seeded[key as keyof Seeded]} seeded`);
  }
  if (page.advice?.state !== 'draft' || Object.keys(page.advice.trace ?? {}).length !== 8 || page.signals?.length === 0) throw new Error(`GET /api/cases/${caseId}/judgement: advice or signals missing`);
}

async function benchPage() {
  const database = await freshPostgresDatabase(ADMIN_URL, 'passend_bench_judgement');
  cleanups.push(KEEP ? async () => say(`kept PostgreSQL database ${database.url}`) : database.drop);
  const db = await openPostgres(database.url, 10);
  try {
    const dataset = await generate(db, { log: (m) => say(`generate: ${m}`) });
    say(`generated ${Object.entries(dataset.counts).map(([k, v]) => `${v} ${k}`).join(', ')} in ${dataset.seconds.toFixed(1)} s`);
    const caseIds = dataset.benchExpertCaseIds.slice(0, CASES);
    if (caseIds.length < CASES) throw new Error(`the bench expert has ${caseIds.length} open cases, ${CASES} needed`);
    const { token, csrfToken } = await db.transaction((tx) => createSession(tx, dataset.benchExpertId, 'active', 240));
    const cookie = `${SESSION_COOKIE}=${token}`;
    const server = await startChild('bench/server.ts', { DATABASE_URL: database.url }, (stop) => cleanups.push(stop));
    const base = `http://127.0.0.1:${server.port}`;
    const api = apiFor(base, cookie, csrfToken);
    const today = todayInAmsterdam();

    const seedStarted = performance.now();
    const instruments: string[] = [];
    for (const name of ['Leerbaarheidstest', 'Werkhoudingsvragenlijst', 'Observatie in de werkplaats']) {
      instruments.push((await api<{ id: string }>('POST', '/api/instruments', {
        name: `${name} (bench, fictief)`, construct: 'Leervermogen en werkhouding', validationStatus: 'partly_validated', validationNote: null, provider: 'Bureau Voorbeeld (fictief)',
        costCents: 45_000, durationMinutes: 120, fitsWhen: 'Bij twijfel over een opleiding.',
      })).id);
    }
    // The cases side by side, as several experts would work (each case's own writes stay in order).
    const seeded = await Promise.all(caseIds.map((id, i) => seedJudgement(api, id, new Rng(20_261_200 + i), instruments, today)));
    const requests = Object.values(seeded[0]!).reduce((a, b) => a + b, 0);
    say(`seeded ${caseIds.length} cases through the API in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s (${JSON.stringify(seeded[0])})`);
    await db.query('ANALYZE');
    if (KEEP) say(`kept for profiling: cookie ${cookie}; cases ${caseIds.join(' ')}`);

    let bytes = 0;
    for (const [i, id] of caseIds.entries()) {
      const response = await fetch(`${base}/api/cases/${id}/judgement`, { headers: { cookie } });
      const body = await response.text();
      if (response.status !== 200) throw new Error(`GET /api/cases/${id}/judgement: HTTP ${response.status} ${body.slice(0, 300)}`);
      smokeCheck(id, JSON.parse(body), seeded[i]!);
      bytes = Math.max(bytes, body.length);
    }
    say(`smoke check ok: every page shows what was seeded (largest answer ${Math.round(bytes / 1024)} KB; about ${requests} writes per case)`);
    const load = async (paths: string[]): Promise<LoadResult> => {
      await runLoad({ baseUrl: base, paths, headers: { cookie }, connections: CONNECTIONS, durationSeconds: WARMUP });
      return runLoad({ baseUrl: base, paths, headers: { cookie }, connections: CONNECTIONS, durationSeconds: DURATION });
    };
    const page = await load(caseIds.map((id) => `/api/cases/${id}/judgement`));
    const baseline = await load(caseIds.map((id) => `/api/cases/${id}`));
    // For information: one connection, so the page's own time shows without queueing behind the others.
    const single = await runLoad({ baseUrl: base, paths: caseIds.map((id) => `/api/cases/${id}/judgement`), headers: { cookie }, connections: 1, durationSeconds: DURATION });
    await server.stop();
    const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
    return {
      cases: caseIds.length, perCase: seeded[0]!, page, baseline, singleConnection: single,
      p95Ratio: ratio(page.latencyMs.p95, baseline.latencyMs.p95), p50Ratio: ratio(page.latencyMs.p50, baseline.latencyMs.p50),
      throughputRatio: ratio(page.requestsPerSecond, baseline.requestsPerSecond),
    };
  } finally {
    await db.close();
  }
}

// ---- run -----------------------------------------------------------------------------------------
let failed = false;
let pass = false;
const results: Record<string, unknown> = { when: new Date().toISOString(), cpus: cpus().length, duration: DURATION, warmup: WARMUP, connections: CONNECTIONS, targetP95Ms: TARGET_P95_MS };
try {
  say('PostgreSQL: the case judgement page with the benchmark data');
  const measured = await benchPage();
  results.page = measured;
  const l = (r: LoadResult) => `p50 ${r.latencyMs.p50} ms, p95 ${r.latencyMs.p95} ms, p99 ${r.latencyMs.p99} ms, ${r.requestsPerSecond} req/s, non-2xx ${r.non2xx}, errors ${r.errors + r.timeouts}, ${Math.round(r.bytesPerRequest / 1024)} KB/answer`;
  say(`  GET /api/cases/:id/judgement (${measured.perCase.evidence} evidence, ${measured.perCase.schema1} + ${measured.perCase.schema2} schema cells, ${measured.perCase.hypotheses} hypotheses): ${l(measured.page)}`);
  say(`  baseline GET /api/cases/:id:  ${l(measured.baseline)}`);
  say(`  page / baseline: p50 ${measured.p50Ratio}×, p95 ${measured.p95Ratio}×, throughput ${measured.throughputRatio}×`);
  say(`  for information, the page on one connection: ${l(measured.singleConnection)}`);
  pass = measured.page.non2xx === 0 && measured.page.errors + measured.page.timeouts === 0 && measured.page.latencyMs.p95 < TARGET_P95_MS;
  results.pass = pass;
  say(`${pass ? 'PASS' : 'FAIL'} case judgement page p95 (PostgreSQL): ${measured.page.latencyMs.p95} ms (target < ${TARGET_P95_MS} ms)`);
} catch (error) {
  console.error(error);
  failed = true;
} finally {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
}
mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
writeFileSync(join(ROOT, 'bench', 'results', 'judgement-latest.json'), `${JSON.stringify(results, null, 2)}\n`);
process.exit(failed ? 2 : pass ? 0 : 1);
