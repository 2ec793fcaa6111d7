import request from 'supertest';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';

import { connect, NatsConnection } from '@nats-io/transport-node';
import { AanmeldingAfgerond, EventEnvelope } from '@wiz/contracts';
import { publishTestEvent, ServiceTestApp, startTestApp, TestRun } from '../src/testing';
import { ProbeFailures, ProbeModule, PROBE_API } from './fixtures/probe.module';

export { eventually } from '../src/testing';

export async function count(app: NestFastifyApplication, sql: string, params: unknown[] = []): Promise<number> {
  const [row] = await app.get(DataSource).query(`SELECT count(*)::int AS n FROM (${sql}) x`, params);
  return row.n;
}

/** The probe service under test (platform tests), with its own database, stream and issuer. */
export function probeTestApp(env: NodeJS.ProcessEnv = {}): ServiceTestApp {
  return new ServiceTestApp('trajecten', (config) => ProbeModule.register(config), PROBE_API, env);
}

/**
 * The probe service with its consumers (failing as `failures` says) and a NATS connection to publish with, in a run
 * of its own (`env`; `configEnv` for the service's configuration only): started before the describe block's tests,
 * stopped and cleaned up after them. `app` and `nc` are there once the block's tests run; `publish` puts an
 * envelope (or raw text) of the event the probe consumes, AanmeldingAfgerond, on the run's stream, with a fresh
 * message id each time, so the stream's dedupe does not hide a redelivery.
 */
export function probeConsumerTestApp(
  env: NodeJS.ProcessEnv = {},
  configEnv: NodeJS.ProcessEnv = {},
  options: { write?: boolean } = {},
) {
  const run = new TestRun(env);
  const failures = new ProbeFailures();
  let app: NestFastifyApplication | undefined;
  let nc: NatsConnection | undefined;
  beforeAll(async () => {
    const config = await run.config('trajecten', configEnv);
    app = await startTestApp(ProbeModule.register(config, failures, options), config, PROBE_API);
    nc = await connect({ servers: run.env.NATS_URL });
  });
  afterAll(async () => {
    await app?.close();
    await nc?.close();
    await run.cleanup();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the probe service is not started yet (use it inside a test)');
    return value;
  };
  return {
    run,
    failures,
    get app(): NestFastifyApplication {
      return started(app);
    },
    get nc(): NatsConnection {
      return started(nc);
    },
    publish: (envelope: EventEnvelope | string) => publishTestEvent(started(nc), run, AanmeldingAfgerond, envelope),
  };
}

/** The service's dead letters as beheer lists them (GET /api/v1/dead-letters, answered 200), as the body holds them. */
export async function listDeadLetters(app: NestFastifyApplication, beheerToken: string): Promise<any[]> {
  const res = await request(app.getHttpServer())
    .get('/api/v1/dead-letters')
    .set('Authorization', `Bearer ${beheerToken}`)
    .expect(200);
  return res.body.items;
}
