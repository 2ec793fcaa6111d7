/**
 * Intake write path under load, against a raw baseline measured in the same run.
 *
 * Target (issue): intake ≥ 0.5× the raw baseline's rate, and p99 < 50 ms at 70% of intake's own maximum rate.
 *
 * - Raw baseline: a bare node:http server with a pg Pool of the size the service uses (DATABASE_POOL_SIZE), doing
 *   one INSERT into an aanmeldingen-shaped table and one INSERT into an outbox-shaped table in one transaction per
 *   POST, in a database of its own on the same PostgreSQL (bench/src/intake/raw-baseline-server.ts), as a separate
 *   process like the service.
 * - Nest floor: NestJS on Fastify with one controller doing the raw baseline's write and nothing else (no guards,
 *   validation, interceptors, logging; bench/src/intake/nest-floor-server.ts), on a database of its own: what the
 *   framework alone costs, so the nearest intake can come to the raw baseline (`nestFloorRatioToRaw`).
 * - Relay floor: a bare server storing the aanmelding with its event in one statement and relaying the event to
 *   JetStream as intake's outbox does (bench/src/intake/relay-floor.ts): what announcing every aanmelding costs the
 *   machine, so the nearest an intake that publishes its events can come to the raw baseline (`relayFloorRatioToRaw`).
 * - Intake: the built service (services/intake/dist) as a separate process, POST /api/v1/aanmeldingen with a
 *   frontoffice token. Every request is a distinct, valid aanmelding with its own BSN (bench/src/load/aanmeldingen.ts),
 *   so every request registers a new inwoner, routes, stores and writes its event, as in real use.
 * - Maximum rate: autocannon, closed loop, the same settings for both (connections, warm-up, duration); the rate is
 *   the number of 201 answers per second (statuses and connection errors are
 *   counted). A run where more than MAX_FAILED_SHARE of the requests fail is not a
 *   measurement: the section fails and names the statuses.
 * - p99 at 70%: an open-loop generator at a steady 70% of intake's measured maximum (bench/src/load/steady.ts
 *   explains why not autocannon's overallRate, which sends in bursts), latency from each request's due moment.
 */
import type { BenchContext, BenchSection, Figure } from '../bench';
import type { ServiceProcess } from '@wiz/platform/testing';
import { Client } from 'pg';
import { AanmeldingGenerator } from '../load/aanmeldingen';
import { stopService } from '../load/stop-service';
import { percentile, round1, steadyLoad } from '../load/steady';
import { machineLoadLine } from '../load/cpu';
import { RawBaseline } from '../intake/raw-baseline';
import { RelayFloor } from '../intake/relay-floor';
import {
  add,
  AANMELDINGEN_PATH as PATH,
  assertValid,
  closedLoopRound,
  CONNECTIONS,
  emptyTotal,
  startIntake,
  Target,
} from '../intake/closed-loop';

