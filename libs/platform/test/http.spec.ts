import request from 'supertest';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { Housekeeping } from '../src';

import { count, probeTestApp } from './helpers';

describe('HTTP platform rules', () => {
  const t = probeTestApp({ HTTP_BODY_LIMIT_BYTES: '2048' });
  const run = t.run;
  let app: NestFastifyApplication;
  let token: string;
  const post = () => request(app.getHttpServer()).post('/api/v1/probes').set('Authorization', `Bearer ${token}`);
  const expectProblem = (res: request.Response, status: number) => {
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ status, title: expect.any(String), detail: expect.any(String) });
    expect(JSON.stringify(res.body)).not.toMatch(/\bat .+\.(ts|js):\d+/); // no stack trace
  };

  beforeAll(async () => {
    app = (await t.start()).app;
    token = await run.token({ role: 'beheer', organisatie: 'GM0014' });
  });
  afterAll(() => t.stop());

  it('puts API-Version on every response, errors included', async () => {
    const ok = await request(app.getHttpServer()).get('/health/live');
    const notFound = await request(app.getHttpServer()).get('/api/v1/bestaat-niet');
    expect(ok.headers['api-version']).toBe('1.0.0');
    expect(notFound.headers['api-version']).toBe('1.0.0');
  });

  it('answers malformed JSON with 400 problem+json', async () => {
    expectProblem(await post().set('Content-Type', 'application/json').send('{"naam": '), 400);
  });

  it('lists every invalid and unknown field at once', async () => {
    const res = await post().send({ naam: '', aantal: 1.5, geheim: true });
    expectProblem(res, 400);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['aantal', 'geheim', 'naam']);
  });

  it('refuses a NUL character anywhere (PostgreSQL cannot store one) with 400 naming the field, before the handler', async () => {
    const inBody = await post().send({ naam: 'Ann\u0000a', aantal: 1 });
    expectProblem(inBody, 400);
    expect(inBody.body.errors).toEqual([{ field: 'naam', message: 'must not contain the NUL character' }]);
    const nested = await post().send({ naam: 'Anna', aantal: 1, labels: { 'x\u0000': 'y' } });
    expectProblem(nested, 400);
    expect(nested.body.errors[0].field).toBe('labels.x\u0000');
  });

  it('answers an oversize body with 413', async () => {
    expectProblem(await post().send({ naam: 'x'.repeat(5_000) }), 413);
  });

  it('answers a trailing slash with 404', async () => {
    expectProblem(
      await request(app.getHttpServer())
        .post('/api/v1/probes/')
        .set('Authorization', `Bearer ${token}`)
        .send({ naam: 'x' }),
      404,
    );
  });

  it('answers a streamed body whose writer fails before its first piece with a problem, not a bare 500', async () => {
    const res = await request(app.getHttpServer()).get('/api/v1/probes/stroom').set('Authorization', `Bearer ${token}`);
    expectProblem(res, 503);
    expect(JSON.stringify(res.body)).not.toContain('ECONNREFUSED'); // the error's own message stays in the log
  });

  it('answers an unsupported content type with 415', async () => {
    expectProblem(await post().set('Content-Type', 'application/xml').send('<naam/>'), 415);
  });

  it('sets helmet security headers, the same on every response', async () => {
    const res = await request(app.getHttpServer()).get('/health/live');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("script-src 'self' 'unsafe-inline'");
    expect(res.headers['content-security-policy']).toContain("img-src 'self' data:");
    expect(res.headers['strict-transport-security']).toMatch(/^max-age=\d+/);
    const security = (h: Record<string, string>) =>
      Object.fromEntries(
        ['content-security-policy', 'strict-transport-security', 'x-frame-options', 'referrer-policy'].map((k) => [
          k,
          h[k],
        ]),
      );
    // An API answer and a 404 carry the same ones.
    const created = await post().send({ naam: 'headers' }).expect(201);
    const missing = await request(app.getHttpServer()).get('/api/v1/bestaat-niet').expect(404);
    expect(security(created.headers)).toEqual(security(res.headers));
    expect(security(missing.headers)).toEqual(security(res.headers));
  });

  it('returns the first result for concurrent requests with one Idempotency-Key, and creates one record', async () => {
    const key = `key-${Date.now()}`;
    const responses = await Promise.all(
      Array.from({ length: 8 }, () => post().set('Idempotency-Key', key).send({ naam: 'idempotent' })),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(8).fill(201));
    expect(new Set(responses.map((r) => r.body.id)).size).toBe(1);
    expect(await count(app, "SELECT 1 FROM probe_commands WHERE naam = 'idempotent'")).toBe(1);
    expect(
      await count(app, "SELECT 1 FROM outbox WHERE envelope->'data'->>'aanmeldingId' = $1", [responses[0].body.id]),
    ).toBe(1);
  });

  it('refuses an Idempotency-Key reused with another body', async () => {
    await post().set('Idempotency-Key', 'reused').send({ naam: 'een' }).expect(201);
    expectProblem(await post().set('Idempotency-Key', 'reused').send({ naam: 'twee' }), 422);
  });

  it('reports readiness of PostgreSQL, NATS and Redis', async () => {
    const res = await request(app.getHttpServer()).get('/health/ready').expect(200);
    expect(Object.keys(res.body.info).sort()).toEqual(['nats', 'postgresql', 'redis']);
  });

  it('exposes Prometheus metrics including outbox backlog and consumer lag', async () => {
    const res = await request(app.getHttpServer()).get('/metrics').expect(200);
    expect(res.text).toMatch(/^wiz_outbox_backlog \d+/m);
    expect(res.text).toMatch(/wiz_consumer_lag\{consumer="trajecten--/);
    expect(res.text).toMatch(/http_request_duration_seconds_bucket/);
  });
});

describe('housekeeping', () => {
  const t = probeTestApp();
  let app: NestFastifyApplication;

  beforeAll(async () => {
    app = (await t.start()).app;
  });
  afterAll(() => t.stop());

  it('removes sent outbox rows and idempotency keys past their retention, and keeps the rest', async () => {
    const db = app.get(DataSource);
    const envelope = (id: string) => JSON.stringify({ id });
    await db.query(
      `INSERT INTO outbox (event_id, subject, envelope, correlation_id, sent_at) VALUES
      (gen_random_uuid(), 's', $1, 'c', now() - interval '8 days'),
      (gen_random_uuid(), 's', $1, 'c', now() - interval '1 day'),
      (gen_random_uuid(), 's', $1, 'c', NULL)`,
      [envelope('x')],
    );
    await db.query(`UPDATE outbox SET created_at = now() - interval '9 days' WHERE sent_at IS NULL`);
    await db.query(`INSERT INTO idempotency_keys (scope, key, request_hash, response_status, created_at) VALUES
      ('s', 'old', 'h', 201, now() - interval '25 hours'), ('s', 'new', 'h', 201, now())`);
    expect(await app.get(Housekeeping).run()).toEqual({ outbox: 1, idempotencyKeys: 1 });
    expect(await count(app, 'SELECT 1 FROM outbox WHERE sent_at IS NULL')).toBe(1); // unsent is never removed
    expect(await count(app, "SELECT 1 FROM idempotency_keys WHERE key = 'new'")).toBe(1);
  });
});
