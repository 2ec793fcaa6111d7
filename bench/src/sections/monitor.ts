/**
 * The 20.000 monitor at programme scale.
 *
 * Target (issue): with 1,000,000 trajecten and 5,000,000 step events, p95 of GET /api/v1/monitor < 50 ms.
 *
 * - The built trajecten service runs as a separate process (its migrations create the schema). Its database is then
 *   filled directly with SQL (bench/src/monitor/seed-trajecten.ts): trajecten and their step history spread from
 *   2022 until now over 30 gemeenten and the five steps, and the monitor read model derived from those rows with
 *   GROUP BY, so the tables look as if the service had processed all of it. ANALYZE (VACUUM) afterwards.
 * - Latency: one sequential keep-alive client over a fixed mix of dashboard questions (whole programme, year,
 *   quarter, month, any period with edge days; half of them for one gemeente), after a warm-up; p50/p95 per request
 *   as the client sees it.
 * - Correctness: four answers are compared with counts taken straight from the history (trajecten +
 *   stap_overgangen), not from the read model; any difference fails the section.
 */
import * as os from 'node:os';
import type { BenchContext, BenchSection, Figure } from '../bench';
import { startServices } from '@wiz/platform/testing';
import { seedTrajecten } from '../monitor/seed-trajecten';
import {
  HistorischeTelling,
  meetSequentieel,
  MonitorVraag,
  queryString,
  vraagMonitor,
  vragenMix,
} from '../monitor/monitor-queries';

const P95_TARGET_MS = 50;

export const monitorSection: BenchSection = {
  name: 'monitor',
  async run(ctx: BenchContext): Promise<Figure[]> {
    const size = ctx.quick
      ? { trajecten: 10_000, stapEvents: 50_000, warmup: 30, requests: 300 }
      : { trajecten: 1_000_000, stapEvents: 5_000_000, warmup: 100, requests: 2_000 };
    const van = new Date('2022-01-01T00:00:00Z');
    const tot = new Date();
    const [trajecten] = await startServices(ctx.run, ['trajecten'], {
      LOG_LEVEL: 'warn', // the measurement is the query, not the shipping of a log line per request
      RATE_LIMIT_PER_MINUTE: '1000000', // one client asking as fast as it can is not abuse here
    });
    try {
      ctx.log(
        `seeding ${size.trajecten.toLocaleString('en')} trajecten, ${size.stapEvents.toLocaleString('en')} step changes (${van.toISOString().slice(0, 10)} … now)`,
      );
      const seeded = await seedTrajecten(ctx.run.databaseUrl('trajecten'), {
        ...size,
        van,
        tot,
        afsluiten: true,
        log: ctx.log,
      });
      ctx.log(
        `seeded in ${seeded.seconds.toFixed(1)} s: ${seeded.trajecten} trajecten, ${seeded.stapEvents} step changes, ${seeded.inwonersVooruit} inwoners een stap vooruit, ${seeded.dagtellingen} daily and ${seeded.maandtellingen} monthly counter rows`,
      );

      const token = await ctx.run.token({ role: 'monitor', organisatie: 'WIZ' });
      await meetSequentieel(trajecten.url, token, vragenMix(size.warmup, van, tot, 1));
      const lat = await meetSequentieel(trajecten.url, token, vragenMix(size.requests, van, tot));
      ctx.log(
        `GET /monitor × ${lat.n} sequential (machine load ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores): p50 ${lat.p50.toFixed(1)} ms, p95 ${lat.p95.toFixed(1)} ms, p99 ${lat.p99.toFixed(1)} ms, max ${lat.max.toFixed(1)} ms, ${lat.perSecond.toFixed(0)}/s`,
      );
      for (const [soort, s] of Object.entries(lat.perSoort))
        ctx.log(
          `  ${soort.padEnd(20)} n=${String(s.n).padStart(4)} p50 ${s.p50.toFixed(1)} ms p95 ${s.p95.toFixed(1)} ms`,
        );

      await controleer(ctx, trajecten.url, token, ctx.run.databaseUrl('trajecten'), seeded);

      return [
        { key: 'trajecten', value: seeded.trajecten, unit: 'trajecten' },
        { key: 'stapEvents', value: seeded.stapEvents, unit: 'step events' },
        { key: 'seedSeconds', value: round1(seeded.seconds), unit: 's' },
        { key: 'p50Ms', value: round1(lat.p50), unit: 'ms' },
        {
          key: 'p95Ms',
          value: round1(lat.p95),
          unit: 'ms',
          target: { text: `< ${P95_TARGET_MS} ms`, met: lat.p95 < P95_TARGET_MS },
        },
      ];
    } finally {
      await trajecten.stop();
    }
  },
};

/** The monitor's answers must be the history's numbers: four questions checked against direct SQL counts. */
async function controleer(
  ctx: BenchContext,
  url: string,
  token: string,
  databaseUrl: string,
  seeded: { trajecten: number },
): Promise<void> {
  const vorigJaar = new Date().getUTCFullYear() - 1;
  const vragen: MonitorVraag[] = [
    { soort: 'geheel' },
    { soort: 'jaar', van: `${vorigJaar}-01-01`, tot: `${vorigJaar}-12-31`, gemeentecode: 'GM0014' },
    { soort: 'periode', van: '2023-03-17', tot: `${vorigJaar}-08-09` },
    { soort: 'maand', van: `${vorigJaar}-02-01`, tot: `${vorigJaar}-02-28`, gemeentecode: 'GM1952' },
  ];
  const historie = await HistorischeTelling.open(databaseUrl);
  try {
    for (const v of vragen) {
      const kreeg = await vraagMonitor(url, token, v);
      const verwacht = await historie.verwacht(v);
      const fouten: string[] = [];
      const vergelijk = (veld: string, a: number, b: number) =>
        a !== b && fouten.push(`${veld}: monitor ${a}, history ${b}`);
      vergelijk('inwonersEenStapVooruit', kreeg.inwonersEenStapVooruit, verwacht.inwonersEenStapVooruit);
      vergelijk('gestarteTrajecten', kreeg.gestarteTrajecten, verwacht.gestarteTrajecten);
      for (const [stap, n] of Object.entries(verwacht.perStap)) vergelijk(`perStap.${stap}`, kreeg.perStap[stap], n);
      vergelijk(
        'sum perMaand.inwonersEenStapVooruit',
        kreeg.perMaand.reduce((s, m) => s + m.inwonersEenStapVooruit, 0),
        verwacht.inwonersEenStapVooruit,
      );
      for (const veld of ['kansrijkOpleiden', 'plaatsingen', 'duurzamePlaatsingen'] as const)
        vergelijk(veld, kreeg[veld], 0); // not seeded
      if (v.soort === 'geheel') vergelijk('gestarteTrajecten (all)', kreeg.gestarteTrajecten, seeded.trajecten);
      if (fouten.length)
        throw new Error(`GET /api/v1/monitor${queryString(v)} disagrees with the history: ${fouten.join('; ')}`);
      ctx.log(
        `checked /monitor${queryString(v)} against the history: ${kreeg.inwonersEenStapVooruit} inwoners vooruit, ${kreeg.gestarteTrajecten} gestart, perStap ${JSON.stringify(kreeg.perStap)}`,
      );
    }
  } finally {
    await historie.close();
  }
}

const round1 = (x: number) => Math.round(x * 10) / 10;
