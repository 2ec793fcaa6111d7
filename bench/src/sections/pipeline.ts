/**
 * Pipeline: aanmelding → traject readable, at a steady 200/s (issue target: p99 < 100 ms).
 *
 * The built intake and trajecten run as separate processes. An open-loop generator (bench/src/load/steady.ts)
 * POSTs distinct, valid aanmeldingen to intake at a steady rate; each answer's aanmelding id is handed to a watcher
 * that looks for the traject of that aanmelding in trajecten's own table (bench/src/pipeline/traject-watcher.ts).
 * The latency of one aanmelding is from the moment its POST was due until the watcher first saw its traject, both
 * on this process's clock.
 *
 * Why the table and not GET /api/v1/trajecten?inwonerId=: "readable" is the commit of the traject row; from then
 * on every reader sees it, and the API reads the same table. Polling the API for every aanmelding every few ms
 * would put hundreds of authenticated HTTP requests a second on trajecten, more than the pipeline itself, and
 * measure that load. The watcher instead asks every 5 ms, in one indexed query, for the oldest aanmeldingen still
 * waiting (a bounded window, so its cost does not grow with a backlog; a sweep of all of them every 500 ms catches
 * one that overtook the window); it is late by one interval plus one query, so the figures are upper bounds. Its own PostgreSQL backend is left
 * out of the CPU figures. The API is then checked for a sample of the inwoners, so the figures are about trajecten
 * the API really serves.
 *
 * Trajecten that are late are waited for as long as they keep coming (a pipeline that falls behind gets its real,
 * long latencies, not a timeout); one that never comes fails the section.
 *
 * A full run first measures 10 s at half the rate (figure halfRateP99Ms, no target), to show the pipeline's latency
 * when it is not at its limit.
 *
 * The raw floor, afterwards in the same run (bench/src/pipeline/raw-pipeline.ts): one bare process per service doing
 * the pipeline's writes and events with the same clients and nothing else, measured the same way
 * (`rawCpuMsPerAanmelding`, and the services' CPU over it, `cpuRatioToRaw`).
 *
 * After the run, the timestamps the services write anyway (intake's outbox created_at and sent_at, trajecten's
 * inbox applied_at) split the latency into stages (bench/src/pipeline/stages.ts), to show what dominates.
 */
import { performance } from 'node:perf_hooks';
import type { BenchContext, BenchSection, Figure } from '../bench';
import { startServices, ServiceProcess } from '@wiz/platform/testing';
import { AanmeldingGenerator } from '../load/aanmeldingen';
import { stopService } from '../load/stop-service';
import { cpuOver, machineLoadLine, postgresSource, processSource } from '../load/cpu';
import { percentile, round1, steadyLoad, SteadyResult } from '../load/steady';
import { TrajectWatcher } from '../pipeline/traject-watcher';
import { Sample, stages } from '../pipeline/stages';
import { rawPipeline } from '../pipeline/raw-pipeline';

const PATH = '/api/v1/aanmeldingen';
const CONNECTIONS = 32;
const MAX_FAILED_SHARE = 0.02;
const API_SAMPLE = 20;

interface Sent {
  aanmeldingId: string;
  inwonerId: string;
  dueAt: number;
  postMs: number;
}

