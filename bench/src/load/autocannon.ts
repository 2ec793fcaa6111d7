/**
 * autocannon 9 has no type declarations of its own; this is the part of its programmatic API the benchmark uses,
 * loaded with require so that no ambient `declare module` can clash with another section's.
 */
export interface AutocannonRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Called for every request a connection sends after its first: returns the request to send. */
  setupRequest?: (req: AutocannonRequest, context: Record<string, unknown>) => AutocannonRequest;
  onResponse?: (status: number, body: string, context: Record<string, unknown>) => void;
}

export interface AutocannonOptions {
  url: string;
  connections?: number;
  duration?: number;
  amount?: number;
  timeout?: number;
  pipelining?: number;
  overallRate?: number;
  ignoreCoordinatedOmission?: boolean;
  method?: string;
  headers?: Record<string, string>;
  requests?: AutocannonRequest[];
}

export interface AutocannonLatency {
  average: number;
  mean: number;
  max: number;
  p50: number;
  p90: number;
  p97_5: number;
  p99: number;
  p99_9: number;
  totalCount: number;
}

export interface AutocannonResult {
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  '2xx': number;
  statusCodeStats: Record<string, { count: number }>;
  latency: AutocannonLatency;
  requests: { average: number; total: number; sent: number };
}

// eslint-disable-next-line @typescript-eslint/no-require-imports -- autocannon is CommonJS without types; its API is typed above
const autocannonFn = require('autocannon') as (opts: AutocannonOptions) => PromiseLike<AutocannonResult>;

export function autocannon(opts: AutocannonOptions): Promise<AutocannonResult> {
  return Promise.resolve(autocannonFn(opts));
}

/** What one closed-loop run measured, in the terms the sections report. */
export interface ClosedLoopFigures {
  /** Answered with `expected` per second of the run. */
  perSecond: number;
  /** How long the run lasted, in seconds. */
  seconds: number;
  ok: number;
  /** Requests that did not end in `expected`: other statuses, connection errors and timeouts. */
  failed: number;
  statuses: Record<string, number>;
  p50Ms: number;
  p99Ms: number;
}

export function closedLoopFigures(r: AutocannonResult, expected = 201): ClosedLoopFigures {
  const statuses = Object.fromEntries(Object.entries(r.statusCodeStats).map(([k, v]) => [k, v.count]));
  const answered = Object.values(statuses).reduce((a, b) => a + b, 0);
  const ok = statuses[String(expected)] ?? 0;
  if (r.errors) statuses.errors = r.errors;
  return {
    perSecond: ok / r.duration,
    seconds: r.duration,
    ok,
    failed: answered - ok + r.errors,
    statuses,
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
  };
}
