import request from 'supertest';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { startTestApp, TestRun } from '../src/testing';
import { ProbeModule, PROBE_API } from './fixtures/probe.module';

describe('rate limiting', () => {
  const run = new TestRun({ RATE_LIMIT_PER_MINUTE: '3' });
  let app: NestFastifyApplication;

  beforeAll(async () => {
    const config = await run.config('trajecten');
    app = await startTestApp(ProbeModule.register(config), config, PROBE_API);
  });
  afterAll(async () => {
    await app?.close();
    await run.cleanup();
  });

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
