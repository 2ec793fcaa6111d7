import request from 'supertest';
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
