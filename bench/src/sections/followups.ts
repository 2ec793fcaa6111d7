/**
 * 100,000 planned duurzaamheidschecks: time to schedule them, the Redis memory they take, and how fast they fire.
 *
 * - Own redis-server on a spare port (bench/src/followups/redis-server.ts), so INFO memory shows only this queue;
 *   the built trajecten service as a separate process on it, DUURZAAMHEIDSCHECK_NA = P6M (the production default),
 *   the reconciler at its default interval (it runs during the measurement, as it would in production).
 * - The trajecten the placements are for are seeded with SQL as the service would have stored them
 *   (bench/src/monitor/seed-trajecten.ts, all open, no step changes).
 * - Scheduling: N plaatsing-gerealiseerd events published into the run's stream as werkgevers would (valid envelopes,
 *   Nats-Msg-Id = event id, asynchronous, 1,000 unacknowledged at most). `scheduleSeconds` runs from the first
 *   publish until PostgreSQL holds N duurzaamheidscheck rows AND BullMQ holds N delayed jobs.
 * - `redisMb`: INFO memory used_memory after scheduling minus before (the queue's own keys existed already).
 * - Firing: the checks are due six months from now. Instead of waiting, the clock is moved forward the way BullMQ
 *   itself does when a delay expires: Queue.promoteJobs() moves the delayed jobs to the wait list (in batches of
 *   1,000, as the delayed-job promotion does), and the service's worker runs them. The firing code
 *   (OpvolgingVuren.vuur) does not look at vervaldatum, so what runs is exactly what runs on the due day; only
 *   the six months are skipped. `firedPerSecond` = N / (first promotion → every row `open` with gevuurd_op).
 *   The reconciler keeps running meanwhile; when it read a row as `gepland` just before its job completed (and was
 *   removed), it adds the job again, with the delay to vervaldatum: on the real due day that delay is 0 and the job
 *   runs at once and finds the check fired ('al-gedaan'); after the jump it would wait six months. So the jump
 *   applies to those too: while firing and until the queue is idle, delayed jobs are promoted again.
 * - Exactly once: every row must be `open` with a gevuurd_op set after the promotion (none fired early), one per
 *   published placement; and BullMQ's event stream must show, for each job, exactly one run that returned
 *   'gevuurd' (other runs of a job — retries, re-adds by the reconciler — may only return 'al-gedaan'). For that
 *   audit the stream's length limit (meta opts.maxLenEvents) is raised after the memory is measured, so no entry
 *   is trimmed before it is read. Any failure fails the section.
 * - `ratioToAddBulk` (target ≥ 0.5): the planning rate (N / scheduleSeconds) over BullMQ's own rate in the same run:
 *   afterwards, N equivalent jobs (same name, data, job ids, delays six months out, attempts, backoff, removal) added
 *   with Queue.addBulk in batches of 1,000 (as the reconciler adds them) to a fresh queue under a fresh prefix on
 *   the same Redis. That is the floor of putting N timers in Redis; everything above it is the service's share.
 * - `natsFloorPerSecond`: the pipe alone, afterwards in the same run (bench/src/followups/nats-floor.ts): the same N
 *   events published the same way into a stream of its own while a plain pull consumer parses and acks each
 *   and does nothing else. No consumer of these events can plan faster; `ratioToNatsFloor` is the planning rate over it.
 *   When 0.5× addBulk is above it, the target cannot be reached through NATS on this machine, and the log says so.
 * - The CPU floor: the machine's busy CPU (all processes and the kernel, /proc/stat) over the planning and over each
 *   floor, per check (`cpuMsPerCheck`, `addBulkCpuMsPerJob`, `natsFloorCpuMsPerEvent`). Planning a check must at
 *   least deliver its event through NATS and add its job, so no planning on these cores beats cores / (the two
 *   floors' CPU per check added): `cpuBoundRatioToAddBulk` is that rate over addBulk's, with nothing stored at all.
 *   Of the planning's CPU, the service's process and its database's PostgreSQL backends (`trajectenCpuMsPerCheck`,
 *   `postgresCpuMsPerCheck`; the benchmark's own polling connection left out).
 * - The raw planning floor, afterwards in the same run (bench/src/followups/raw-planning.ts): the same N events into a
 *   stream of its own, and a bare consumer that stores what planning must (inbox row, the traject read, the check,
 *   the placement for the monitor) in one statement per batch and adds the batch's jobs with one addBulk, batched as
 *   the service is. `rawPlanningCpuMsPerCheck` against `cpuBudgetMsPerCheck`, the machine CPU a check may cost for
 *   0.5× addBulk on these cores: when the bare floor costs more, no planning that stores a check reaches the target
 *   here. `cpuRatioToRawPlanning`: the service's CPU per check over the floor's.
 */
