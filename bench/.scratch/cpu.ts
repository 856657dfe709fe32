import { readFileSync, readdirSync } from 'node:fs';
import { runLoad } from '../load.js';
const sess = JSON.parse(readFileSync('/tmp/sess.json', 'utf8'));
const port = process.env.PORT!;
const serverPid = Number(process.env.SERVER_PID);
const TICK = 100;
function cpuOf(pid: number) { const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' '); return (Number(f[11]) + Number(f[12])) * 1000 / TICK; }
function pgCpu() { let t = 0; for (const d of readdirSync('/proc')) { if (!/^\d+$/.test(d)) continue; try { const s = readFileSync(`/proc/${d}/stat`, 'utf8'); if (s.includes('(postgres)')) t += cpuOf(Number(d)); } catch {} } return t; }
const cases: Array<[string, string[], string]> = [
  ['list_status', ['/api/cases?status=investigation&page=1&pageSize=25'], 'office'],
  ['list_deadline', ['/api/cases?legalContext=poortwachter&deadline=within30'], 'office'],
  ['list_expert', ['/api/cases'], 'expert'],
  ['case_page', sess.ids.map((id: string) => `/api/cases/${id}`), 'office'],
];
const only = process.env.ONLY;
for (const [name, paths, who] of cases) {
  if (only && only !== name) continue;
  const headers = { cookie: `passend_session=${sess[who]}` };
  const conns = Number(process.env.CONNS ?? 10);
  await runLoad({ baseUrl: `http://127.0.0.1:${port}`, paths, headers, connections: conns, durationSeconds: 1 });
  const s0 = cpuOf(serverPid), p0 = pgCpu(), m0 = cpuOf(process.pid), t0 = Date.now();
  const r = await runLoad({ baseUrl: `http://127.0.0.1:${port}`, paths, headers, connections: conns, durationSeconds: Number(process.env.DUR ?? 5) });
  const s1 = cpuOf(serverPid), p1 = pgCpu(), m1 = cpuOf(process.pid), t1 = Date.now();
  const n = r.requests;
  console.log(name, `${r.requestsPerSecond} rps p50 ${r.latencyMs.p50} p95 ${r.latencyMs.p95}`, `CPU/req: server ${((s1 - s0) / n).toFixed(2)} ms, postgres ${((p1 - p0) / n).toFixed(2)} ms, loadgen ${((m1 - m0) / n).toFixed(2)} ms; util server ${((s1 - s0) / (t1 - t0) * 100).toFixed(0)}% pg ${((p1 - p0) / (t1 - t0) * 100).toFixed(0)}% loadgen ${((m1 - m0) / (t1 - t0) * 100).toFixed(0)}%`);
}
