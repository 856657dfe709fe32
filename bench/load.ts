// Load generation: autocannon with a fixed number of connections for a fixed time. Latency
// percentiles are exact: every response time is collected (autocannon's own summary has p97.5 and
// p99 but no p95).
import autocannon from 'autocannon';

export interface LoadOptions {
  baseUrl: string;
  /** One path, or several requested in rotation across all connections. */
  paths: readonly string[];
  headers?: Record<string, string>;
  connections: number;
  durationSeconds: number;
}

export interface LoadResult {
  requests: number;
  durationSeconds: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number; mean: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodes: Record<string, number>;
  bytesPerRequest: number;
}

/** Exact percentile (nearest rank) of ascending `sorted`. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

/** The settings every load in this file shares: one request at a time per connection, a fixed period. */
function autocannonBase(options: { baseUrl: string; connections: number; durationSeconds: number; headers?: Record<string, string> }) {
  return { url: options.baseUrl, connections: options.connections, pipelining: 1, duration: options.durationSeconds, headers: options.headers, timeout: 30 };
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  const statusCodes: Record<string, number> = {};
  let bytes = 0;
  let next = 0;
  const paths = options.paths;
  let instance!: autocannon.Instance;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon({
      ...autocannonBase(options),
      // Always a fresh path from the shared rotation, so concurrent connections ask for different cases.
      requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length]! }) }],
    }, (error: unknown, result: autocannon.Result) => (error ? reject(error) : resolve(result)));
  });
  instance.on('response', (_client, statusCode, resBytes, responseTime) => {
    latencies.push(responseTime);
    statusCodes[statusCode] = (statusCodes[statusCode] ?? 0) + 1;
    bytes += resBytes;
  });
  const result = await done;
  latencies.sort((a, b) => a - b);
  const mean = latencies.reduce((sum, v) => sum + v, 0) / Math.max(1, latencies.length);
  const round = (v: number) => Math.round(v * 100) / 100;
  return {
    requests: latencies.length,
    durationSeconds: result.duration,
    requestsPerSecond: round(latencies.length / result.duration),
    latencyMs: {
      p50: round(percentile(latencies, 50)), p95: round(percentile(latencies, 95)), p99: round(percentile(latencies, 99)),
      max: round(latencies[latencies.length - 1] ?? Number.NaN), mean: round(mean),
    },
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    statusCodes,
    bytesPerRequest: Math.round(bytes / Math.max(1, latencies.length)),
  };
}

// ---- sequences: a page that makes several calls in turn ------------------------------------------
export interface SequenceStep {
  name: string;
  method: 'GET' | 'POST';
  /** Builds this step's request; `context` is shared by the steps of one sequence (one per connection, fresh per sequence). */
  setup(context: Record<string, unknown>): { path: string; body?: string; headers?: Record<string, string> };
}

export interface SequenceOptions {
  baseUrl: string;
  steps: readonly SequenceStep[];
  headers?: Record<string, string>;
  connections: number;
  durationSeconds: number;
}

export interface LatencyStats { count: number; p50: number; p95: number; p99: number; max: number; mean: number }

export interface SequenceResult {
  /** All responses, every step. */
  requests: number;
  durationSeconds: number;
  requestsPerSecond: number;
  /** Sequences whose every step answered. */
  sequences: number;
  sequencesPerSecond: number;
  /** Per step: its responses' latencies, status codes and failures. */
  steps: Record<string, { latencyMs: LatencyStats; requestsPerSecond: number; non2xx: number; statusCodes: Record<string, number>; bytesPerRequest: number }>;
  /** One sequence: the sum of its steps' response times (the calls are made one after the other). */
  sequenceLatencyMs: LatencyStats;
  errors: number;
  timeouts: number;
  non2xx: number;
}

function latencyStats(values: number[]): LatencyStats {
  values.sort((a, b) => a - b);
  const round = (v: number) => Math.round(v * 100) / 100;
  return {
    count: values.length,
    p50: round(percentile(values, 50)), p95: round(percentile(values, 95)), p99: round(percentile(values, 99)),
    max: round(values[values.length - 1] ?? Number.NaN), mean: round(values.reduce((sum, v) => sum + v, 0) / Math.max(1, values.length)),
  };
}

/**
 * Every connection runs the steps in order, again and again (pipelining 1: each call waits for the
 * previous answer, as a page does). Each step's latencies are kept apart, and per sequence their sum.
 */
export async function runSequenceLoad(options: SequenceOptions): Promise<SequenceResult> {
  const steps = options.steps;
  const perStep = steps.map(() => ({ latencies: [] as number[], statusCodes: {} as Record<string, number>, non2xx: 0, bytes: 0 }));
  const sequenceLatencies: number[] = [];
  // autocannon calls a request's onResponse (with the sequence's context) synchronously right before it
  // emits 'response' (with the response time): that pairs the two without guessing.
  let answered: { step: number; context: Record<string, unknown> } | null = null;
  let instance!: autocannon.Instance;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon({
      ...autocannonBase(options),
      requests: steps.map((step, index) => ({
        method: step.method,
        setupRequest: (request: any, context: Record<string, unknown>) => {
          const built = step.setup(context);
          return { ...request, method: step.method, path: built.path, body: built.body ?? '', headers: { ...request.headers, ...built.headers } };
        },
        onResponse: (_status: number, _body: string, context: Record<string, unknown>) => { answered = { step: index, context }; },
      })) as any,
    }, (error: unknown, result: autocannon.Result) => (error ? reject(error) : resolve(result)));
  });
  instance.on('response', (_client, statusCode, resBytes, responseTime) => {
    const which = answered;
    answered = null;
    if (!which) return;
    const s = perStep[which.step]!;
    s.latencies.push(responseTime);
    s.statusCodes[statusCode] = (s.statusCodes[statusCode] ?? 0) + 1;
    if (statusCode < 200 || statusCode >= 300) s.non2xx += 1;
    s.bytes += resBytes;
    const times = ((which.context.__times as number[] | undefined) ??= []);
    times[which.step] = responseTime;
    if (which.step === steps.length - 1 && steps.every((_, k) => typeof times[k] === 'number')) {
      sequenceLatencies.push(times.reduce((sum, t) => sum + t, 0));
    }
  });
  const result = await done;
  const requests = perStep.reduce((sum, s) => sum + s.latencies.length, 0);
  const round = (v: number) => Math.round(v * 100) / 100;
  return {
    requests,
    durationSeconds: result.duration,
    requestsPerSecond: round(requests / result.duration),
    sequences: sequenceLatencies.length,
    sequencesPerSecond: round(sequenceLatencies.length / result.duration),
    steps: Object.fromEntries(steps.map((step, i) => {
      const s = perStep[i]!;
      return [step.name, {
        latencyMs: latencyStats(s.latencies), requestsPerSecond: round(s.latencies.length / result.duration), non2xx: s.non2xx,
        statusCodes: s.statusCodes, bytesPerRequest: Math.round(s.bytes / Math.max(1, s.latencies.length)),
      }];
    })),
    sequenceLatencyMs: latencyStats(sequenceLatencies),
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  };
}
