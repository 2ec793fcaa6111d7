import { randomUUID } from 'node:crypto';
import { createServer, connect as connectTcp, Server, Socket } from 'node:net';
import request from 'supertest';
import Redis from 'ioredis';
import { BatchedRateLimitStore } from '../src/http/batched-rate-limit-store';
import { startTestApp, TestRun } from '../src/testing';
import { ProbeModule, PROBE_API } from './fixtures/probe.module';
import { probeTestApp } from './helpers';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

describe('rate limiting', () => {
  const t = probeTestApp({ RATE_LIMIT_PER_MINUTE: '3' });
  let app: NestFastifyApplication;

  beforeAll(async () => {
    app = (await t.start()).app;
  });
  afterAll(() => t.stop());

  it('answers 429 problem+json past the limit, and never limits health checks', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await request(app.getHttpServer()).get('/api/v1/openapi.json')).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await request(app.getHttpServer()).get('/api/v1/openapi.json');
    expect(limited.headers['content-type']).toMatch(/problem\+json/);
    expect(limited.body).toMatchObject({ status: 429, title: 'Too Many Requests' });
    for (let i = 0; i < 5; i++) await request(app.getHttpServer()).get('/health/live').expect(200);
  });
});

describe('rate limiting right after the start, on a Redis slow to connect', () => {
  const redisUrl = new URL(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379');
  const run = new TestRun();
  let proxy: Server;
  let app: NestFastifyApplication | undefined;

  beforeAll(async () => {
    // Passes each connection on to Redis only after a while: the connections' handshakes finish late (within the
    // limiter's 1 s command timeout, which its ready check is under).
    proxy = createServer((client) => {
      client.pause();
      let upstream: Socket | undefined;
      const close = () => (client.destroy(), upstream?.destroy());
      client.on('error', close).on('close', close);
      setTimeout(() => {
        if (client.destroyed) return;
        upstream = connectTcp(Number(redisUrl.port || 6379), redisUrl.hostname);
        upstream.on('error', close).on('close', close);
        client.pipe(upstream).pipe(client);
        client.resume();
      }, 700);
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const port = (proxy.address() as { port: number }).port;
    const config = await run.config('trajecten', {
      REDIS_URL: `redis://127.0.0.1:${port}${redisUrl.pathname}`,
      RATE_LIMIT_PER_MINUTE: '3',
    });
    app = await startTestApp(ProbeModule.register(config), config, PROBE_API);
  });
  afterAll(async () => {
    await app?.close();
    await new Promise((resolve) => (proxy ? proxy.close(resolve) : resolve(undefined)));
    await run.cleanup();
  });

  it('counts from the first request the started app answers', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await request(app!.getHttpServer()).get('/api/v1/openapi.json')).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
  });
});

describe('rate limit counts kept locally and sent to Redis in batches', () => {
  const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
  const keyPrefix = `wiz-test-rate-limit-${randomUUID()}:`;
  const connections: Redis[] = [];
  const stores: BatchedRateLimitStore[] = [];

  /** One service instance's store, on its own connection. */
  function instance(): { store: BatchedRateLimitStore; redis: Redis } {
    const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
    const store = new BatchedRateLimitStore(redis, { keyPrefix, syncIntervalMs: 60_000 });
    connections.push(redis);
    stores.push(store);
    return { store, redis };
  }

  /** Whether the plugin lets the request through: it refuses when the count including it exceeds max. */
  function admitted(store: BatchedRateLimitStore, key: string, max: number, timeWindow = 60_000): Promise<boolean> {
    return new Promise((resolve, reject) =>
      store.incr(key, (error, counted) => (error ? reject(error) : resolve(counted!.current <= max)), timeWindow, max),
    );
  }

  async function countAdmitted(requests: Array<() => Promise<boolean>>): Promise<number> {
    let n = 0;
    for (const request of requests) if (await request()) n++;
    return n;
  }

  afterAll(async () => {
    for (const store of stores) await store.close();
    const keys = await connections[0].keys(`${keyPrefix}*`);
    if (keys.length) await connections[0].del(...keys);
    for (const redis of connections) redis.disconnect();
  });

  it('one instance admits exactly max in a window, going to Redis on only a few requests far from the limit', async () => {
    const { store, redis } = instance();
    const sends = jest.spyOn(redis as unknown as { countInWindow: () => void }, 'countInWindow');
    const key = 'alone';
    expect(await countAdmitted(Array.from({ length: 800 }, () => () => admitted(store, key, 1_000)))).toBe(800);
    expect(sends.mock.calls.length).toBeLessThanOrEqual(10);
    expect(await countAdmitted(Array.from({ length: 400 }, () => () => admitted(store, key, 1_000)))).toBe(200);
    await store.sync();
    expect(Number(await redis.get(`${keyPrefix}${key}`))).toBe(1_200);
  });

  it('several instances together admit at most max plus a tenth of it per other instance', async () => {
    const instances = [instance(), instance(), instance()];
    const key = 'shared';
    const max = 200;
    const requests = Array.from({ length: 600 }, (_, i) => () => admitted(instances[i % 3].store, key, max));
    const n = await countAdmitted(requests);
    expect(n).toBeGreaterThanOrEqual(max);
    expect(n).toBeLessThanOrEqual(max + 2 * (max / 10 - 1));
    for (const { store } of instances) await store.sync();
    expect(Number(await instances[0].redis.get(`${keyPrefix}${key}`))).toBe(600);
  });

  it('below 20 per window every request is counted in Redis, so instances share an exact count', async () => {
    const [a, b] = [instance(), instance()];
    const key = 'small';
    const requests = Array.from({ length: 12 }, (_, i) => () => admitted((i % 2 ? a : b).store, key, 10));
    expect(await countAdmitted(requests)).toBe(10);
  });

  it('a new window starts when the old one ends', async () => {
    const { store } = instance();
    const key = 'window';
    expect(await countAdmitted(Array.from({ length: 4 }, () => () => admitted(store, key, 3, 300)))).toBe(3);
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect(await admitted(store, key, 3, 300)).toBe(true);
  });
});
