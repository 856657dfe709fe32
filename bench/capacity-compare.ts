// Capacity against demands in-process (issue 6, "Speed"): `compareProfile` for one full FML against
// 50 job profiles, timed per round (all 50 profiles) with process.hrtime.bigint() after a warm-up.
// The catalogue is the shipped FML selection topped up with synthetic items (a deterministic mix of
// ordinal, quantity, hours and periods items) to the size of the full official list (~70 items); the
// FML assesses most items, each profile describes most demands, and some cells carry an override.
// Baseline in the same run: the same loop over the same items and values that only reads both sides
// and builds a row per item, without any comparison or summary: the fixed cost of walking the matrix.
// Target (issue 6): median under 5 ms for the 50 profiles.
//
// Standalone: `npx tsx bench/capacity-compare.ts` prints the figures.
import { pathToFileURL } from 'node:url';
import { FML_CATALOGUE, validateCatalogue, type Catalogue, type CatalogueItem } from '../src/capacity/catalogue.js';
import { compareProfile, type CapacityValue, type CapacityValues, type CellOverride, type DemandValue, type DemandValues } from '../src/capacity/domain.js';
import { Rng } from './rng.js';

export const CAPACITY_TARGET_MEDIAN_MS = 5;

// ---- data ---------------------------------------------------------------------------------------
const TEXT = (nl: string) => ({ nl, en: nl });

/** The shipped selection topped up with synthetic items (fictitious, marked so) to `size` items. */
export function benchCatalogue(size = 70, seed = 20_260_601): Catalogue {
  const rng = new Rng(seed);
  const items: CatalogueItem[] = [...FML_CATALOGUE.items];
  for (let n = 1; items.length < size; n++) {
    const section = rng.pick(FML_CATALOGUE.sections).code;
    const code = `${section}-S${n}`;
    const base = { section, code, label: TEXT(`Synthetisch item ${n} (fictief)`), definition: null };
    const kind = rng.weighted({ ordinal: 55, quantity: 35, hours: 5, periods: 5 });
    if (kind === 'ordinal') {
      const levels = rng.int(2, 5);
      items.push({ ...base, kind, levels: Array.from({ length: levels }, (_, i) => ({ code: String(i), label: TEXT(`Niveau ${i}`), boundary: { nl: `Grens ${i} (fictief)`, en: null } })) });
    } else if (kind === 'quantity') {
      const top = rng.int(10, 500);
      items.push({ ...base, kind, unit: rng.pick(['kg', 'minutes', 'times_per_hour', 'cm', 'newton']), higherIsHeavier: rng.chance(0.9),
        anchors: [0, 1, 2].map((i) => ({ code: String(i), label: TEXT(`Niveau ${i}`), boundary: { nl: `Ongeveer ${top >> i} (fictief)`, en: null }, amount: top >> i })) });
      if (!(items[items.length - 1] as Extract<CatalogueItem, { kind: 'quantity' }>).higherIsHeavier) {
        (items[items.length - 1] as Extract<CatalogueItem, { kind: 'quantity' }>).anchors.reverse().forEach((a, i) => { a.code = String(i); });
      }
    } else if (kind === 'hours') {
      items.push({ ...base, kind, per: rng.pick(['day', 'week'] as const), anchors: [] });
    } else {
      items.push({ ...base, kind, periods: [
        { code: 'day', label: TEXT('dag'), from: '06:00', to: '18:00' }, { code: 'evening', label: TEXT('avond'), from: '18:00', to: '22:00' },
        { code: 'night', label: TEXT('nacht'), from: '22:00', to: '06:00' },
      ], anchors: [] });
    }
  }
  // Section order, as an uploaded list would be.
  const order = FML_CATALOGUE.sections.map((s) => s.code);
  items.sort((a, b) => order.indexOf(a.section) - order.indexOf(b.section));
  const catalogue: Catalogue = { ...FML_CATALOGUE, name: `${FML_CATALOGUE.name} + synthetisch (bench)`, version: `bench-${size}`, items };
  const checked = validateCatalogue(JSON.parse(JSON.stringify(catalogue)));
  if (!checked.ok) throw new Error(`bench catalogue invalid: ${JSON.stringify(checked.problems.slice(0, 5))}`);
  return checked.catalogue;
}

