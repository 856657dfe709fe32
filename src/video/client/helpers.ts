// Pure helpers of the call client (issue 4): who is polite in a negotiation, how long to wait before
// reconnecting, what the connection statistics say, and connection quality in words. No browser
// APIs, so they are unit-tested in Node.

/** Perfect negotiation: the participant with the lexicographically smaller id gives way on a collision. */
export function isPolite(me: string, other: string): boolean {
  return me < other;
}

/** Waiting time before reconnect attempt `attempt` (0, 1, 2 …): 1 s, 2 s, 4 s … at most 10 s. */
export function reconnectDelayMs(attempt: number): number {
  return Math.min(1000 * 2 ** Math.max(0, attempt), 10_000);
}

/** One entry of an RTCStatsReport, as far as we read it. */
export interface StatLike {
  id: string;
  type: string;
  [key: string]: unknown;
}

/** The numbers of one peer connection at one moment; cumulative counters as the browser keeps them. */
export interface StatsSummary {
  framesDecoded: number;
  audioPacketsReceived: number;
  packetsReceived: number;
  packetsLost: number;
  /** Round-trip time of the selected candidate pair, in milliseconds. */
  rttMs: number | null;
  localCandidateType: string | null;
  remoteCandidateType: string | null;
}

const num = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) ? value : 0);
const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** Reads received media and the selected candidate pair out of a stats report (`report.values()`). */
export function summariseStats(report: Iterable<StatLike>): StatsSummary {
  const byId = new Map<string, StatLike>();
  for (const stat of report) byId.set(stat.id, stat);
  let framesDecoded = 0;
  let audioPacketsReceived = 0;
  let packetsReceived = 0;
  let packetsLost = 0;
  let pair: StatLike | undefined;
  for (const stat of byId.values()) {
    if (stat.type === 'inbound-rtp') {
      const kind = str(stat.kind) ?? str(stat.mediaType);
      if (kind === 'video') framesDecoded += num(stat.framesDecoded);
      if (kind === 'audio') audioPacketsReceived += num(stat.packetsReceived);
      packetsReceived += num(stat.packetsReceived);
      packetsLost += Math.max(0, num(stat.packetsLost));
    }
    if (stat.type === 'transport' && typeof stat.selectedCandidatePairId === 'string') pair = byId.get(stat.selectedCandidatePairId) ?? pair;
  }
  pair ??= [...byId.values()].find((s) => s.type === 'candidate-pair' && (s.selected === true || (s.nominated === true && s.state === 'succeeded')));
  const rtt = pair && typeof pair.currentRoundTripTime === 'number' ? Math.round(pair.currentRoundTripTime * 1000) : null;
  const local = pair && typeof pair.localCandidateId === 'string' ? byId.get(pair.localCandidateId) : undefined;
  const remote = pair && typeof pair.remoteCandidateId === 'string' ? byId.get(pair.remoteCandidateId) : undefined;
  return {
    framesDecoded, audioPacketsReceived, packetsReceived, packetsLost, rttMs: rtt,
    localCandidateType: str(local?.candidateType), remoteCandidateType: str(remote?.candidateType),
  };
}

/** Packet loss between two summaries, in percent (one decimal); null when nothing arrived in between. */
export function lossPercentBetween(previous: Pick<StatsSummary, 'packetsReceived' | 'packetsLost'> | null, next: Pick<StatsSummary, 'packetsReceived' | 'packetsLost'>): number | null {
  const received = next.packetsReceived - (previous?.packetsReceived ?? 0);
  const lost = next.packetsLost - (previous?.packetsLost ?? 0);
  if (received < 0 || lost < 0 || received + lost === 0) return null;
  return Math.round((lost / (received + lost)) * 1000) / 10;
}

/** The worst of several measurements (highest), ignoring the unknown ones. */
export function worst(values: Array<number | null>): number | null {
  const known = values.filter((v): v is number => v !== null);
  return known.length ? Math.max(...known) : null;
}

/** The type of the selected candidate pair in one word: relay when either side goes through TURN. */
export function candidatePairType(local: string | null, remote: string | null): string | null {
  if (local === null && remote === null) return null;
  if (local === 'relay' || remote === 'relay') return 'relay';
  return local ?? remote;
}

export type QualityLevel = 'good' | 'fair' | 'poor' | 'unknown';

/** Connection quality in words, from round-trip time and packet loss. */
export function qualityLevel(rttMs: number | null, lossPercent: number | null): QualityLevel {
  if (rttMs === null && lossPercent === null) return 'unknown';
  const rtt = rttMs ?? 0;
  const loss = lossPercent ?? 0;
  if (rtt > 400 || loss > 8) return 'poor';
  if (rtt > 150 || loss > 2) return 'fair';
  return 'good';
}

/** `{name}` placeholders filled in; unknown names stay visible so a missing value is noticed. */
export function fill(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The placeholder names in a template, sorted (to compare languages). */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
}

/** The link token from the page address: `/gesprek#<token>` (the fragment never reaches the server). */
export function tokenFromHash(hash: string): string | null {
  const token = hash.replace(/^#/, '').trim();
  return /^[A-Za-z0-9_-]{20,100}$/.test(token) ? token : null;
}

/** `?relay=1` on the page forces relay-only ICE (tests through TURN). */
export function relayOnlyFromSearch(search: string): boolean {
  const value = new URLSearchParams(search).get('relay');
  return value === '1' || value === 'true';
}
