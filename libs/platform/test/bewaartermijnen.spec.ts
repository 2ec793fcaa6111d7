import request from 'supertest';
import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import {
  assertNietBeperkt,
  beperkteInwoners,
  BewaartermijnRunner,
  bullmqConnection,
  bullmqPrefix,
  PlatformConfig,
  zetBeperking,
} from '../src';
import { startTestApp, TestRun } from '../src/testing';
import { BEWAAR_PROBE_API, BewaarProbeModule, BewaarProbeStoring } from './fixtures/bewaar-probe.module';
import { count, eventually } from './helpers';

describe('retention runner and restriction (platform, issue 19)', () => {
  const run = new TestRun();
  const storing = new BewaarProbeStoring();
  let app: NestFastifyApplication;
  let config: PlatformConfig;
  let db: DataSource;
  const now = new Date('2032-06-01T00:00:00Z');

  beforeAll(async () => {
    config = await run.config('trajecten');
    app = await startTestApp(BewaarProbeModule.register(config, storing), config, BEWAAR_PROBE_API);
    db = app.get(DataSource);
    // 7 dossiers closed more than five years before `now`, 3 within the period.
    for (let id = 1; id <= 10; id++) {
      const afgesloten = id <= 7 ? '2026-01-01T00:00:00Z' : '2027-06-02T00:00:00Z';
      await db.query('INSERT INTO probe_dossiers VALUES ($1, $2, $3)', [id, `naam ${id}`, afgesloten]);
    }
  });

  afterAll(async () => {
    await app?.close();
    await run.cleanup();
  });

  const state = () => db.query('SELECT id, naam FROM probe_dossiers ORDER BY id');
  const runner = () => app.get(BewaartermijnRunner);

  it('a run killed halfway is finished by the next; a run twice ends the same', async () => {
    storing.naBatches = 1;
    await expect(runner().voerUit(now)).rejects.toThrow('killed halfway');
    expect(await count(app, 'SELECT 1 FROM probe_dossiers WHERE naam IS NULL')).toBe(3);
    storing.naBatches = undefined;
    expect(await runner().voerUit(now)).toEqual({ dossiers: 4 });
    const na = await state();
    expect(na.filter((r: { naam: string | null }) => r.naam === null).map((r: { id: number }) => r.id)).toEqual([
      1, 2, 3, 4, 5, 6, 7,
    ]);
    expect(await runner().voerUit(now)).toEqual({ dossiers: 0 });
    expect(await state()).toEqual(na);
  });

  it('schedules the daily run at 02:30 Europe/Amsterdam in the run’s own queue prefix', async () => {
    const queue = new Queue(runner().wachtrij, {
      connection: bullmqConnection(config, 'producer'),
      prefix: bullmqPrefix(config),
    });
    try {
      const schedulers = await queue.getJobSchedulers();
      expect(schedulers).toEqual([
        expect.objectContaining({ key: 'dagelijks', pattern: '30 2 * * *', tz: 'Europe/Amsterdam' }),
      ]);
    } finally {
      await queue.close();
    }
  });

  it('beheer starts a run on request (202) and follows it; others may not', async () => {
    const beheer = await run.token({ role: 'beheer', organisatie: 'GM0014' });
    const frontoffice = await run.token({ role: 'frontoffice', organisatie: 'GM0014' });
    const pad = '/api/v1/bewaartermijnen/uitvoeringen';
    await request(app.getHttpServer()).post(pad).set('Authorization', `Bearer ${frontoffice}`).expect(403);
    const start = await request(app.getHttpServer()).post(pad).set('Authorization', `Bearer ${beheer}`).expect(202);
    expect(start.body).toMatchObject({ id: expect.any(String), status: 'wachtend' });
    await eventually(async () => {
      const res = await request(app.getHttpServer())
        .get(`${pad}/${start.body.id}`)
        .set('Authorization', `Bearer ${beheer}`)
        .expect(200);
      expect(res.body).toMatchObject({ status: 'klaar', resultaat: { dossiers: 0 } });
    });
    await request(app.getHttpServer())
      .get(`${pad}/${randomUUID()}`)
      .set('Authorization', `Bearer ${beheer}`)
      .expect(404);
  });

  it('keeps the newest restriction state and refuses everyone but privacy while restricted', async () => {
    const inwonerId = randomUUID();
    const stand = (beperkt: boolean, op: string) => ({ inwonerId, verzoekId: randomUUID(), beperkt, gewijzigdOp: op });
    const m = db.manager;
    const frontoffice = { subject: 'f', roles: ['frontoffice' as const], organisatie: 'GM0014' };
    const privacy = { subject: 'p', roles: ['privacy' as const], organisatie: 'GM0014' };
    expect(await zetBeperking(m, stand(true, '2026-12-01T10:00:00Z'))).toBe(true);
    await expect(assertNietBeperkt(m, inwonerId, frontoffice)).rejects.toMatchObject({ status: 403 });
    await expect(assertNietBeperkt(m, inwonerId, privacy)).resolves.toBeUndefined();
    expect(await beperkteInwoners(m, [inwonerId, randomUUID()])).toEqual(new Set([inwonerId]));
    // An older lift arriving late changes nothing; a newer one lifts.
    expect(await zetBeperking(m, stand(false, '2026-11-30T10:00:00Z'))).toBe(false);
    await expect(assertNietBeperkt(m, inwonerId, frontoffice)).rejects.toMatchObject({ status: 403 });
    expect(await zetBeperking(m, stand(false, '2026-12-02T10:00:00Z'))).toBe(true);
    await expect(assertNietBeperkt(m, inwonerId, frontoffice)).resolves.toBeUndefined();
  });
});
