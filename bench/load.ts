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

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  const statusCodes: Record<string, number> = {};
  let bytes = 0;
  let next = 0;
  const paths = options.paths;
  let instance!: autocannon.Instance;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon({
      url: options.baseUrl,
      connections: options.connections,
      pipelining: 1,
      duration: options.durationSeconds,
      headers: options.headers,
      timeout: 30,
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
