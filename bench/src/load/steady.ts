import * as http from 'node:http';
import { performance } from 'node:perf_hooks';

/**
 * An open-loop load generator: request i is due at start + i / rate, whether or not earlier ones have been
 * answered (as a steady stream of clients would send them), over a pool of keep-alive connections. Latency is
 * measured from the moment a request was *due*, so time it spent waiting for a free connection or behind a slow
 * generator counts too (no coordinated omission).
 *
 * Why not autocannon's `overallRate` for fixed-rate runs: autocannon 9 gives each connection a quota of requests
 * per one-second window, and every connection spends its quota back to back from the start of the window; so
 * "70% of the maximum" is really full speed for ~0.7 s and silence for ~0.3 s, and the latencies are those of a
 * saturated service. Its coordinated-omission correction also uses an expected interval of ceil(1 / rate)
 * milliseconds (= 1 ms for any rate), which adds a phantom sample per millisecond of every response.
 */
export interface SteadyOptions {
  /** Origin, e.g. http://127.0.0.1:3001 */
  url: string;
  path: string;
  method?: string;
  ratePerSecond: number;
  durationMs: number;
  /** Keep-alive connections; requests due while all are busy wait for one (and that wait is in their latency). */
  connections: number;
  headers?: Record<string, string>;
  body?: (i: number) => string;
  /** Called with every answer; `dueAt` and `doneAt` are performance.now() values. */
  onResponse?: (i: number, status: number, body: string, dueAt: number, doneAt: number) => void;
  timeoutMs?: number;
}

export interface SteadyResult {
  sent: number;
  ok: number;
  failed: number;
  statuses: Record<string, number>;
  /** Latencies of the 2xx answers, from due to last byte, in ms, sorted. */
  latenciesMs: number[];
  /** How long the run took from the first due moment to the last answer. */
  elapsedMs: number;
  /** The largest delay between a request's due moment and its send: the generator itself falling behind. */
  maxSendLagMs: number;
}

export async function steadyLoad(o: SteadyOptions): Promise<SteadyResult> {
  const target = new URL(o.url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: o.connections, maxFreeSockets: o.connections });
  const total = Math.max(1, Math.round((o.ratePerSecond * o.durationMs) / 1000));
  const intervalMs = 1000 / o.ratePerSecond;
  const statuses: Record<string, number> = {};
  const latencies: number[] = [];
  let ok = 0;
  let failed = 0;
  let maxSendLagMs = 0;
  let outstanding = 0;
  let next = 0;
  let finish!: () => void;
  const finished = new Promise<void>((resolve) => (finish = resolve));
  const start = performance.now() + 5;

  const count = (key: string) => (statuses[key] = (statuses[key] ?? 0) + 1);
  const settle = () => {
    outstanding -= 1;
    if (outstanding === 0 && next >= total) finish();
  };

  const send = (i: number) => {
    const dueAt = start + i * intervalMs;
    maxSendLagMs = Math.max(maxSendLagMs, performance.now() - dueAt);
    const body = o.body ? Buffer.from(o.body(i)) : undefined;
    const headers: Record<string, string> = { ...o.headers };
    if (body) {
      headers['content-type'] ??= 'application/json';
      headers['content-length'] = String(body.length);
    }
    outstanding += 1;
    let settled = false;
    const once = (f: () => void) => {
      if (settled) return;
      settled = true;
      try {
        f();
      } finally {
        settle();
      }
    };
    const req = http.request(
      {
        agent,
        host: target.hostname,
        port: target.port,
        path: o.path,
        method: o.method ?? (body ? 'POST' : 'GET'),
        headers,
        timeout: o.timeoutMs ?? 10_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          once(() => {
            const doneAt = performance.now();
            const status = res.statusCode ?? 0;
            count(String(status));
            if (status >= 200 && status < 300) {
              ok += 1;
              latencies.push(doneAt - dueAt);
            } else {
              failed += 1;
            }
            o.onResponse?.(i, status, Buffer.concat(chunks).toString('utf8'), dueAt, doneAt);
          });
        });
        res.on('error', () => undefined);
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', (err) => {
      once(() => {
        count(err.message === 'timeout' ? 'timeout' : 'error');
        failed += 1;
      });
    });
    req.end(body);
  };

  const tick = () => {
    const now = performance.now();
    while (next < total && start + next * intervalMs <= now) send(next++);
    if (next < total) setTimeout(tick, Math.max(0, start + next * intervalMs - performance.now()));
    else if (outstanding === 0) finish();
  };
  setTimeout(tick, 5);
  await finished;
  const elapsedMs = performance.now() - start;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { sent: total, ok, failed, statuses, latenciesMs: latencies, elapsedMs, maxSendLagMs };
}

/** Nearest-rank percentile of sorted values (p in 0..100); NaN for none. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export const round1 = (x: number) => Math.round(x * 10) / 10;