import { randomUUID } from 'node:crypto';
import * as os from 'node:os';
import { performance } from 'node:perf_hooks';
import { connect, NatsConnection } from '@nats-io/transport-node';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { Client } from 'pg';
import { RedisServerProcess, startServices, ServiceProcess } from '@wiz/platform/testing';
import type { BenchContext, BenchSection, Figure } from '../bench';
import { seedTrajecten } from '../monitor/seed-trajecten';
import { usedMemory } from '../followups/redis-memory';
import { plaatsingen, publiceer } from '../followups/plaatsingen';
import { readOutcomes, streamEnd } from '../followups/bullmq-events';
import { pgProbe } from '../followups/pg-probe';
import { natsFloor } from '../followups/nats-floor';
import { jobId, vuurJob, WACHTRIJ } from '../../../services/trajecten/src/modules/opvolgingen/jobs/vuur-job';
import { rawPlanning } from '../followups/raw-planning';
import { cpuOver, machineSource, postgresSource, processSource } from '../load/cpu';

const STALL_MS = Number(process.env.BENCH_STALL_MS ?? 120_000);

export const followupsSection: BenchSection = {
  name: 'followups',
  async run(ctx: BenchContext): Promise<Figure[]> {
    const n = ctx.quick ? 1_000 : 100_000;
    const redis = await RedisServerProcess.start();
    const admin = new Redis(redis.url, { maxRetriesPerRequest: null });
    const dbUrl = ctx.run.databaseUrl('trajecten');
    const prefix = `${ctx.run.env.REDIS_KEY_PREFIX}:bull`;
    let service: ServiceProcess | undefined;
    let nc: NatsConnection | undefined;
    let queue: Queue | undefined;
    const db = new Client({ connectionString: dbUrl, application_name: 'wiz-bench-followups' });
    try {
      [service] = await startServices(ctx.run, ['trajecten'], {
        REDIS_URL: redis.url,
        LOG_LEVEL: 'warn',
        DUURZAAMHEIDSCHECK_NA: 'P6M',
        EVENT_BATCH_SIZE: '50', // as measured: batched consumers are opt-in (README)
      });
      const seeded = await seedTrajecten(dbUrl, {
        trajecten: n,
        stapEvents: 0,
        van: new Date('2025-01-01T00:00:00Z'),
        tot: new Date(),
        afsluiten: false,
        log: () => undefined,
      });
      ctx.log(`seeded ${seeded.trajecten} open trajecten in ${seeded.seconds.toFixed(1)} s`);
      await db.connect();
      const trajecten = (await db.query('SELECT id, inwoner_id AS "inwonerId" FROM trajecten')).rows;
      const data = plaatsingen(trajecten);
      queue = new Queue(WACHTRIJ, { connection: { url: redis.url }, prefix, skipMetasUpdate: true });
      const telling = async () => {
        const {
          rows: [r],
        } = await db.query(
          `SELECT count(*)::int AS rijen, count(*) FILTER (WHERE status = 'open' AND gevuurd_op IS NOT NULL)::int AS open
             FROM opvolgingen WHERE soort = 'duurzaamheidscheck'`,
        );
        const jobs = await queue!.getJobCounts('delayed', 'wait', 'active', 'prioritized', 'failed', 'completed');
        return { rijen: r.rijen as number, open: r.open as number, jobs };
      };
      const voor = await telling();
      if (voor.rijen !== 0 || Object.values(voor.jobs).some((x) => x !== 0))
        throw new Error(`not empty before the start: ${JSON.stringify(voor)}`);
      const geheugenVoor = await usedMemory(admin);

      const probe = await pgProbe(db);
      ctx.log(
        `PostgreSQL now: round trip ${probe.roundTripMs.toFixed(2)} ms, BEGIN/write/COMMIT ${probe.commitMs.toFixed(2)} ms (machine load ${os.loadavg()[0].toFixed(1)})`,
      );

      // Scheduling.
      const verbinding = await connect({ servers: ctx.run.env.NATS_URL!.split(',') });
      nc = verbinding;
      ctx.log(`publishing ${n.toLocaleString('en')} plaatsing-gerealiseerd events`);
      const t0 = performance.now();
      const {
        rows: [{ pid: pollerPid }],
      } = await db.query('SELECT pg_backend_pid() AS pid');
      const parts = {
        machine: machineSource(),
        trajecten: processSource(service.pid),
        postgres: postgresSource(`wiz_${ctx.run.id}_trajecten`, [pollerPid]),
      };
      const planning = await cpuOver(parts, async () => {
        const publicatie = publiceer(verbinding, ctx.run.env.NATS_SUBJECT_PREFIX!, data).then(() =>
          ctx.log(
            `  all ${n.toLocaleString('en')} in the stream after ${((performance.now() - t0) / 1000).toFixed(1)} s`,
          ),
        );
        const gepland = await wachtTot(
          ctx,
          'scheduled',
          t0,
          telling,
          (s) => s.rijen === n && s.jobs.delayed === n,
          (s) => `${s.rijen} rows, ${s.jobs.delayed} delayed jobs`,
          (s) => s.rijen + s.jobs.delayed,
          ctx.quick ? 100 : 1_000,
        );
        await publicatie;
        return gepland;
      });
      let gepland = planning.result;
      const scheduleSeconds = (performance.now() - t0) / 1000;
      if (
        gepland.open !== 0 ||
        gepland.jobs.wait + gepland.jobs.active + gepland.jobs.completed + gepland.jobs.failed !== 0
      ) {
        throw new Error(`checks ran before they were due: ${JSON.stringify(gepland)}`);
      }
      const geheugenNa = await usedMemory(admin);
      const redisBytes = geheugenNa - geheugenVoor;
      ctx.log(
        `scheduled ${n.toLocaleString('en')} in ${scheduleSeconds.toFixed(1)} s (${(n / scheduleSeconds).toFixed(0)}/s, machine load ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores); Redis +${(redisBytes / 2 ** 20).toFixed(1)} MiB (${(redisBytes / n).toFixed(0)} bytes per check)`,
      );

      const probe2 = await pgProbe(db);
      ctx.log(
        `PostgreSQL now: round trip ${probe2.roundTripMs.toFixed(2)} ms, BEGIN/write/COMMIT ${probe2.commitMs.toFixed(2)} ms`,
      );

      // Firing: the six months pass at once (see the header).
      const eventsKey = `${prefix}:${WACHTRIJ}:events`;
      await admin.hset(`${prefix}:${WACHTRIJ}:meta`, 'opts.maxLenEvents', String(20 * n + 100_000));
      const marker = await streamEnd(admin, eventsKey);
      const {
        rows: [{ nu: promotieMoment }],
      } = await db.query('SELECT now() AS nu');
      const t1 = performance.now();
      await queue.promoteJobs({ count: 1_000 });
      ctx.log(`  promoted after ${((performance.now() - t1) / 1000).toFixed(1)} s`);
      const naSprong = async () => {
        const t = await telling();
        if (t.jobs.delayed > 0) await queue!.promoteJobs({ count: 1_000 }); // re-added by the reconciler (see the header)
        return t;
      };
      gepland = await wachtTot(
        ctx,
        'fired',
        t1,
        naSprong,
        (s) => s.open === n,
        (s) => `${s.open} fired`,
        (s) => s.open,
        ctx.quick ? 50 : 500,
      );
      const fireSeconds = (performance.now() - t1) / 1000;
      const firedPerSecond = n / fireSeconds;
      ctx.log(
        `fired ${n.toLocaleString('en')} in ${fireSeconds.toFixed(1)} s (${firedPerSecond.toFixed(0)}/s, machine load ${os.loadavg()[0].toFixed(1)})`,
      );

      await controleerEenmaal(
        ctx,
        db,
        admin,
        queue,
        eventsKey,
        marker,
        promotieMoment as Date,
        data.map((p) => p.plaatsingId),
      );

      const rauw = await rauweAddBulk(redis.url, `${prefix}-rauw`, n);
      const rauwPerSeconde = rauw.perSecond;
      const planPerSeconde = n / scheduleSeconds;
      const ratio = planPerSeconde / rauwPerSeconde;
      ctx.log(
        `BullMQ's own addBulk: ${rauwPerSeconde.toFixed(0)}/s; planning ${planPerSeconde.toFixed(0)}/s, ratio ${ratio.toFixed(3)}`,
      );
      const { perSecond: vloer, cpuMs: vloerCpuMs } = await natsFloor(nc, data);
      ctx.log(
        `NATS alone (publish + a plain consumer acking each): ${vloer.toFixed(0)}/s = ${(vloer / rauwPerSeconde).toFixed(3)}× addBulk; planning at ${(planPerSeconde / vloer).toFixed(3)}× that floor (machine load ${os.loadavg()[0].toFixed(1)})`,
      );
      // Planning cannot do less than deliver each event through NATS and add its job with addBulk. Each floor's CPU
      // per event, on the whole machine, added up is the least a planned check costs; the cores allow no more.
      const cpuPerCheck = { planning: planning.cpuMs.machine / n, addBulk: rauw.cpuMs / n, nats: vloerCpuMs / n };
      const trajectenCpuPerCheck = planning.cpuMs.trajecten / n;
      const postgresCpuPerCheck = planning.cpuMs.postgres / n;
      const floorPerSecond = (os.cpus().length * 1000) / (cpuPerCheck.addBulk + cpuPerCheck.nats);
      ctx.log(
        `machine CPU per check: planning ${cpuPerCheck.planning.toFixed(3)} ms (trajecten ${trajectenCpuPerCheck.toFixed(3)}, its PostgreSQL ${postgresCpuPerCheck.toFixed(3)}); the floors addBulk ${cpuPerCheck.addBulk.toFixed(3)} ms + NATS ${cpuPerCheck.nats.toFixed(3)} ms, so ${os.cpus().length} cores plan at most ${floorPerSecond.toFixed(0)}/s = ${(floorPerSecond / rauwPerSeconde).toFixed(3)}× addBulk, with nothing stored`,
      );
      const rauwePlanning = await rawPlanning(nc, {
        databaseUrl: dbUrl,
        redisUrl: redis.url,
        bullPrefix: `${prefix}-rawplan`,
        data,
      });
      const rauwCpuPerCheck = rauwePlanning.cpuMs / n;
      // The most a check may cost the machine for the target's rate, whatever stores it.
      const budgetCpuPerCheck = (os.cpus().length * 1000) / (0.5 * rauwPerSeconde);
      ctx.log(
        `raw planning (a bare consumer: one statement and one addBulk per batch): ${rauwePlanning.perSecond.toFixed(0)}/s = ${(rauwePlanning.perSecond / rauwPerSeconde).toFixed(3)}× addBulk at ${rauwCpuPerCheck.toFixed(3)} ms of machine CPU per check; the service's planning costs ${(cpuPerCheck.planning / rauwCpuPerCheck).toFixed(2)}× that; 0.5× addBulk allows ${budgetCpuPerCheck.toFixed(3)} ms per check on ${os.cpus().length} cores`,
      );
      if (rauwCpuPerCheck > budgetCpuPerCheck)
        ctx.log('  the raw floor already costs more than the target allows: planning cannot reach it on this machine');
      if (vloer < 0.5 * rauwPerSeconde)
        ctx.log(
          `  the target (0.5× addBulk = ${(0.5 * rauwPerSeconde).toFixed(0)}/s) is above what NATS alone delivers here: no consumer of these events can reach it on this machine`,
        );

      return [
        { key: 'planned', value: n, unit: 'checks' },
        { key: 'scheduleSeconds', value: round1(scheduleSeconds), unit: 's' },
        { key: 'redisMb', value: round1(redisBytes / 2 ** 20), unit: 'MiB' },
        { key: 'firedPerSecond', value: Math.round(firedPerSecond), unit: 'checks/s' },
        { key: 'addBulkPerSecond', value: Math.round(rauwPerSeconde), unit: 'jobs/s' },
        { key: 'natsFloorPerSecond', value: Math.round(vloer), unit: 'events/s' },
        { key: 'ratioToNatsFloor', value: Math.round((planPerSeconde / vloer) * 1000) / 1000, unit: '×' },
        { key: 'cpuMsPerCheck', value: round3(cpuPerCheck.planning), unit: 'ms' },
        { key: 'trajectenCpuMsPerCheck', value: round3(trajectenCpuPerCheck), unit: 'ms' },
        { key: 'postgresCpuMsPerCheck', value: round3(postgresCpuPerCheck), unit: 'ms' },
        { key: 'addBulkCpuMsPerJob', value: round3(cpuPerCheck.addBulk), unit: 'ms' },
        { key: 'natsFloorCpuMsPerEvent', value: round3(cpuPerCheck.nats), unit: 'ms' },
        {
          key: 'cpuBoundRatioToAddBulk',
          value: Math.round((floorPerSecond / rauwPerSeconde) * 1000) / 1000,
          unit: '×',
        },
        { key: 'rawPlanningPerSecond', value: Math.round(rauwePlanning.perSecond), unit: 'checks/s' },
        {
          key: 'rawPlanningRatioToAddBulk',
          value: Math.round((rauwePlanning.perSecond / rauwPerSeconde) * 1000) / 1000,
          unit: '×',
        },
        { key: 'rawPlanningCpuMsPerCheck', value: round3(rauwCpuPerCheck), unit: 'ms' },
        {
          key: 'cpuRatioToRawPlanning',
          value: Math.round((cpuPerCheck.planning / rauwCpuPerCheck) * 100) / 100,
          unit: '×',
        },
        { key: 'cpuBudgetMsPerCheck', value: round3(budgetCpuPerCheck), unit: 'ms' },
        {
          key: 'ratioToAddBulk',
          value: Math.round(ratio * 1000) / 1000,
          unit: '×',
          target: { text: '≥ 0.5× addBulk', met: ratio >= 0.5 },
        },
      ];
    } catch (err) {
      if (service)
        ctx.log(
          `trajecten's last log lines:\n${service.output
            .join('')
            .split('\n')
            .slice(-20)
            .map((l) => l.slice(0, 400))
            .join('\n')}`,
        );
      throw err;
    } finally {
      await service?.stop();
      await nc?.close().catch(() => undefined);
      await queue?.close().catch(() => undefined);
      await db.end().catch(() => undefined);
      admin.disconnect();
      await redis.kill();
    }
  },
};

