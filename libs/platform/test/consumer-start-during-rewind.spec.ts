import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { connect, NatsConnection } from '@nats-io/transport-node';
import { DeliverPolicy, jetstreamManager, JetStreamManager } from '@nats-io/jetstream';
import { AanmeldingAfgerond } from '@wiz/contracts';
import { DataSource } from 'typeorm';
import { EventNaming } from '../src/messaging/event-naming';
import { envelopeFor, publishTestEvent, startTestApp, TestRun } from '../src/testing';
import { ProbeModule, PROBE_API, probeEventData } from './fixtures/probe.module';
import { eventually } from './helpers';

/**
 * An instance that starts while another rewinds a durable (deleted, about to be made again from the rewind's start)
 * must not make the durable itself: made from the stream's first event it would deliver all of it again, and the
 * rewind's own add would fail. It waits for the rewind (the same advisory lock) and uses the durable the rewind made.
 */
describe('an instance starting while another rewinds a durable', () => {
  const run = new TestRun();
  const apps: NestFastifyApplication[] = [];
  let nc: NatsConnection;
  let jsm: JetStreamManager;

  const startInstance = async () => {
    const config = await run.config('trajecten');
    const app = await startTestApp(ProbeModule.register(config), config, PROBE_API);
    apps.push(app);
    return app;
  };

  beforeAll(async () => {
    nc = await connect({ servers: run.env.NATS_URL });
    jsm = await jetstreamManager(nc);
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
    await nc?.close();
    await run.cleanup();
  });

  it('waits for the rewind and keeps the durable it made', async () => {
    const first = await startInstance();
    const stream = run.env.NATS_STREAM!;
    const durable = first.get(EventNaming).durableName(AanmeldingAfgerond.type);
    const envelope = envelopeFor(AanmeldingAfgerond, probeEventData(randomUUID()));
    await publishTestEvent(nc, run, AanmeldingAfgerond, envelope, envelope.id);
    const { config } = await jsm.consumers.info(stream, durable);
    await first.close();
    apps.splice(0);

    // Another instance's rewind, halfway: it holds the lock and has deleted the durable.
    const rewinder = await new DataSource({ type: 'postgres', url: run.databaseUrl('trajecten') }).initialize();
    const lock = rewinder.createQueryRunner();
    let started = false;
    let starting: Promise<unknown> | undefined;
    try {
      await lock.startTransaction();
      await lock.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`rewind ${durable}`]);
      await jsm.consumers.delete(stream, durable);
      starting = startInstance().then(() => (started = true));
      // The new instance found the durable missing and waits for the lock.
      await eventually(
        async () =>
          expect(
            (
              await rewinder.query(
                `SELECT count(*)::int AS n FROM pg_locks
                  WHERE locktype = 'advisory' AND NOT granted
                    AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
              )
            )[0].n,
          ).toBe(1),
        20_000,
        50,
      );
      expect(started).toBe(false);
      const rewoundFrom = new Date();
      await jsm.consumers.add(stream, {
        ...config,
        deliver_policy: DeliverPolicy.StartTime,
        opt_start_time: rewoundFrom.toISOString(),
      });
      await lock.commitTransaction();
      await starting;
      const made = await jsm.consumers.info(stream, durable);
      expect(made.config.deliver_policy).toBe(DeliverPolicy.StartTime);
      expect(new Date(made.config.opt_start_time!).getTime()).toBe(rewoundFrom.getTime());
    } finally {
      if (lock.isTransactionActive) await lock.rollbackTransaction();
      await lock.release();
      await rewinder.destroy();
      await starting?.catch(() => undefined);
    }

    // The started instance consumes on it: an event published now is applied.
    const next = envelopeFor(AanmeldingAfgerond, probeEventData(randomUUID()));
    await publishTestEvent(nc, run, AanmeldingAfgerond, next, next.id);
    await eventually(
      async () =>
        expect(
          (
            await apps[0]
              .get(DataSource)
              .query('SELECT count(*)::int AS n FROM probe_effects WHERE aanmelding_id = $1', [next.data.aanmeldingId])
          )[0].n,
        ).toBe(1),
      20_000,
      100,
    );
  });
});
