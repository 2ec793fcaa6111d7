import { connect } from '@nats-io/transport-node';
import { Client } from 'pg';
import type { BenchContext } from '../bench';
import { RawBaseline } from '../intake/raw-baseline';
import { AanmeldingGenerator } from '../load/aanmeldingen';
import { cpuOver, postgresSource, processSource } from '../load/cpu';
import { ownStream } from '../load/own-stream';
import { percentile, steadyLoad } from '../load/steady';
import { TrajectWatcher } from './traject-watcher';

export interface RawPipelineResult {
  cpuMsPerAanmelding: number;
  cpuMs: Record<string, number>;
  p99Ms: number;
  count: number;
}

/**
 * The pipeline's raw floor (raw-pipeline-server.ts: one bare process per service) measured as the pipeline section
 * measures the services: the same aanmeldingen at the same steady rate after a warm-up at half of it, trajecten
 * watched the same way, and the CPU of both processes and their PostgreSQL backends from the first POST until the
 * last traject is readable. A stream of its own (removed afterwards), so nothing of the services' run is in it.
 * Afterwards every traject's two events must have reached intake, or the floor did not do the pipeline's work.
 */
export async function rawPipeline(
  ctx: BenchContext,
  o: { rate: number; durationS: number; warmupS: number; connections: number },
): Promise<RawPipelineResult> {
  const nc = await connect({ servers: ctx.run.env.NATS_URL!.split(',') });
  const stream = await ownStream(nc, 'rawpipe');
  const env = { NATS_URL: ctx.run.env.NATS_URL, RAW_STREAM: stream.name, RAW_SUBJECT_PREFIX: stream.prefix };
  const started: RawBaseline[] = [];
  let watcher: TrajectWatcher | undefined;
  try {
    const trajecten = await RawBaseline.start(ctx.run, 10, 'raw-pipeline-trajecten', { ...env, RAW_ROLE: 'trajecten' });
    started.push(trajecten);
    const intake = await RawBaseline.start(ctx.run, 10, 'raw-pipeline-intake', { ...env, RAW_ROLE: 'intake' });
    started.push(intake);
    const w = new TrajectWatcher(trajecten.databaseUrl);
    watcher = w;
    await w.start();
    const generator = new AanmeldingGenerator();
    /** Sends for `seconds`, waits until every traject is readable; answers the latencies, sorted. */
    const send = async (seconds: number, perSecond: number) => {
      const due = new Map<string, number>();
      await steadyLoad({
        url: intake.url,
        path: '/api/v1/aanmeldingen',
        ratePerSecond: perSecond,
        durationMs: seconds * 1000,
        connections: o.connections,
        headers: { 'content-type': 'application/json' },
        body: () => JSON.stringify(generator.next()),
        onResponse: (_i, status, body, dueAt) => {
          if (status !== 201) return;
          const { id } = JSON.parse(body) as { id: string };
          w.watch(id);
          due.set(id, dueAt);
        },
      });
      await w.drained(20_000, 600_000);
      if (w.pending > 0) throw new Error(`raw pipeline: ${w.pending} trajecten never readable`);
      return [...due].map(([id, dueAt]) => w.seenAt(id)! - dueAt).sort((a, b) => a - b);
    };
    await send(o.warmupS, o.rate / 2);
    const { result: latencies, cpuMs } = await cpuOver(
      {
        intake: processSource(intake.pid),
        trajecten: processSource(trajecten.pid),
        intakePostgres: postgresSource(RawBaseline.database(ctx.run, 'raw-pipeline-intake')),
        trajectenPostgres: postgresSource(
          RawBaseline.database(ctx.run, 'raw-pipeline-trajecten'),
          w.backendPid ? [w.backendPid] : [],
        ),
      },
      () => send(o.durationS, o.rate),
    );
    await everyTrajectReachedIntake(intake.databaseUrl);
    const total = Object.values(cpuMs).reduce((a, b) => a + b, 0);
    const count = latencies.length;
    return { cpuMsPerAanmelding: total / count, cpuMs, p99Ms: percentile(latencies, 99), count };
  } finally {
    await watcher?.stop().catch(() => undefined);
    for (const s of started) await s.stop();
    await stream.remove();
    await nc.close();
  }
}

/** Waits (at most 60 s) until intake holds, for every aanmelding, its traject's origin and assignment. */
async function everyTrajectReachedIntake(databaseUrl: string): Promise<void> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const {
        rows: [r],
      } = await db.query(
        `SELECT (SELECT count(*) FROM aanmeldingen)::int AS aanmeldingen,
                (SELECT count(*) FROM traject_aanmeldingen)::int AS herkomst,
                (SELECT count(*) FROM traject_toewijzingen)::int AS toewijzingen`,
      );
      if (r.herkomst === r.aanmeldingen && r.toewijzingen === r.aanmeldingen) return;
      if (Date.now() > deadline)
        throw new Error(`raw pipeline: not every traject reached intake: ${JSON.stringify(r)}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    await db.end();
  }
}
