import request from 'supertest';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { importJWK, SignJWT } from 'jose';
import { readFileSync } from 'node:fs';
import type Redis from 'ioredis';
import { DataSource, QueryRunner } from 'typeorm';
import { DEV_AUDIENCE, DEV_ISSUER, PROBLEM_CONTENT_TYPE, REDIS } from '../src';
import { devIssuerPaths } from '../src/auth/dev-issuer-paths';
import { JwtVerifier } from '../src/auth/jwt-verifier';
import { startTestApp, TestRun } from '../src/testing';
import { ProbeModule, PROBE_API } from './fixtures/probe.module';
import { count, probeTestApp } from './helpers';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const METRICS_TOKEN = 'scrape-token-of-prometheus';

/** The pentest's requests against the platform (issue 14: findings 2, 5's duplicate keys, 6 and the smaller list). */
describe('HTTP hardening', () => {
  const t = probeTestApp({ METRICS_TOKEN, DATABASE_POOL_SIZE: '2' });
  const run = t.run;
  let app: NestFastifyApplication;
  let beheer: string;
  const server = () => app.getHttpServer();
  const probe = (token?: string) => {
    const r = request(server()).post('/api/v1/probes');
    return token ? r.set('Authorization', `Bearer ${token}`) : r;
  };
  const expectProblem = (res: request.Response, status: number) => {
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.text).not.toMatch(/\bat .+\.(ts|js):\d+/); // no stack trace
  };
  /** A token signed by this run's issuer with exactly these claims (iat and exp in epoch seconds, or left out). */
  const signed = async (claims: { iat?: number; exp?: number }) => {
    const jwk = JSON.parse(readFileSync(devIssuerPaths(run.dir).privateKey, 'utf8'));
    const jwt = new SignJWT({ roles: ['beheer'], organisatie: 'GM0014', ...claims })
      .setProtectedHeader({ alg: 'ES256', kid: jwk.kid })
      .setSubject('mallory')
      .setIssuer(DEV_ISSUER)
      .setAudience(DEV_AUDIENCE);
    return jwt.sign(await importJWK(jwk, 'ES256'));
  };
  const now = () => Math.floor(Date.now() / 1000);

  beforeAll(async () => {
    app = (await t.start()).app;
    beheer = await run.token({ role: 'beheer', organisatie: 'GM0014' });
  });
  afterAll(() => t.stop());

  describe('nested JSON (finding 2)', () => {
    const deepObject = '{"a":'.repeat(6_000) + '1' + '}'.repeat(6_000);
    const deepArrays = '['.repeat(500_000) + ']'.repeat(500_000); // 1 MB, under the body limit

    it('answers an anonymous client 401 before reading its body: no parse, no 500, no 413 for a body past the limit', async () => {
      const deep = await probe().set('Content-Type', 'application/json').send(deepObject);
      expectProblem(deep, 401);
      expect(deep.headers['www-authenticate']).toBe('Bearer');
      expectProblem(await probe().set('Content-Type', 'application/json').send(deepArrays), 401);
      // 2 MB is twice the body limit: a 401 instead of 413 shows the body was never read.
      expectProblem(
        await probe()
          .set('Content-Type', 'application/json')
          .send(`{"naam":"${'x'.repeat(2_000_000)}"}`),
        401,
      );
    });

    it('refuses `{"a":` 6,000 deep and 1 MB of nested arrays from a signed-in client with 400 naming the depth', async () => {
      const deep = await probe(beheer).set('Content-Type', 'application/json').send(deepObject);
      expectProblem(deep, 400);
      expect(deep.body.detail).toMatch(/nested deeper than 32 levels/);
      expect(deep.body.errors[0].field).toBe(Array(32).fill('a').join('.'));
      const arrays = await probe(beheer).set('Content-Type', 'application/json').send(deepArrays);
      expectProblem(arrays, 400);
      expect(arrays.body.detail).toMatch(/nested deeper than 32 levels/);
      await request(server()).get('/health/ready').expect(200);
    });

    it('lets 32 levels through to validation, and refuses 33', async () => {
      const nested = (levels: number) =>
        JSON.stringify({ naam: 'x', extra: JSON.parse('['.repeat(levels - 1) + ']'.repeat(levels - 1)) });
      const fits = await probe(beheer).set('Content-Type', 'application/json').send(nested(32));
      expectProblem(fits, 400);
      expect(fits.body.errors).toEqual([{ field: 'extra', message: 'unknown field' }]);
      const past = await probe(beheer).set('Content-Type', 'application/json').send(nested(33));
      expectProblem(past, 400);
      expect(past.body.errors[0].message).toBe('nested deeper than 32 levels');
    });

    it('verifies the token once per request: the guard reuses the principal the hook found', async () => {
      const verify = jest.spyOn(app.get(JwtVerifier), 'verify');
      try {
        await probe(beheer).send({ naam: 'een keer' }).expect(201);
        expect(verify).toHaveBeenCalledTimes(1);
      } finally {
        verify.mockRestore();
      }
    });

    it('keeps public routes open and unknown routes 404 without a token', async () => {
      await request(server()).get('/api/v1/openapi.json').expect(200);
      await request(server()).get('/api/v1/docs').expect(200);
      await request(server()).get('/health/live').expect(200);
      expectProblem(await request(server()).post('/api/v1/bestaat-niet').send({ a: 1 }), 404);
    });
  });

  describe('duplicate JSON keys (finding 5)', () => {
    it('refuses {"gegeven": true, "gegeven": false}-style bodies with 400 naming the field, however the key is spelled', async () => {
      const twice = await probe(beheer)
        .set('Content-Type', 'application/json')
        .send('{"naam": "Anna", "naam": "Mallory"}');
      expectProblem(twice, 400);
      expect(twice.body.errors).toEqual([{ field: 'naam', message: 'given more than once' }]);
      const escaped = await probe(beheer)
        .set('Content-Type', 'application/json')
        .send('{"naam": "Anna", "na\\u0061m": "Mallory"}');
      expectProblem(escaped, 400);
      expect(escaped.body.errors[0].field).toBe('naam');
      expect(await count(app, "SELECT 1 FROM probe_commands WHERE naam IN ('Anna', 'Mallory')")).toBe(0);
    });

    it('still refuses __proto__ (secure-json-parse) and accepts an ordinary body', async () => {
      expectProblem(
        await probe(beheer)
          .set('Content-Type', 'application/json')
          .send('{"naam": "x", "__proto__": {"isAdmin": true}}'),
        400,
      );
      await probe(beheer).send({ naam: 'gewoon' }).expect(201);
    });
  });

  describe('correlation ids (finding 6)', () => {
    it('replaces `X-Correlation-ID: bsn:226073440` with a fresh UUID; the value reaches neither the answer nor the outbox', async () => {
      const res = await probe(beheer).set('X-Correlation-ID', 'bsn:226073440').send({ naam: 'correlatie' }).expect(201);
      expect(res.headers['x-correlation-id']).toMatch(UUID);
      expect(JSON.stringify(res.headers) + res.text).not.toContain('226073440');
      const [row] = await t.query(
        "SELECT correlation_id, envelope::text AS envelope FROM outbox WHERE envelope->'data'->>'aanmeldingId' = $1",
        [res.body.id],
      );
      expect(row.correlation_id).toBe(res.headers['x-correlation-id']);
      expect(
        await count(
          app,
          "SELECT 1 FROM outbox WHERE correlation_id LIKE '%226073440%' OR envelope::text LIKE '%226073440%'",
        ),
      ).toBe(0);
    });

    it('keeps a UUID-shaped correlation id of any version', async () => {
      const given = '0b6f5e1c-8d2a-7c3e-9f4b-2a1d3c4e5f60'; // version 7
      const res = await request(server()).get('/health/live').set('X-Correlation-ID', given).expect(200);
      expect(res.headers['x-correlation-id']).toBe(given);
    });
  });

  describe('caching and CORS', () => {
    it('sends Cache-Control: no-store on every answer, errors and documents included', async () => {
      const answers = [
        await probe(beheer).send({ naam: 'cache' }),
        await probe().send({ naam: 'cache' }),
        await request(server()).get('/api/v1/bestaat-niet'),
        await request(server()).get('/api/v1/openapi.json'),
        await request(server()).get('/health/ready'),
      ];
      for (const answer of answers) expect(answer.headers['cache-control']).toMatch(/\bno-store\b/);
    });

    it('allows any origin on the OpenAPI document only', async () => {
      const document = await request(server())
        .get('/api/v1/openapi.json')
        .set('Origin', 'https://evil.example')
        .expect(200);
      expect(document.headers['access-control-allow-origin']).toBe('*');
      const yaml = await request(server())
        .get('/api/v1/openapi.yaml')
        .set('Origin', 'https://evil.example')
        .expect(200);
      expect(yaml.headers['access-control-allow-origin']).toBe('*');
      const api = await probe(beheer).set('Origin', 'https://evil.example').send({ naam: 'cors' }).expect(201);
      expect(api.headers['access-control-allow-origin']).toBeUndefined();
      const preflight = await request(server())
        .options('/api/v1/probes')
        .set('Origin', 'https://evil.example')
        .set('Access-Control-Request-Method', 'POST')
        .set('Access-Control-Request-Headers', 'authorization');
      expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    });
  });

  describe('token lifetime and clock skew', () => {
    it('refuses a token with exp in 2200', async () => {
      const res = await probe(await signed({ iat: now(), exp: Math.floor(Date.UTC(2200, 0, 1) / 1000) })).send({
        naam: 'x',
      });
      expectProblem(res, 401);
      expect(res.body.detail).toMatch(/lifetime exceeds 43200 seconds/);
    });

    it('refuses a token without iat, and one issued beyond the clock skew in the future', async () => {
      expectProblem(await probe(await signed({ exp: now() + 3600 })).send({ naam: 'x' }), 401);
      const future = await probe(await signed({ iat: now() + 120, exp: now() + 3600 })).send({ naam: 'x' });
      expectProblem(future, 401);
      expect(future.body.detail).toMatch(/issued in the future|iat/);
    });

    it('accepts 12 hours, a few seconds of skew, and the development issuer’s tokens (npm run token, the portaal’s login)', async () => {
      await probe(await signed({ iat: now(), exp: now() + 12 * 3600 }))
        .send({ naam: 'twaalf uur' })
        .expect(201);
      await probe(await signed({ iat: now() + 10, exp: now() + 3600 }))
        .send({ naam: 'scheve klok' })
        .expect(201);
      await probe(await run.token({ role: 'beheer', organisatie: 'GM0014' }))
        .send({ naam: 'dev' })
        .expect(201);
    });
  });

  describe('idempotency keys', () => {
    it('never replays one caller’s answer to another: the key is scoped to subject and organisation', async () => {
      const key = 'gedeelde-sleutel';
      const own = await run.token({ role: 'beheer', organisatie: 'GM0014', subject: 'anna' });
      const otherOrganisation = await run.token({ role: 'beheer', organisatie: 'GM0106', subject: 'anna' });
      const otherSubject = await run.token({ role: 'beheer', organisatie: 'GM0014', subject: 'bob' });
      const first = await probe(own).set('Idempotency-Key', key).send({ naam: 'sleutel' }).expect(201);
      const replay = await probe(own).set('Idempotency-Key', key).send({ naam: 'sleutel' }).expect(201);
      expect(replay.body.id).toBe(first.body.id);
      for (const token of [otherOrganisation, otherSubject]) {
        const res = await probe(token).set('Idempotency-Key', key).send({ naam: 'sleutel' }).expect(201);
        expect(res.headers['idempotent-replayed']).toBeUndefined();
        expect(res.body.id).not.toBe(first.body.id);
      }
      expect(await count(app, "SELECT 1 FROM probe_commands WHERE naam = 'sleutel'")).toBe(3);
    });
  });

  describe('metrics', () => {
    it('refuses an anonymous scrape when METRICS_TOKEN is set, and answers the scraper', async () => {
      expectProblem(await request(server()).get('/metrics'), 401);
      expectProblem(await request(server()).get('/metrics').set('Authorization', `Bearer ${beheer}`), 401);
      const scrape = await request(server())
        .get('/metrics')
        .set('Authorization', `Bearer ${METRICS_TOKEN}`)
        .expect(200);
      expect(scrape.text).toMatch(/^wiz_outbox_backlog \d+/m);
    });
  });

  describe('readiness on its own connections', () => {
    it('stays ready while requests hold every connection of the pool and the shared Redis connection is busy', async () => {
      const runners: QueryRunner[] = [];
      const redis = app.get<Redis>(REDIS);
      try {
        for (let i = 0; i < 2; i++) {
          const runner = app.get(DataSource).createQueryRunner();
          await runner.connect();
          await runner.startTransaction();
          runners.push(runner);
        }
        const blocked = redis.blpop(`${run.id}:nothing-comes`, 2); // holds the shared connection for 2 s
        const res = await request(server()).get('/health/ready');
        expect(res.body.info).toMatchObject({ postgresql: { status: 'up' }, redis: { status: 'up' } });
        expect(res.status).toBe(200);
        await blocked;
      } finally {
        for (const runner of runners) await runner.release();
      }
    });
  });
});

