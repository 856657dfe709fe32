// `npm run bench:report` (and the end of `npm run bench`): rendering the report (issue 8).
//
// In-process, no database: the fictional 20-page sample report (src/report/render/sample.ts,
// `sampleDocument('twenty')`: ~40-row capacity table, two charts, lists, subheadings) rendered to PDF
// (pdfkit, embedded DejaVu Sans, tagged) and to Word (.docx, the `docx` package), each REPORT_WARMUP
// times untimed (fonts read and parsed, code warm), then REPORT_RUNS timed runs (performance.now around
// one whole render, to the finished Buffer). Baseline in the same run: the 2–3-page sample
// (`sampleDocument('short')`) rendered the same way; the ratio twenty/short shows what the size costs.
// Also for information: the PDFs' page counts (pdfinfo, poppler-utils) and the output sizes.
// Target (from the issue): median under 1 s for the 20-page report, PDF and DOCX each.
// Writes bench/results/report-latest.json; exits 1 when a target is missed, 2 when a part failed to run.
// Env: REPORT_WARMUP (default 3), REPORT_RUNS (default 15).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReportDocument } from '../src/report/document.js';
import { renderDocx } from '../src/report/render/docx.js';
import { renderPdf } from '../src/report/render/pdf.js';
import { sampleDocument } from '../src/report/render/sample.js';

const ROOT = join(import.meta.dirname, '..');
const WARMUP = Number(process.env.REPORT_WARMUP ?? 3);
const RUNS = Number(process.env.REPORT_RUNS ?? 15);
const TARGET_MEDIAN_MS = 1000;

const started = performance.now();
const say = (m: string) => console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${m}`);

interface Timing { medianMs: number; p95Ms: number; minMs: number; maxMs: number; bytes: number; pages?: number }

/** Nearest-rank percentile of sorted values. */
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
const round = (ms: number) => Math.round(ms * 10) / 10;

async function time(render: (doc: ReportDocument) => Promise<Buffer>, doc: ReportDocument): Promise<Timing & { output: Buffer }> {
  let output: Buffer = Buffer.alloc(0);
  for (let i = 0; i < WARMUP; i++) output = await render(doc);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    output = await render(doc);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { medianMs: round(percentile(times, 50)), p95Ms: round(percentile(times, 95)), minMs: round(times[0]!), maxMs: round(times.at(-1)!), bytes: output.length, output };
}

function pdfPages(pdf: Buffer, dir: string, name: string): number {
  const path = join(dir, name);
  writeFileSync(path, pdf);
  try {
    return Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))?.[1]);
  } catch (error) {
    throw new Error(`pdfinfo failed (install the Debian package poppler-utils): ${(error as Error).message}`);
  }
}

let failed = false;
let pass = false;
const results: Record<string, unknown> = { when: new Date().toISOString(), cpus: cpus().length, cpuModel: cpus()[0]?.model, node: process.version, warmup: WARMUP, runs: RUNS, targetMedianMs: TARGET_MEDIAN_MS };
const dir = mkdtempSync(join(tmpdir(), 'passend-bench-report-'));
try {
  const measured: Record<string, Record<string, Timing>> = {};
  for (const size of ['twenty', 'short'] as const) {
    const doc = sampleDocument(size);
    measured[size] = {};
    for (const [format, render] of [['pdf', renderPdf], ['docx', renderDocx]] as const) {
      const { output, ...timing } = await time(render, doc);
      if (format === 'pdf') timing.pages = pdfPages(output, dir, `${size}.pdf`);
      measured[size]![format] = timing;
      say(`${size.padEnd(6)} ${format.padEnd(4)}: median ${timing.medianMs} ms, p95 ${timing.p95Ms} ms (min ${timing.minMs}, max ${timing.maxMs}), ${Math.round(timing.bytes / 1024)} KB${timing.pages ? `, ${timing.pages} pages` : ''}`);
    }
  }
  const ratio = (format: 'pdf' | 'docx') => Math.round((measured.twenty![format]!.medianMs / measured.short![format]!.medianMs) * 100) / 100;
  const ratios = { pdf: ratio('pdf'), docx: ratio('docx') };
  say(`twenty / short (median): PDF ${ratios.pdf}×, DOCX ${ratios.docx}×`);
  const pages = measured.twenty!.pdf!.pages!;
  if (!(pages >= 19 && pages <= 21)) say(`note: the twenty-page sample has ${pages} pages (expected 19–21); tune src/report/render/sample.ts`);
  const checks = (['pdf', 'docx'] as const).map((format) => ({ format, medianMs: measured.twenty![format]!.medianMs, pass: measured.twenty![format]!.medianMs < TARGET_MEDIAN_MS }));
  for (const check of checks) say(`${check.pass ? 'PASS' : 'FAIL'} 20-page report to ${check.format.toUpperCase()}: median ${check.medianMs} ms (target < ${TARGET_MEDIAN_MS} ms)`);
  pass = checks.every((c) => c.pass);
  Object.assign(results, { twenty: measured.twenty, short: measured.short, ratioTwentyToShort: ratios, checks, pass });
} catch (error) {
  console.error(error);
  failed = true;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
writeFileSync(join(ROOT, 'bench', 'results', 'report-latest.json'), `${JSON.stringify(results, null, 2)}\n`);
process.exit(failed ? 2 : pass ? 0 : 1);
