import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { connect, NatsConnection } from '@nats-io/transport-node';
import { AanmeldingAfgerond } from '@wiz/contracts';
import { DataSource } from 'typeorm';
import { envelopeFor, publishTestEvent, startTestApp, TestRun } from '../src/testing';
import { ProbeModule, PROBE_API, probeEventData } from './fixtures/probe.module';
import { eventually } from './helpers';

describe('two instances sharing one durable consumer', () => {
  const run = new TestRun();
  const instances: NestFastifyApplication[] = [];
  let nc: NatsConnection;
  const TOTAL = 1_000;

  beforeAll(async () => {
    for (const name of ['a', 'b']) {
      const config = Object.assign(await run.config('trajecten'), { instance: name });
      instances.push(await startTestApp(ProbeModule.register(config), config, PROBE_API));
    }
    nc = await connect({ servers: run.env.NATS_URL });
  });

  afterAll(async () => {
    for (const app of instances) await app.close();
    await nc?.close();
    await run.cleanup();
  });

  it(`processes ${TOTAL} events exactly once between them`, async () => {
    await Promise.all(
      Array.from({ length: TOTAL }, () => {
        const envelope = envelopeFor(AanmeldingAfgerond, probeEventData(randomUUID()));
        return publishTestEvent(nc, run, AanmeldingAfgerond, envelope, envelope.id);
      }),
    );
    const db = instances[0].get(DataSource);
    const rows: { instance: string; n: number }[] = await eventually(
      async () => {
        const r = await db.query('SELECT instance, count(*)::int AS n FROM probe_effects GROUP BY instance');
        expect(r.reduce((a: number, x: { n: number }) => a + x.n, 0)).toBe(TOTAL);
        return r;
      },
      60_000,
      250,
    );
    const [{ distinct }] = await db.query('SELECT count(DISTINCT aanmelding_id)::int AS distinct FROM probe_effects');
    expect(distinct).toBe(TOTAL);
    expect(rows.map((r) => r.instance).sort()).toEqual(['a', 'b']);
    // Nothing more arrives later: wait a little and count again.
    await new Promise((r) => setTimeout(r, 1_000));
    const [{ n }] = await db.query('SELECT count(*)::int AS n FROM probe_effects');
    expect(n).toBe(TOTAL);
  }, 90_000);
});
