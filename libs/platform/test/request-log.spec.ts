import request from 'supertest';
import { probeTestApp } from './helpers';

describe('the request log', () => {
  // Logging on (tests are silent otherwise); every line the service writes is caught, none reaches the test output.
  const t = probeTestApp({ LOG_LEVEL: 'info' });
  const written: string[] = [];
  let token: string;
  beforeAll(async () => {
    await t.start();
    token = await t.run.token({ role: 'beheer', organisatie: 'GM0014' });
    // pino writes to process.stdout under jest (it finds stdout wrapped), to its file descriptor elsewhere.
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk: unknown) => written.push(String(chunk)) > 0);
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await t.stop();
  });

  const requestLines = () =>
    written
      .join('')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line))
      .filter((line) => line.msg === 'request completed');

  it('has one line per answered request, with the correlation id the answer carries, and none for health', async () => {
    written.length = 0;
    const server = t.app.getHttpServer();
    const created = await request(server)
      .post('/api/v1/probes?bsn=111222333')
      .set('Authorization', `Bearer ${token}`)
      .send({ naam: 'gelogd' })
      .expect(201);
    const refused = await request(server).post('/api/v1/probes').send({ naam: 'zonder token' }).expect(401);
    await request(server).get('/health/live').expect(200);

    expect(requestLines()).toEqual([
      expect.objectContaining({
        service: 'trajecten',
        req: { method: 'POST', url: '/api/v1/probes', id: created.headers['x-correlation-id'] },
        res: { statusCode: 201 },
        responseTime: expect.any(Number),
      }),
      expect.objectContaining({
        req: { method: 'POST', url: '/api/v1/probes', id: refused.headers['x-correlation-id'] },
        res: { statusCode: 401 },
      }),
    ]);
    expect(written.join('')).not.toContain('111222333');
  });
});
