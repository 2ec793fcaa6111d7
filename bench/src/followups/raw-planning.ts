import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { JsMsg } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { Queue } from 'bullmq';
import { Pool } from 'pg';
import { PlaatsingGerealiseerd } from '@wiz/contracts';
import { publiceer, type Plaatsing } from './plaatsingen';
import { vuurJob, WACHTRIJ } from '../../../services/trajecten/src/modules/opvolgingen/jobs/vuur-job';
import { cpuOver, machineSource } from '../load/cpu';
import { ownStream } from '../load/own-stream';

const BATCH = 50; // as the section runs the service (EVENT_BATCH_SIZE)
const LANES = 4; // the service's EVENT_CONCURRENCY default

/** Tables of the floor's own, in a schema beside the service's in the same database; dropped afterwards. */
const SCHEMA = `
  CREATE SCHEMA raw_planning;
  CREATE TABLE raw_planning.inbox (event_id uuid PRIMARY KEY);
  CREATE TABLE raw_planning.opvolgingen (id uuid PRIMARY KEY, traject_id uuid NOT NULL, plaatsing_id uuid NOT NULL UNIQUE,
    vervaldatum timestamptz NOT NULL, status text NOT NULL);
  CREATE TABLE raw_planning.plaatsingen (plaatsing_id uuid PRIMARY KEY, inwoner_id uuid NOT NULL,
    gemeentecode text NOT NULL, startdatum date NOT NULL, uren_per_week int NOT NULL, afspraakbaan boolean NOT NULL)`;

/**
 * A batch of placement events in one statement, atomic without BEGIN and COMMIT: the inbox rows, their trajecten
 * read (the service's own table), a check per new event and the placement as the monitor must know it. Answers the
 * new checks, whose jobs are then added.
 */
const APPLY = `
  WITH e AS (SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::date[], $5::int[], $6::boolean[], $7::uuid[])
               AS e(event_id, plaatsing_id, traject_id, startdatum, uren_per_week, afspraakbaan, check_id)),
       nieuw AS (INSERT INTO raw_planning.inbox (event_id) SELECT event_id FROM e ON CONFLICT DO NOTHING RETURNING event_id),
       n AS (SELECT e.*, t.inwoner_id, t.gemeentecode FROM e JOIN nieuw USING (event_id) JOIN public.trajecten t ON t.id = e.traject_id),
       p AS (INSERT INTO raw_planning.plaatsingen SELECT plaatsing_id, inwoner_id, gemeentecode, startdatum, uren_per_week, afspraakbaan
               FROM n ON CONFLICT DO NOTHING)
  INSERT INTO raw_planning.opvolgingen (id, traject_id, plaatsing_id, vervaldatum, status)
  SELECT check_id, traject_id, plaatsing_id, startdatum + interval '6 months', 'gepland' FROM n
  ON CONFLICT DO NOTHING RETURNING id, vervaldatum`;

/**
 * The planning's raw floor: the section's placement events published the same way into a stream of its own, and a
 * bare consumer in this process doing what planning must store, with the services' clients (pg,
 * `@nats-io/jetstream`, BullMQ) and nothing else: batches of up to 50 messages, up to 4 at once (as the service runs),
 * each batch one statement (APPLY), then one addBulk of its checks' jobs (as the service adds them), then the acks.
 * No framework, no validation, no monitor counters or counting moment, no logging. Events per second from the first
 * publish until the last is acked, and the machine's CPU over that time. Afterwards every placement must have its
 * row and its delayed job, or the floor did not do planning's work.
 */
export async function rawPlanning(
  nc: NatsConnection,
  o: { databaseUrl: string; redisUrl: string; bullPrefix: string; data: readonly Plaatsing[] },
): Promise<{ perSecond: number; cpuMs: number }> {
  const n = o.data.length;
  const pool = new Pool({ connectionString: o.databaseUrl, max: LANES, application_name: 'wiz-bench-raw-planning' });
  const queue = new Queue(WACHTRIJ, {
    connection: { url: o.redisUrl },
    prefix: o.bullPrefix,
    skipMetasUpdate: true,
  });
  const stream = await ownStream(nc, 'rawplan');
  try {
    await pool.query(SCHEMA);
    await queue.waitUntilReady();
    const messages = await stream.consume('raw-planning', PlaatsingGerealiseerd.type);
    const { result: seconds, cpuMs } = await cpuOver({ machine: machineSource() }, async () => {
      const t0 = performance.now();
      const consumed = consumeInBatches(messages, n, (batch) => apply(pool, queue, batch));
      await publiceer(nc, stream.prefix, o.data);
      await consumed;
      return (performance.now() - t0) / 1000;
    });
    await messages.close();
    const {
      rows: [{ rijen }],
    } = await pool.query('SELECT count(*)::int AS rijen FROM raw_planning.opvolgingen');
    const delayed = await queue.getDelayedCount();
    if (rijen !== n || delayed !== n)
      throw new Error(`raw planning: expected ${n} checks and delayed jobs, found ${rijen} and ${delayed}`);
    return { perSecond: n / seconds, cpuMs: cpuMs.machine };
  } finally {
    await stream.remove();
    await pool.query('DROP SCHEMA IF EXISTS raw_planning CASCADE').catch(() => undefined);
    await pool.end();
    await queue.obliterate({ force: true }).catch(() => undefined);
    await queue.close();
  }
}

/** Applies the messages in batches (what arrived together, up to BATCH), LANES at once; resolves when n are acked. */
function consumeInBatches(
  messages: AsyncIterable<JsMsg>,
  n: number,
  applyBatch: (batch: JsMsg[]) => Promise<void>,
): Promise<void> {
  return new Promise((resolve, reject) => {
    let waiting: JsMsg[] = [];
    let lanes = 0;
    let acked = 0;
    let flushQueued = false;
    const flush = () => {
      while (waiting.length > 0 && lanes < LANES) {
        const batch = waiting.slice(0, BATCH);
        waiting = waiting.slice(BATCH);
        lanes += 1;
        applyBatch(batch).then(() => {
          for (const m of batch) m.ack();
          acked += batch.length;
          lanes -= 1;
          if (acked >= n) resolve();
          else flush();
        }, reject);
      }
    };
    void (async () => {
      for await (const m of messages) {
        waiting.push(m);
        if (waiting.length >= BATCH) flush();
        else if (!flushQueued) {
          flushQueued = true;
          setImmediate(() => {
            flushQueued = false;
            flush();
          });
        }
      }
    })().catch(reject);
  });
}

async function apply(pool: Pool, queue: Queue, batch: JsMsg[]): Promise<void> {
  const events = batch.map((m) => m.json<{ id: string; data: Plaatsing }>());
  const { rows } = await pool.query<{ id: string; vervaldatum: Date }>({
    name: 'raw-planning',
    text: APPLY,
    values: [
      events.map((e) => e.id),
      events.map((e) => e.data.plaatsingId),
      events.map((e) => e.data.trajectId),
      events.map((e) => e.data.startdatum),
      events.map((e) => e.data.urenPerWeek),
      events.map((e) => e.data.afspraakbaan),
      events.map(() => randomUUID()),
    ],
  });
  const now = Date.now();
  if (rows.length) await queue.addBulk(rows.map((r) => vuurJob(r.id, Math.max(0, r.vervaldatum.getTime() - now))));
}