const PERIOD_SETS = [['day'], ['day', 'evening'], ['day', 'evening', 'night'], ['evening', 'night']];

function capacityFor(item: CatalogueItem, rng: Rng): CapacityValue {
  switch (item.kind) {
    case 'ordinal': return { kind: 'ordinal', level: rng.chance(0.5) ? 0 : rng.int(0, item.levels.length - 1) };
    case 'quantity': return { kind: 'quantity', max: rng.chance(0.3) ? null : rng.int(0, 400) / 2, unit: item.unit };
    case 'hours': return { kind: 'hours', max: rng.chance(0.3) ? null : rng.int(1, item.per === 'day' ? 10 : 40) };
    case 'periods': return { kind: 'periods', allowed: rng.pick(PERIOD_SETS).filter((p) => item.periods.some((d) => d.code === p)) };
  }
}

function demandFor(item: CatalogueItem, rng: Rng): DemandValue {
  switch (item.kind) {
    case 'ordinal': return { kind: 'ordinal', level: rng.int(0, item.levels.length - 1) };
    case 'quantity': return { kind: 'quantity', amount: rng.int(0, 400) / 2, unit: item.unit };
    case 'hours': return { kind: 'hours', hours: rng.int(2, item.per === 'day' ? 12 : 40) };
    case 'periods': return { kind: 'periods', needed: rng.pick(PERIOD_SETS).filter((p) => item.periods.some((d) => d.code === p)) };
  }
}

export interface BenchProfile {
  id: string;
  values: DemandValues;
  overrides: Record<string, CellOverride>;
  notes: Record<string, string>;
}

export function benchData(options: { items?: number; profiles?: number; seed?: number } = {}) {
  const seed = options.seed ?? 20_260_601;
  const catalogue = benchCatalogue(options.items ?? 70, seed);
  const rng = new Rng(seed + 1);
  const fml: CapacityValues = {};
  for (const item of catalogue.items) if (rng.chance(0.85)) fml[item.code] = capacityFor(item, rng);
  const profiles: BenchProfile[] = Array.from({ length: options.profiles ?? 50 }, (_, p) => {
    const values: DemandValues = {};
    const overrides: Record<string, CellOverride> = {};
    const notes: Record<string, string> = {};
    for (const item of catalogue.items) {
      if (rng.chance(0.8)) values[item.code] = demandFor(item, rng);
      if (rng.chance(0.05)) overrides[item.code] = { conclusion: rng.pick(['fits', 'exceeds', 'fits_with_adjustment'] as const), reason: 'Oordeel van de arbeidsdeskundige (fictief).' };
      if (rng.chance(0.05)) notes[item.code] = 'Notitie (fictief).';
    }
    return { id: `profile-${p + 1}`, values, overrides, notes };
  });
  return { catalogue, fml, profiles };
}

// ---- timing ---------------------------------------------------------------------------------------
export interface CapacityTiming { rounds: number; medianMs: number; p95Ms: number; meanMs: number; minMs: number; maxMs: number }

export interface CapacityBenchResult {
  items: number;
  profiles: number;
  warmupRounds: number;
  rounds: number;
  /** `compareProfile` for every profile, per round. */
  compare: CapacityTiming;
  /** The same walk over items and values, without comparison: per round. */
  baseline: CapacityTiming;
  /** compare median ÷ baseline median. */
  ratioMedian: number;
  targetMedianMs: number;
  pass: boolean;
  /** What the data looked like, judged by the comparisons. */
  variety: { fitsPercent: number; exceedsPercent: number; unknownPercent: number; overridden: number };
  seconds: number;
}

const round3 = (v: number) => Math.round(v * 1000) / 1000;
function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
function timing(ns: Float64Array): CapacityTiming {
  const ms = Array.from(ns, (v) => v / 1e6).sort((a, b) => a - b);
  return {
    rounds: ms.length, medianMs: round3(percentile(ms, 50)), p95Ms: round3(percentile(ms, 95)), meanMs: round3(ms.reduce((s, v) => s + v, 0) / Math.max(1, ms.length)),
    minMs: round3(ms[0] ?? Number.NaN), maxMs: round3(ms[ms.length - 1] ?? Number.NaN),
  };
}

