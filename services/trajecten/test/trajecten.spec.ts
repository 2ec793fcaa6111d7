import request from 'supertest';
import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { connect, NatsConnection } from '@nats-io/transport-node';
import { DataSource } from 'typeorm';
import { AanmeldingAfgerond, EventData, EVENT_EXAMPLES } from '@wiz/contracts';
import { envelopeFor, eventually, publishTestEvent, startTestApp, TestRun } from '@wiz/platform/testing';
import { TrajectenAppModule, TRAJECTEN_API } from '../src/app.module';

describe('trajecten: a traject per aanmelding (thin slice)', () => {
  const run = new TestRun();
  let app: NestFastifyApplication;
  let nc: NatsConnection;
  let consulent: string;

  beforeAll(async () => {
    const config = await run.config('trajecten');
    app = await startTestApp(TrajectenAppModule.register(config), config, TRAJECTEN_API);
    nc = await connect({ servers: run.env.NATS_URL });
    consulent = await run.token({ role: 'consulent', organisatie: 'GM0014' });
  });
  afterAll(async () => {
    await app?.close();
    await nc?.close();
    await run.cleanup();
  });

  const event = (data: Partial<EventData<typeof AanmeldingAfgerond>> = {}) =>
    envelopeFor(AanmeldingAfgerond, {
      ...(EVENT_EXAMPLES.get(AanmeldingAfgerond.type) as EventData<typeof AanmeldingAfgerond>),
      aanmeldingId: randomUUID(),
      inwonerId: randomUUID(),
      organisatie: 'GM0014',
      gemeentecode: 'GM0014',
      stap: 'begeleiden',
      aangemeldOp: new Date().toISOString(),
      ...data,
    });
  const publish = (e: ReturnType<typeof event>) => publishTestEvent(nc, run, AanmeldingAfgerond, e);
  const list = (inwonerId: string, token = consulent) =>
    request(app.getHttpServer()).get('/api/v1/trajecten').query({ inwonerId }).set('Authorization', `Bearer ${token}`);

  it('starts one traject in the routed step, also when the event is delivered twice', async () => {
    const e = event();
    await publish(e);
    await publish(e);
    const marker = event();
    await publish(marker);
    await eventually(async () => expect((await list(marker.data.inwonerId).expect(200)).body.items).toHaveLength(1));
    const res = await list(e.data.inwonerId).expect(200);
    expect(res.body.items).toHaveLength(1);
    expect(res.body.items[0]).toMatchObject({
      inwonerId: e.data.inwonerId,
      status: 'actief',
      huidigeStap: 'begeleiden',
      versie: 1,
    });
    expect(res.body.items[0].stappen).toEqual([{ stap: 'begeleiden', van: e.data.aangemeldOp, tot: null }]);
    const [{ n }] = await app
      .get(DataSource)
      .query('SELECT count(*)::int AS n FROM trajecten WHERE aanmelding_id = $1', [e.data.aanmeldingId]);
    expect(n).toBe(1);
  });

  it('serves one traject with an ETag, and hides it from another organisation', async () => {
    const e = event();
    await publish(e);
    const traject = await eventually(async () => {
      const items = (await list(e.data.inwonerId).expect(200)).body.items;
      expect(items).toHaveLength(1);
      return items[0];
    });
    const one = await request(app.getHttpServer())
      .get(`/api/v1/trajecten/${traject.id}`)
      .set('Authorization', `Bearer ${consulent}`)
      .expect(200);
    expect(one.headers.etag).toBe('"1"');
    const other = await run.token({ role: 'consulent', organisatie: 'GM0034' });
    await request(app.getHttpServer())
      .get(`/api/v1/trajecten/${traject.id}`)
      .set('Authorization', `Bearer ${other}`)
      .expect(404);
    expect((await list(e.data.inwonerId, other).expect(200)).body.items).toHaveLength(0);
  });

  it('refuses a listing without a valid inwonerId with 400', async () => {
    const res = await request(app.getHttpServer())
      .get('/api/v1/trajecten')
      .query({ inwonerId: 'abc' })
      .set('Authorization', `Bearer ${consulent}`)
      .expect(400);
    expect(res.body.errors[0].field).toBe('inwonerId');
  });
});