describe('rate limits shared through Redis, and X-Forwarded-For', () => {
  const run = new TestRun({ RATE_LIMIT_PER_MINUTE: '3' });
  const instances: NestFastifyApplication[] = [];
  let trustingLoopback: NestFastifyApplication;
  const boot = async (env: NodeJS.ProcessEnv = {}) => {
    const config = await run.config('trajecten', env);
    return startTestApp(ProbeModule.register(config), config, PROBE_API);
  };
  const post = (instance: NestFastifyApplication, token: string) =>
    request(instance.getHttpServer())
      .post('/api/v1/probes')
      .set('Authorization', `Bearer ${token}`)
      .send({ naam: 'limiet' });

  beforeAll(async () => {
    instances.push(await boot(), await boot());
    trustingLoopback = await boot({ HTTP_TRUSTED_PROXIES: '127.0.0.1,::1,::ffff:127.0.0.1' });
  });
  afterAll(async () => {
    for (const app of [...instances, trustingLoopback]) await app?.close();
    await run.cleanup();
  });

  it('counts one subject across two instances together, and two subjects from one address apart', async () => {
    const anna = await run.token({ role: 'beheer', organisatie: 'GM0014', subject: 'anna' });
    const bob = await run.token({ role: 'beheer', organisatie: 'GM0014', subject: 'bob' });
    const statuses = [];
    for (const instance of [instances[0], instances[1], instances[0], instances[1]])
      statuses.push((await post(instance, anna)).status);
    expect(statuses).toEqual([201, 201, 201, 429]);
    const limited = await post(instances[0], anna);
    expect(limited.headers['content-type']).toMatch(new RegExp(`^${PROBLEM_CONTENT_TYPE.replace('+', '\\+')}`));
    await post(instances[1], bob).expect(201);
    for (let i = 0; i < 5; i++) await request(instances[0].getHttpServer()).get('/health/ready').expect(200);
  });

  it('ignores X-Forwarded-For from a client that is not a configured proxy', async () => {
    const statuses = [];
    for (let i = 0; i < 4; i++) {
      statuses.push(
        (
          await request(instances[0].getHttpServer())
            .get('/api/v1/openapi.json')
            .set('X-Forwarded-For', `203.0.113.${i}`)
        ).status,
      );
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
  });

  it('believes X-Forwarded-For from a configured proxy (the control: each forwarded client counts apart)', async () => {
    const statuses = [];
    for (let i = 0; i < 4; i++) {
      statuses.push(
        (
          await request(trustingLoopback.getHttpServer())
            .get('/api/v1/openapi.json')
            .set('X-Forwarded-For', `198.51.100.${i}`)
        ).status,
      );
    }
    expect(statuses).toEqual([200, 200, 200, 200]);
  });
});