export interface CapacityBenchOptions { items?: number; profiles?: number; rounds?: number; warmupRounds?: number; seed?: number }

export function benchCapacityCompare(options: CapacityBenchOptions = {}): CapacityBenchResult {
  const started = performance.now();
  const { catalogue, fml, profiles } = benchData(options);
  const rounds = Math.max(200, options.rounds ?? 300);
  const warmupRounds = options.warmupRounds ?? 50;
  const fmlProfile = { values: fml };
  let sink = 0;

  const compareAll = () => {
    for (const p of profiles) sink += compareProfile(catalogue, fmlProfile, p, p.overrides, p.notes).summary.computed.exceeds;
  };
  // Baseline: read both sides (and the judgement and note) for every item and keep a row, nothing more.
  const walkAll = () => {
    for (const p of profiles) {
      const rows: Array<{ item: string; capacity: unknown; demand: unknown; judgement: unknown; note: unknown }> = [];
      for (const item of catalogue.items) {
        rows.push({ item: item.code, capacity: fml[item.code], demand: p.values[item.code], judgement: p.overrides[item.code], note: p.notes[item.code] });
      }
      sink += rows.length;
    }
  };
  for (let r = 0; r < warmupRounds; r++) { compareAll(); walkAll(); }

  const compareNs = new Float64Array(rounds);
  const baseNs = new Float64Array(rounds);
  const time = (fn: () => void) => { const t0 = process.hrtime.bigint(); fn(); return Number(process.hrtime.bigint() - t0); };
  // Alternating order per round, so neither always runs on a just-collected heap.
  for (let r = 0; r < rounds; r++) {
    if (r % 2 === 0) { compareNs[r] = time(compareAll); baseNs[r] = time(walkAll); } else { baseNs[r] = time(walkAll); compareNs[r] = time(compareAll); }
  }
  if (sink < 0) console.log(sink); // keep the work

  const summaries = profiles.map((p) => compareProfile(catalogue, fmlProfile, p, p.overrides, p.notes).summary);
  const cells = summaries.length * catalogue.items.length;
  const share = (f: (s: (typeof summaries)[number]) => number) => Math.round((summaries.reduce((a, s) => a + f(s), 0) / cells) * 1000) / 10;
  const compare = timing(compareNs);
  const baseline = timing(baseNs);
  return {
    items: catalogue.items.length,
    profiles: profiles.length,
    warmupRounds,
    rounds,
    compare,
    baseline,
    ratioMedian: Math.round((compare.medianMs / baseline.medianMs) * 100) / 100,
    targetMedianMs: CAPACITY_TARGET_MEDIAN_MS,
    pass: compare.medianMs < CAPACITY_TARGET_MEDIAN_MS,
    variety: {
      fitsPercent: share((s) => s.computed.fits), exceedsPercent: share((s) => s.computed.exceeds), unknownPercent: share((s) => s.computed.unknown),
      overridden: summaries.reduce((a, s) => a + s.overridden, 0),
    },
    seconds: Math.round((performance.now() - started) / 10) / 100,
  };
}

export function describeCapacityBench(r: CapacityBenchResult): string[] {
  const f = (t: CapacityTiming) => `median ${t.medianMs} ms, p95 ${t.p95Ms} ms, mean ${t.meanMs} ms, min ${t.minMs} ms, max ${t.maxMs} ms`;
  return [
    `${r.items} items × ${r.profiles} profiles, ${r.rounds} rounds after ${r.warmupRounds} warm-up rounds (one round = all ${r.profiles} profiles)`,
    `cells: ${r.variety.fitsPercent}% fit, ${r.variety.exceedsPercent}% exceed, ${r.variety.unknownPercent}% unknown; ${r.variety.overridden} overridden`,
    `compareProfile ×${r.profiles}:      ${f(r.compare)}`,
    `baseline (walk, no compare): ${f(r.baseline)}`,
    `compare / baseline median:  ${r.ratioMedian}×`,
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = benchCapacityCompare();
  for (const line of describeCapacityBench(result)) console.log(line);
  console.log(`${result.pass ? 'PASS' : 'FAIL'} capacity comparison median ${result.compare.medianMs} ms for ${result.profiles} profiles (target < ${result.targetMedianMs} ms); ${result.seconds} s`);
}
