/**
 * Dashboard live updates: how long after a monitor counter commits does a browser's dashboard hear of it?
 *
 * The built intake and trajecten run as processes, the portaal server in this process in front of them, as
 * `npm start` arranges it. One client reads the dashboard's server-sent events through the portaal
 * (GET /api/trajecten/monitor/gebeurtenissen), as the browser does. The raw baseline, in the same run: a plain
 * PostgreSQL client LISTENing on trajecten's database to the same NOTIFY that trajecten's stream listens to.
 *
 * Each sample is one aanmelding at intake: its traject starts in trajecten (outbox → NATS → consumer), whose
 * counter commit NOTIFYs. Figures: from the NOTIFY reaching the raw listener to the event reaching the dashboard
 * client (what the live path adds: trajecten's LISTEN, Nest's SSE, the proxy), and from intake's 201 to the
 * dashboard (the whole way). Samples are spaced beyond the stream's one-event-a-second throttle, so every sample
 * is a leading (unthrottled) event.
 */
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { createParser } from 'eventsource-parser';
import { startServices, workspaceRoot } from '@wiz/platform/testing';
import type { BenchContext, BenchSection, Figure } from '../bench';
import { AanmeldingGenerator } from '../load/aanmeldingen';
import { percentile, round1 } from '../load/steady';
import { buildPortaalServer } from '../../../apps/portaal/server/app';
import { loadPortaalConfig } from '../../../apps/portaal/server/config';

const SPACING_MS = 1_300;

/** Resolves with the time of the next call to `hit`, or rejects after `ms`. */
function nextHit(ms: number): { promise: Promise<number>; hit(): void } {
  let hit!: () => void;
  const promise = new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`nothing within ${ms} ms`)), ms);
    hit = () => {
      clearTimeout(timer);
      resolve(performance.now());
    };
  });
  return { promise, hit };
}

export const dashboardSection: BenchSection = {
  name: 'dashboard',
  async run(ctx: BenchContext): Promise<Figure[]> {
    const samples = ctx.quick ? 5 : 40;
    const services = await startServices(ctx.run, ['intake', 'trajecten'], { LOG_LEVEL: 'warn' });
    const url = (name: string) => services.find((s) => s.name === name)!.url;
    const portaal = await buildPortaalServer({
      // The run's token settings (the portaal verifies tokens before it proxies); no login is used here.
      config: loadPortaalConfig({
        ...ctx.run.env,
        HOST: '127.0.0.1',
        PORTAAL_PORT: '0',
        PORTAAL_DEV_LOGIN: 'true',
        INTAKE_URL: url('intake'),
        TRAJECTEN_URL: url('trajecten'),
      }),
      clientDir: path.join(workspaceRoot(), 'apps/portaal/dist/client'),
    });
    await portaal.listen({ host: '127.0.0.1', port: 0 });
    const portaalUrl = `http://127.0.0.1:${(portaal.server.address() as { port: number }).port}`;
    const raw = new Client({ connectionString: ctx.run.databaseUrl('trajecten') });
    const stream = new AbortController();
    const idle = { promise: Promise.resolve(0), hit: () => undefined };
    let rawWait: ReturnType<typeof nextHit> = idle;
    let sseWait: ReturnType<typeof nextHit> = idle;
    try {
      await raw.connect();
      await raw.query('LISTEN wiz_monitor');
      raw.on('notification', () => rawWait.hit());
      const token = await ctx.run.token({ role: 'monitor', organisatie: 'WIZ' });
      const response = await fetch(`${portaalUrl}/api/trajecten/monitor/gebeurtenissen`, {
        headers: { Authorization: `Bearer ${token}` },
        signal: stream.signal,
      });
      const parser = createParser({ onEvent: (e) => e.event === 'monitor-bijgewerkt' && sseWait.hit() });
      const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
      void (async () => {
        for (let r = await reader.read(); !r.done; r = await reader.read()) parser.feed(r.value);
      })().catch(() => undefined);

      const frontoffice = await ctx.run.token({ role: 'frontoffice', organisatie: 'GM0014' });
      const people = new AanmeldingGenerator();
      const added: number[] = [];
      const whole: number[] = [];
      for (let i = 0; i < samples; i++) {
        rawWait = nextHit(15_000);
        sseWait = nextHit(15_000);
        const res = await fetch(`${url('intake')}/api/v1/aanmeldingen`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${frontoffice}`, 'Content-Type': 'application/json' },
          body: JSON.stringify(people.next()),
        });
        const accepted = performance.now();
        if (res.status !== 201) throw new Error(`aanmelding answered ${res.status}: ${await res.text()}`);
        const [atRaw, atDashboard] = await Promise.all([rawWait.promise, sseWait.promise]);
        added.push(atDashboard - atRaw);
        whole.push(atDashboard - accepted);
        await new Promise((r) => setTimeout(r, SPACING_MS));
      }
      const p = (xs: number[], q: number) =>
        round1(
          percentile(
            [...xs].sort((a, b) => a - b),
            q,
          ),
        );
      ctx.log(
        `${samples} samples: NOTIFY → dashboard p50 ${p(added, 50)} ms, p99 ${p(added, 99)} ms; intake 201 → dashboard p50 ${p(whole, 50)} ms, p99 ${p(whole, 99)} ms`,
      );
      return [
        { key: 'samples', value: samples, unit: 'aanmeldingen' },
        { key: 'notifyToDashboardP50Ms', value: p(added, 50), unit: 'ms' },
        { key: 'notifyToDashboardP99Ms', value: p(added, 99), unit: 'ms' },
        { key: 'aanmeldingToDashboardP50Ms', value: p(whole, 50), unit: 'ms' },
        { key: 'aanmeldingToDashboardP99Ms', value: p(whole, 99), unit: 'ms' },
      ];
    } finally {
      stream.abort();
      await raw.end().catch(() => undefined);
      await portaal.close();
      await Promise.all(services.map((s) => s.stop()));
    }
  },
};