/** Polls until `klaar`; logs progress every 10 s; fails when nothing moved for STALL_MS. */
async function wachtTot<S>(
  ctx: BenchContext,
  wat: string,
  t0: number,
  lees: () => Promise<S>,
  klaar: (s: S) => boolean,
  toon: (s: S) => string,
  voortgang: (s: S) => number,
  intervalMs: number,
): Promise<S> {
  let laatsteLog = performance.now();
  let laatsteVoortgang = { waarde: -1, op: performance.now() };
  for (;;) {
    const s = await lees();
    if (klaar(s)) return s;
    const nu = performance.now();
    if (voortgang(s) !== laatsteVoortgang.waarde) laatsteVoortgang = { waarde: voortgang(s), op: nu };
    else if (nu - laatsteVoortgang.op > STALL_MS)
      throw new Error(`not ${wat}: no progress for ${STALL_MS / 1000} s at ${toon(s)}`);
    if (nu - laatsteLog > 10_000) {
      ctx.log(`  ${((nu - t0) / 1000).toFixed(0)} s: ${toon(s)}`);
      laatsteLog = nu;
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/** Each check fired once: one open row per placement, fired after the promotion, and one 'gevuurd' run per job. */
async function controleerEenmaal(
  ctx: BenchContext,
  db: Client,
  admin: Redis,
  queue: Queue,
  eventsKey: string,
  marker: string,
  promotie: Date,
  plaatsingIds: string[],
): Promise<void> {
  const n = plaatsingIds.length;
  // The row commits before BullMQ marks its job completed, and a reconciler pass may still re-add a few jobs: wait
  // until the queue has been idle for 3 s, promoting re-added jobs (see the header).
  const deadline = Date.now() + 120_000;
  for (let idleSince = 0; ;) {
    const c = await queue.getJobCounts('delayed', 'wait', 'active', 'prioritized');
    if (Object.values(c).every((x) => x === 0)) {
      idleSince ||= Date.now();
      if (Date.now() - idleSince >= 3_000) break;
    } else idleSince = 0;
    if (c.delayed > 0) await queue.promoteJobs({ count: 1_000 });
    if (Date.now() > deadline) throw new Error(`queue not idle after firing: ${JSON.stringify(c)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const {
    rows: [r],
  } = await db.query(
    `SELECT count(*)::int AS rijen, count(DISTINCT plaatsing_id)::int AS plaatsingen,
            count(*) FILTER (WHERE plaatsing_id = ANY($1::uuid[]))::int AS gepubliceerd,
            count(*) FILTER (WHERE status = 'open' AND gevuurd_op >= $2)::int AS open_na_promotie
       FROM opvolgingen WHERE soort = 'duurzaamheidscheck'`,
    [plaatsingIds, promotie],
  );
  const fouten: string[] = [];
  if (r.rijen !== n || r.plaatsingen !== n || r.gepubliceerd !== n)
    fouten.push(`expected ${n} checks, one per placement: ${JSON.stringify(r)}`);
  if (r.open_na_promotie !== n) fouten.push(`${n - r.open_na_promotie} checks not open, or fired before they were due`);

  const { rows: ids } = await db.query(`SELECT id FROM opvolgingen WHERE soort = 'duurzaamheidscheck'`);
  const uitkomsten = await readOutcomes(admin, eventsKey, marker);
  let dubbel = 0;
  let nooit = 0;
  let alGedaan = 0;
  for (const { id } of ids) {
    const runs = uitkomsten.completed.get(jobId(id));
    const gevuurd = runs?.get('"gevuurd"') ?? 0;
    if (gevuurd === 0) nooit += 1;
    if (gevuurd > 1) dubbel += 1;
    alGedaan += runs?.get('"al-gedaan"') ?? 0;
  }
  const vreemd = [...uitkomsten.completed.values()]
    .flatMap((m) => [...m.keys()])
    .filter((v) => v !== '"gevuurd"' && v !== '"al-gedaan"');
  if (dubbel) fouten.push(`${dubbel} checks fired more than once`);
  if (nooit) fouten.push(`${nooit} jobs never completed with 'gevuurd'`);
  if (vreemd.length) fouten.push(`unexpected job results: ${[...new Set(vreemd)].join(', ')}`);
  const mislukt = [...uitkomsten.failed.values()].reduce((a, b) => a + b, 0);
  ctx.log(
    `audit: ${r.rijen} rows, ${r.open_na_promotie} open; BullMQ: ${uitkomsten.entries} events, ${n - nooit} jobs fired once, ${alGedaan} extra runs that found it done, ${mislukt} failed attempts`,
  );
  if (fouten.length) throw new Error(`duurzaamheidschecks not fired exactly once: ${fouten.join('; ')}`);
}

/**
 * BullMQ's own rate for N of the service's jobs (vuurJob, as OpvolgingWachtrij adds them): a fresh queue under its
 * own prefix, addBulk in batches of 1,000, one after the other; its keys are removed afterwards. With it, the
 * machine's CPU over the adding (Redis, this process, the kernel).
 */
async function rauweAddBulk(url: string, prefix: string, n: number): Promise<{ perSecond: number; cpuMs: number }> {
  const q = new Queue(WACHTRIJ, { connection: { url }, prefix, skipMetasUpdate: true });
  try {
    await q.waitUntilReady();
    const zesMaanden = 182 * 86_400_000;
    const { result: seconds, cpuMs } = await cpuOver({ machine: machineSource() }, async () => {
      const t = performance.now();
      for (let i = 0; i < n; i += 1_000) {
        await q.addBulk(Array.from({ length: Math.min(1_000, n - i) }, () => vuurJob(randomUUID(), zesMaanden)));
      }
      return (performance.now() - t) / 1000;
    });
    const delayed = await q.getDelayedCount();
    if (delayed !== n) throw new Error(`raw addBulk: expected ${n} delayed jobs, found ${delayed}`);
    return { perSecond: n / seconds, cpuMs: cpuMs.machine };
  } finally {
    await q.obliterate({ force: true }).catch(() => undefined);
    await q.close();
  }
}

const round1 = (x: number) => Math.round(x * 10) / 10;
const round3 = (x: number) => Math.round(x * 1000) / 1000;
