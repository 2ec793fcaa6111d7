import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { connect, NatsConnection } from '@nats-io/transport-node';
import { AckPolicy, DeliverPolicy, jetstreamManager, JetStreamManager } from '@nats-io/jetstream';
import { AanmeldingAfgerond } from '@wiz/contracts';
import { DataSource } from 'typeorm';
import { EventConsumer } from '../src/messaging/event-consumer';
import { EventNaming } from '../src/messaging/event-naming';
import { NatsDisturbances } from '../src/messaging/nats-disturbances';
import { envelopeFor, NatsServerProcess, publishTestEvent, startTestApp, TestRun } from '../src/testing';
import { ProbeFailures, ProbeModule, PROBE_API, probeEventData } from './fixtures/probe.module';
import { eventually, probeConsumerTestApp } from './helpers';

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

/**
 * A rewind makes the durable again from the repair's start. What the durable held unacknowledged from before that
 * start (not delivered yet, naked for a retry, in another instance's hands) must still come: made again from the
 * start alone, the durable would never deliver it and report nothing pending. The partition test saw that: "0
 * pending" while aanmeldingen stayed without a traject, when a later repair (a second disturbance, a leader change
 * after another instance's rewind) started after events still queued in the durable.
 */
describe('a rewind after a disturbance', () => {
  const probe = probeConsumerTestApp(
    {},
    {
      // The repair starts just before the disturbance, after the event below was published.
      OUTBOX_REPLAY_LOOK_BACK_MS: '1',
      OUTBOX_REPLAY_SETTLE_MS: '300',
      NATS_DISTURBANCE_WATCH_MS: '100',
      // A failed event waits this long for its retry: longer than the repair takes.
      EVENT_RETRY_DELAY_MS: '4000',
    },
  );
  const { run, failures } = probe;
  let jsm: JetStreamManager;
  let durable: string;

  beforeAll(async () => {
    jsm = await jetstreamManager(probe.nc);
    durable = probe.app.get(EventNaming).durableName(AanmeldingAfgerond.type);
  });

  it('still delivers an event published before its start and not acknowledged (naked for a retry)', async () => {
    const held = randomUUID();
    failures.remaining.set(held, 1);
    const envelope = envelopeFor(AanmeldingAfgerond, probeEventData(held));
    await publishTestEvent(probe.nc, run, AanmeldingAfgerond, envelope, envelope.id);
    await eventually(async () => expect(failures.calls.map((c) => c.aanmeldingId)).toContain(held), 20_000, 50);
    const { created } = await jsm.consumers.info(run.env.NATS_STREAM!, durable);

    await new Promise((r) => setTimeout(r, 50)); // the disturbance comes after the publish, beyond the look-back
    probe.app.get(NatsDisturbances).publishFailed();
    await eventually(
      async () => expect((await jsm.consumers.info(run.env.NATS_STREAM!, durable)).created).not.toBe(created),
      20_000,
      50,
    );

    const applied = async () =>
      (
        await probe.app
          .get(DataSource)
          .query<{ n: number }[]>('SELECT count(*)::int AS n FROM probe_effects WHERE aanmelding_id = $1', [held])
      )[0].n;
    await eventually(async () => expect(await applied()).toBe(1), 20_000, 100);
    const info = await jsm.consumers.info(run.env.NATS_STREAM!, durable);
    expect(info.num_pending + info.num_ack_pending).toBe(0);
  }, 60_000);
});

/**
 * A rewind can fail halfway: in the partition test NATS did not answer for a durable for a minute and more after a
 * follower healed. Its events must keep flowing meanwhile, and the repair must be tried again. Here the service's
 * NATS user may not delete durables, so every rewind fails after it stopped pulling.
 */
describe('a rewind that fails', () => {
  const run = new TestRun();
  const failures = new ProbeFailures();
  const dir = mkdtempSync(join(tmpdir(), 'wiz-nats-rewind-'));
  let nats: NatsServerProcess;
  let app: NestFastifyApplication;
  let nc: NatsConnection;

  beforeAll(async () => {
    const file = join(dir, 'nats.conf');
    writeFileSync(
      file,
      `authorization { users = [ { user: probe, password: probe-secret, permissions: { publish: { deny: ["$JS.API.CONSUMER.DELETE.>"] } } } ] }\n`,
    );
    nats = await NatsServerProcess.start({ args: ['-c', file] });
    const config = await run.config('trajecten', {
      NATS_URL: nats.url,
      NATS_USER: 'probe',
      NATS_PASSWORD: 'probe-secret',
      OUTBOX_REPLAY_SETTLE_MS: '300',
      NATS_DISTURBANCE_WATCH_MS: '100',
    });
    app = await startTestApp(ProbeModule.register(config, failures), config, PROBE_API);
    nc = await connect({ servers: nats.url, user: 'probe', pass: 'probe-secret' });
  });

  afterAll(async () => {
    await app?.close();
    await nc?.close();
    await nats?.stop();
    await run.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  const applied = async (aanmeldingId: string) =>
    (
      await app
        .get(DataSource)
        .query<{ n: number }[]>('SELECT count(*)::int AS n FROM probe_effects WHERE aanmelding_id = $1', [aanmeldingId])
    )[0].n;
  const publish = async () => {
    const envelope = envelopeFor(AanmeldingAfgerond, probeEventData(randomUUID()));
    await publishTestEvent(nc, run, AanmeldingAfgerond, envelope, envelope.id);
    return envelope.data.aanmeldingId;
  };

  it('goes on consuming on the durable as it stands, and keeps the repair pending to try it again', async () => {
    const before = await publish();
    await eventually(async () => expect(await applied(before)).toBe(1), 20_000, 100);
    const disturbances = app.get(NatsDisturbances);
    const durable = app.get(EventNaming).durableName(AanmeldingAfgerond.type);
    const { created } = await (await jetstreamManager(nc)).consumers.info(run.env.NATS_STREAM!, durable);

    // Each rewind the repair runs, to see how it ended.
    const rewinds = jest.spyOn(EventConsumer.prototype, 'rewind');
    const outcomes = async () =>
      (await Promise.allSettled(rewinds.mock.results.map((r) => r.value as Promise<void>))).map((r) => r.status);
    disturbances.publishFailed();
    // The repair runs once settled, and its rewind fails at the delete (tried again every settle time).
    // Read before the spy is restored: restoring clears what it recorded.
    const seen = await eventually(
      async () => {
        const now = await outcomes();
        expect(now).toContain('rejected');
        return now;
      },
      20_000,
      50,
    ).finally(() => rewinds.mockRestore());
    expect(seen).not.toContain('fulfilled');
    const after = await publish();
    await eventually(async () => expect(await applied(after)).toBe(1), 30_000, 100);
    expect(disturbances.repairPending).toBe(true);
    // Nobody made the durable again: the events flowed on the one that stood.
    expect((await (await jetstreamManager(nc)).consumers.info(run.env.NATS_STREAM!, durable)).created).toBe(created);
  }, 60_000);
});