export const intakeSection: BenchSection = {
  name: 'intake',
  async run(ctx: BenchContext): Promise<Figure[]> {
    const rounds = ctx.quick ? 1 : 5;
    const roundS = 2; // 10 s of measurement per side in a full run, 2 s in a quick one
    // Each server's warm-up: V8 goes on optimising intake's code for more than 3 s of load (2026-12-07: its CPU per
    // request 0.71 ms after a 3 s warm-up, 0.41-0.48 ms after 15 s); the rates compared are those of running servers.
    const warmupS = ctx.quick ? 1 : 15;
    const steadyS = ctx.quick ? 2 : 10;
    const generator = new AanmeldingGenerator();
    // The pool the service will have: its default unless this environment sets DATABASE_POOL_SIZE for it.
    const poolOverride = process.env.DATABASE_POOL_SIZE ? { DATABASE_POOL_SIZE: process.env.DATABASE_POOL_SIZE } : {};
    const poolSize = (await ctx.run.config('intake', poolOverride)).database.poolSize;

    ctx.log(machineLoadLine());
    ctx.log(
      `raw baseline: node:http + pg (pool ${poolSize}); nest floor: Nest + Fastify, same write; relay floor: node:http + pg + the outbox relayed to JetStream; all measured with autocannon, ${CONNECTIONS} connections, ${rounds} × ${roundS} s each, alternating`,
    );
    const raw = await RawBaseline.start(ctx.run, poolSize);
    let floor: RawBaseline | undefined;
    let relayFloor: RelayFloor | undefined;
    let intake: ServiceProcess | undefined;
    try {
      floor = await RawBaseline.start(ctx.run, poolSize, 'nest-floor');
      relayFloor = await RelayFloor.start(ctx.run, poolSize);
      const started = await startIntake(ctx.run, 'intake');
      intake = started.service;
      const targets: Target[] = [
        {
          label: 'raw',
          url: raw.url,
          headers: {},
          pid: raw.pid,
          database: RawBaseline.database(ctx.run, 'raw'),
          total: emptyTotal(),
        },
        {
          label: 'nest-floor',
          url: floor.url,
          headers: {},
          pid: floor.pid,
          database: RawBaseline.database(ctx.run, 'nest-floor'),
          total: emptyTotal(),
        },
        {
          label: 'relay-floor',
          url: relayFloor.server.url,
          headers: {},
          pid: relayFloor.server.pid,
          database: RawBaseline.database(ctx.run, 'relay-floor'),
          total: emptyTotal(),
        },
        started.target,
      ];
      const closedLoop = (t: Target, durationS: number) => closedLoopRound(t, durationS, generator);

      for (const t of targets) {
        const { result: warm } = await closedLoop(t, warmupS);
        ctx.log(`${t.label}: warm-up ${warm.perSecond.toFixed(0)}/s ${JSON.stringify(warm.statuses)}`);
      }
      // Alternating short rounds instead of one long run each: this machine is shared, and a change in the load
      // of others then falls on both sides alike instead of on one.
      for (let round = 1; round <= rounds; round++) {
        for (const t of targets) {
          const { result: r, cpuMs } = await closedLoop(t, roundS);
          add(t.total, r, cpuMs);
          ctx.log(
            `${t.label} round ${round}: ${r.perSecond.toFixed(0)}/s, p99 ${r.p99Ms} ms, statuses ${JSON.stringify(r.statuses)}, cpu/request: process ${(cpuMs.service / r.ok).toFixed(2)} ms, postgres ${(cpuMs.postgres / r.ok).toFixed(2)} ms`,
          );
        }
      }
      for (const t of targets) assertValid(t.label, t.total.ok, t.total.failed, t.total.statuses);
      const relayed = await relayFloor.assertRelayed();
      ctx.log(`relay floor: all ${relayed} events published`);
      await Promise.all([raw.stop(), floor.stop(), relayFloor.stop()]);
      const [rawTotal, floorTotal, relayTotal, intakeTotal] = targets.map((t) => t.total);
      const rawRate = rawTotal.ok / rawTotal.seconds;
      const floorRate = floorTotal.ok / floorTotal.seconds;
      const relayRate = relayTotal.ok / relayTotal.seconds;
      const intakeRate = intakeTotal.ok / intakeTotal.seconds;
      ctx.log(
        `maximum: raw ${rawRate.toFixed(0)}/s, nest floor ${floorRate.toFixed(0)}/s (ratio ${(floorRate / rawRate).toFixed(2)}), relay floor ${relayRate.toFixed(0)}/s (ratio ${(relayRate / rawRate).toFixed(2)}), intake ${intakeRate.toFixed(0)}/s, ratio ${(intakeRate / rawRate).toFixed(2)}`,
      );

      const steadyRate = Math.max(1, Math.round(intakeRate * 0.7));
      ctx.log(`intake: steady ${steadyRate}/s (70% of its maximum) for ${steadyS} s, open loop`);
      const steady = await steadyLoad({
        url: intake.url,
        path: PATH,
        ratePerSecond: steadyRate,
        durationMs: steadyS * 1000,
        connections: CONNECTIONS,
        headers: { ...started.target.headers, 'content-type': 'application/json' },
        body: () => JSON.stringify(generator.next()),
      });
      const p50 = percentile(steady.latenciesMs, 50);
      const p99 = percentile(steady.latenciesMs, 99);
      ctx.log(
        `intake: steady ${steady.ok}/${steady.sent} ok in ${(steady.elapsedMs / 1000).toFixed(1)} s, p50 ${round1(p50)} ms, p99 ${round1(p99)} ms, ` +
          `max ${round1(steady.latenciesMs.at(-1) ?? NaN)} ms, generator lag max ${round1(steady.maxSendLagMs)} ms, statuses ${JSON.stringify(steady.statuses)}`,
      );
      assertValid(
        'intake steady',
        steady.statuses['201'] ?? 0,
        steady.sent - (steady.statuses['201'] ?? 0),
        steady.statuses,
      );
      ctx.log(
        `intake: ${await countRows(ctx.run.databaseUrl('intake'))} aanmeldingen stored in all; ${machineLoadLine()}`,
      );

      const ratio = intakeRate / rawRate;
      const judged = !ctx.quick;
      return [
        { key: 'rawPerSecond', value: Math.round(rawRate), unit: 'req/s' },
        { key: 'nestFloorPerSecond', value: Math.round(floorRate), unit: 'req/s' },
        { key: 'nestFloorRatioToRaw', value: Math.round((floorRate / rawRate) * 100) / 100, unit: '×' },
        { key: 'relayFloorPerSecond', value: Math.round(relayRate), unit: 'req/s' },
        { key: 'relayFloorRatioToRaw', value: Math.round((relayRate / rawRate) * 100) / 100, unit: '×' },
        { key: 'perSecond', value: Math.round(intakeRate), unit: 'req/s' },
        {
          key: 'ratioToRaw',
          value: Math.round(ratio * 100) / 100,
          unit: '×',
          ...(judged ? { target: { text: '≥ 0.5× raw', met: ratio >= 0.5 } } : {}),
        },
        { key: 'steadyPerSecond', value: steadyRate, unit: 'req/s' },
        { key: 'p50Ms', value: round1(p50), unit: 'ms' },
        {
          key: 'p99Ms',
          value: round1(p99),
          unit: 'ms',
          ...(judged ? { target: { text: '< 50 ms at 70% of max', met: p99 < 50 } } : {}),
        },
        { key: 'p99MsAtMax', value: round1(intakeTotal.p99MsWorst), unit: 'ms' },
        { key: 'rawCpuMsPerRequest', value: round2(rawTotal.cpuMs.service / rawTotal.ok), unit: 'ms' },
        { key: 'nestFloorCpuMsPerRequest', value: round2(floorTotal.cpuMs.service / floorTotal.ok), unit: 'ms' },
        { key: 'relayFloorCpuMsPerRequest', value: round2(relayTotal.cpuMs.service / relayTotal.ok), unit: 'ms' },
        { key: 'cpuMsPerRequest', value: round2(intakeTotal.cpuMs.service / intakeTotal.ok), unit: 'ms' },
        { key: 'rawPostgresCpuMsPerRequest', value: round2(rawTotal.cpuMs.postgres / rawTotal.ok), unit: 'ms' },
        {
          key: 'relayFloorPostgresCpuMsPerRequest',
          value: round2(relayTotal.cpuMs.postgres / relayTotal.ok),
          unit: 'ms',
        },
        { key: 'postgresCpuMsPerRequest', value: round2(intakeTotal.cpuMs.postgres / intakeTotal.ok), unit: 'ms' },
      ];
    } finally {
      await raw.stop();
      await floor?.stop();
      await relayFloor?.stop();
      if (intake) await stopService(intake, ctx);
    }
  },
};

const round2 = (x: number) => Math.round(x * 100) / 100;

async function countRows(databaseUrl: string): Promise<number> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM aanmeldingen');
    return rows[0].n;
  } finally {
    await client.end();
  }
}
