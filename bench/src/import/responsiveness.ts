import { performance } from 'node:perf_hooks';

export interface Responsiviteit {
  /** The longest event-loop delay the service saw, in ms. */
  eventLoopMaxMs: number;
  scrapes: number;
  /** Latencies of the readiness probes answered 200, sorted, in ms. */
  readyMs: number[];
  /** Readiness probes answered otherwise (not ready while busy). */
  readyFouten: number;
}

/**
 * How responsive a service stays while it works, seen two ways until stopped:
 * - from inside: prom-client's `nodejs_eventloop_lag_max_seconds` on /metrics, the longest event-loop delay since
 *   the previous scrape (prom-client resets its histogram on every scrape), scraped every second;
 * - from outside: the latency of GET /health/ready, every 100 ms, as a load balancer's probe sees it.
 */
export async function volgResponsiviteit(baseUrl: string): Promise<{ stop(): Promise<Responsiviteit> }> {
  let actief = true;
  let eventLoopMaxMs = 0;
  let scrapes = 0;
  let readyFouten = 0;
  const readyMs: number[] = [];
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  const scrape = async () => {
    const tekst = await (await fetch(`${baseUrl}/metrics`)).text();
    const m = /^nodejs_eventloop_lag_max_seconds(?:\{[^}]*\})? ([0-9.e+-]+)$/m.exec(tekst);
    if (!m) throw new Error('no nodejs_eventloop_lag_max_seconds on /metrics');
    scrapes++;
    return Number(m[1]) * 1000;
  };
  await scrape(); // resets the histogram: what follows is measured from here
  // A loop that fails stops and keeps its error for stop(), so nothing is left as an unhandled rejection.
  const fout: unknown[] = [];
  const metrics = (async () => {
    while (actief) {
      await sleep(1_000);
      eventLoopMaxMs = Math.max(eventLoopMaxMs, await scrape());
    }
  })().catch((err) => fout.push(err));
  const probe = (async () => {
    while (actief) {
      const t = performance.now();
      const res = await fetch(`${baseUrl}/health/ready`);
      await res.arrayBuffer();
      if (res.ok) readyMs.push(performance.now() - t);
      else readyFouten++;
      await sleep(100);
    }
  })().catch((err) => fout.push(err));
  return {
    async stop() {
      actief = false;
      await Promise.all([metrics, probe]);
      if (fout.length) throw fout[0];
      eventLoopMaxMs = Math.max(eventLoopMaxMs, await scrape());
      return { eventLoopMaxMs, scrapes, readyMs: readyMs.sort((a, b) => a - b), readyFouten };
    },
  };
}