export const pipelineSection: BenchSection = {
  name: 'pipeline',
  async run(ctx: BenchContext): Promise<Figure[]> {
    const rate = ctx.quick ? 50 : 200;
    const durationS = ctx.quick ? 3 : 30;
    const warmupS = ctx.quick ? 1 : 3;
    const generator = new AanmeldingGenerator();
    // 200/s is 12,000 a minute, above the default RATE_LIMIT_PER_MINUTE (per client address; all of these come
    // from 127.0.0.1), so the limiter is raised out of the way; it still runs on every request.
    const services = await startServices(ctx.run, ['intake', 'trajecten'], {
      RATE_LIMIT_PER_MINUTE: '100000000',
      // Batched consumers are opt-in (README, EVENT_BATCH_SIZE); the figures are with them.
      EVENT_BATCH_SIZE: '50',
    });
    const [intake, trajecten] = services;
    const watcher = new TrajectWatcher(ctx.run.databaseUrl('trajecten'));
    try {
      await watcher.start();
      const token = await ctx.run.token({ role: 'frontoffice', organisatie: 'GM0014' });

      const send = async (seconds: number, perSecond = rate): Promise<{ load: SteadyResult; sent: Sent[] }> => {
        const sent: Sent[] = [];
        const load = await steadyLoad({
          url: intake.url,
          path: PATH,
          ratePerSecond: perSecond,
          durationMs: seconds * 1000,
          connections: CONNECTIONS,
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: () => JSON.stringify(generator.next()),
          onResponse: (_i, status, body, dueAt, doneAt) => {
            if (status !== 201) return;
            const { id, inwonerId } = JSON.parse(body) as { id: string; inwonerId: string };
            watcher.watch(id);
            sent.push({ aanmeldingId: id, inwonerId, dueAt, postMs: doneAt - dueAt });
          },
        });
        const failed = load.sent - sent.length;
        if (failed / load.sent > MAX_FAILED_SHARE) {
          throw new Error(
            `${failed} of ${load.sent} aanmeldingen were not answered 201 (${JSON.stringify(load.statuses)}); not a valid measurement`,
          );
        }
        // Every aanmelding must become a traject. When the pipeline falls behind, the backlog is waited for as long as
        // it moves, so the figures are the real latencies; a traject that never comes is an error, not a figure.
        const backlog = watcher.pending;
        const drainStart = performance.now();
        await watcher.drained(20_000, 600_000);
        const drainS = (performance.now() - drainStart) / 1000;
        if (backlog > perSecond)
          ctx.log(
            `backlog of ${backlog} trajecten at the end of sending, drained in ${drainS.toFixed(1)} s (${((backlog - watcher.pending) / drainS).toFixed(0)}/s)`,
          );
        if (watcher.pending > 0)
          throw new Error(`${watcher.pending} of ${sent.length} trajecten were not readable (none appeared for 20 s)`);
        return { load, sent };
      };

      ctx.log(machineLoadLine());
      ctx.log(`warm-up: ${rate / 2}/s for ${warmupS} s`);
      await send(warmupS, rate / 2);
      const half: Figure[] = [];
      if (!ctx.quick) {
        const halfRate = rate / 2;
        const { sent: slow } = await send(10, halfRate);
        const slowLatencies = slow.map((s) => watcher.seenAt(s.aanmeldingId)! - s.dueAt).sort((a, b) => a - b);
        ctx.log(
          `at ${halfRate}/s for 10 s: p50 ${round1(percentile(slowLatencies, 50))} ms, p99 ${round1(percentile(slowLatencies, 99))} ms`,
        );
        half.push({ key: 'halfRateP99Ms', value: round1(percentile(slowLatencies, 99)), unit: 'ms' });
      }
      ctx.log(
        `measuring: ${rate}/s for ${durationS} s, open loop, ${CONNECTIONS} connections; trajecten watched every 5 ms`,
      );
      const parts = {
        intake: processSource(intake.pid),
        trajecten: processSource(trajecten.pid),
        intakePostgres: postgresSource(`wiz_${ctx.run.id}_intake`),
        trajectenPostgres: postgresSource(
          `wiz_${ctx.run.id}_trajecten`,
          watcher.backendPid ? [watcher.backendPid] : [],
        ),
      };
      const bench0 = process.cpuUsage();
      const {
        result: { load, sent },
        cpuMs,
      } = await cpuOver(parts, () => send(durationS));
      const benchCpu = process.cpuUsage(bench0);
      const cpuPerAanmelding = Object.values(cpuMs).reduce((a, b) => a + b, 0) / sent.length;
      ctx.log(
        `cpu per aanmelding: ${Object.entries(cpuMs)
          .map(([k, v]) => `${k} ${(v / sent.length).toFixed(2)} ms`)
          .join(', ')}; ` +
          `together ${cpuPerAanmelding.toFixed(2)} ms, so ${rate}/s needs ${((cpuPerAanmelding * rate) / 1000).toFixed(2)} cores ` +
          `(+ NATS, Redis, and this process: ${((benchCpu.user + benchCpu.system) / 1000 / sent.length).toFixed(2)} ms)`,
      );
      const samples: Sample[] = sent.map((s) => ({
        aanmeldingId: s.aanmeldingId,
        dueAt: s.dueAt,
        seenAt: watcher.seenAt(s.aanmeldingId)!,
      }));
      const latencies = samples.map((s) => s.seenAt - s.dueAt).sort((a, b) => a - b);
      const posts = sent.map((s) => s.postMs).sort((a, b) => a - b);
      // Aanmeldingen accepted per second of sending (open loop: the schedule holds unless the generator lags).
      const achievedRate = sent.length / durationS;
      ctx.log(
        `${sent.length} trajecten readable: p50 ${round1(percentile(latencies, 50))} ms, p99 ${round1(percentile(latencies, 99))} ms, max ${round1(latencies.at(-1)!)} ms; ` +
          `POST p50 ${round1(percentile(posts, 50))} ms, p99 ${round1(percentile(posts, 99))} ms; generator lag max ${round1(load.maxSendLagMs)} ms; watcher ${watcher.polls} polls`,
      );

      const split = await stages(ctx.run.databaseUrl('intake'), ctx.run.databaseUrl('trajecten'), samples);
      ctx.log(
        `stages (p50 / p99 ms): ${split.map((s) => `${s.name} ${round1(s.p50Ms)} / ${round1(s.p99Ms)}`).join(', ')}`,
      );

      await checkApi(ctx, trajecten, sent);
      ctx.log(machineLoadLine());
      for (const s of services) await stopService(s, ctx);

      const raw = await rawPipeline(ctx, { rate, durationS, warmupS, connections: CONNECTIONS });
      const rawRatio = cpuPerAanmelding / raw.cpuMsPerAanmelding;
      ctx.log(
        `raw floor (bare processes, the same writes and events, nothing else) at ${rate}/s: cpu per aanmelding ${Object.entries(
          raw.cpuMs,
        )
          .map(([k, v]) => `${k} ${(v / raw.count).toFixed(2)} ms`)
          .join(
            ', ',
          )}; together ${raw.cpuMsPerAanmelding.toFixed(2)} ms (the services ${rawRatio.toFixed(2)}×), p99 ${round1(raw.p99Ms)} ms`,
      );

      const p99 = percentile(latencies, 99);
      return [
        { key: 'rate', value: round1(achievedRate), unit: 'aanmeldingen/s' },
        { key: 'count', value: sent.length, unit: 'trajecten' },
        { key: 'p50Ms', value: round1(percentile(latencies, 50)), unit: 'ms' },
        {
          key: 'p99Ms',
          value: round1(p99),
          unit: 'ms',
          ...(ctx.quick ? {} : { target: { text: '< 100 ms at 200/s', met: p99 < 100 && rate === 200 } }),
        },
        { key: 'maxMs', value: round1(latencies.at(-1)!), unit: 'ms' },
        {
          key: 'cpuMsPerAanmelding',
          value: Math.round(cpuPerAanmelding * 100) / 100,
          unit: 'ms',
          ...(ctx.quick ? {} : { target: { text: '≤ 3 ms', met: cpuPerAanmelding <= 3 } }),
        },
        { key: 'rawCpuMsPerAanmelding', value: Math.round(raw.cpuMsPerAanmelding * 100) / 100, unit: 'ms' },
        { key: 'cpuRatioToRaw', value: Math.round(rawRatio * 100) / 100, unit: '×' },
        { key: 'rawP99Ms', value: round1(raw.p99Ms), unit: 'ms' },
        { key: 'postP99Ms', value: round1(percentile(posts, 99)), unit: 'ms' },
        ...split.map((s) => ({ key: `${s.name}P99Ms`, value: round1(s.p99Ms), unit: 'ms' })),
        ...half,
      ];
    } finally {
      await watcher.stop().catch(() => undefined);
      for (const s of services) await stopService(s, ctx);
    }
  },
};

/** The trajecten the watcher saw are the ones the API serves: a sample, through GET /api/v1/trajecten?inwonerId=. */
async function checkApi(ctx: BenchContext, trajecten: ServiceProcess, sent: readonly Sent[]): Promise<void> {
  const token = await ctx.run.token({ role: 'beheer', organisatie: 'GM0014' });
  const step = Math.max(1, Math.floor(sent.length / API_SAMPLE));
  let checked = 0;
  for (let i = 0; i < sent.length; i += step) {
    const res = await fetch(`${trajecten.url}/api/v1/trajecten?inwonerId=${sent[i].inwonerId}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const body = (await res.json()) as { items?: { inwonerId: string }[] };
    if (res.status !== 200 || !body.items?.some((t) => t.inwonerId === sent[i].inwonerId)) {
      throw new Error(
        `GET /api/v1/trajecten?inwonerId=… answered ${res.status} without the traject: ${JSON.stringify(body).slice(0, 300)}`,
      );
    }
    checked += 1;
  }
  ctx.log(`API: ${checked} sampled inwoners each have their traject in GET /api/v1/trajecten`);
}
