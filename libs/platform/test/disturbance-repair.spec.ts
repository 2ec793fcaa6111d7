import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { connect, NatsConnection } from '@nats-io/transport-node';
import { AckPolicy, DeliverPolicy, jetstreamManager, JetStreamManager } from '@nats-io/jetstream';
import { AanmeldingAfgerond } from '@wiz/contracts';
import { DataSource } from 'typeorm';
import { EventNaming } from '../src/messaging/event-naming';
import { NatsDisturbances } from '../src/messaging/nats-disturbances';
import { envelopeFor, publishTestEvent, startTestApp, TestRun } from '../src/testing';
import { ProbeModule, PROBE_API, probeEventData } from './fixtures/probe.module';
import { eventually } from './helpers';

/**
 * A durable consumer that skipped messages (as JetStream's did around a leader change in the partition test) reports
 * nothing pending and never delivers them. After a disturbance has settled, every instance rewinds its durables:
 * the skipped events are applied, the ones applied before are not applied again.
 */
describe('repair after a NATS disturbance', () => {
  const run = new TestRun();
  const instances: NestFastifyApplication[] = [];
  let nc: NatsConnection;
  let jsm: JetStreamManager;
  let durable: string;

  beforeAll(async () => {
    for (const name of ['a', 'b']) {
      const config = Object.assign(
        await run.config('trajecten', { OUTBOX_REPLAY_SETTLE_MS: '500', NATS_DISTURBANCE_WATCH_MS: '200' }),
        { instance: name },
      );
      instances.push(await startTestApp(ProbeModule.register(config), config, PROBE_API));
    }
    nc = await connect({ servers: run.env.NATS_URL });
    jsm = await jetstreamManager(nc);
    durable = instances[0].get(EventNaming).durableName(AanmeldingAfgerond.type);
  });

  afterAll(async () => {
    for (const app of instances) await app.close();
    await nc?.close();
    await run.cleanup();
  });

  const publish = async () => {
    const envelope = envelopeFor(AanmeldingAfgerond, probeEventData(randomUUID()));
    await publishTestEvent(nc, run, AanmeldingAfgerond, envelope, envelope.id);
    return envelope.data.aanmeldingId;
  };
  const effects = async () =>
    new Map(
      (
        await instances[0]
          .get(DataSource)
          .query<{ aanmelding_id: string; n: number }[]>(
            'SELECT aanmelding_id, count(*)::int AS n FROM probe_effects GROUP BY aanmelding_id',
          )
      ).map((r) => [r.aanmelding_id, r.n]),
    );

  it('applies what a durable skipped, once, and nothing applied before a second time', async () => {
    const before = await Promise.all([publish(), publish(), publish()]);
    await eventually(async () => expect((await effects()).size).toBe(3), 20_000, 100);

    // The durable skips: made again to deliver only what comes after, while two events are already on the stream.
    const { config } = await jsm.consumers.info(run.env.NATS_STREAM!, durable);
    await jsm.consumers.delete(run.env.NATS_STREAM!, durable);
    const skipped = await Promise.all([publish(), publish()]);
    await jsm.consumers.add(run.env.NATS_STREAM!, {
      ...config,
      ack_policy: AckPolicy.Explicit,
      deliver_policy: DeliverPolicy.New,
    });
    const after = await publish();
    await eventually(async () => expect((await effects()).has(after)).toBe(true), 20_000, 100);
    const info = await jsm.consumers.info(run.env.NATS_STREAM!, durable);
    expect(info.num_pending + info.num_ack_pending).toBe(0);
    for (const id of skipped) expect((await effects()).has(id)).toBe(false);

    for (const app of instances) app.get(NatsDisturbances).publishFailed();
    await eventually(
      async () => {
        const now = await effects();
        for (const id of skipped) expect(now.get(id)).toBe(1);
      },
      20_000,
      100,
    );
    // Both instances rewound; the inbox kept every event to one effect.
    await new Promise((r) => setTimeout(r, 1_500));
    const final = await effects();
    expect([...before, ...skipped, after].map((id) => final.get(id))).toEqual([1, 1, 1, 1, 1, 1]);
    expect(final.size).toBe(6);
  }, 60_000);
});
