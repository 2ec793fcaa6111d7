import pino from 'pino';
import { Writable } from 'node:stream';
import { loadPlatformConfig } from '../config/load-config';
import type { IncomingMessage } from 'node:http';
import { correlationIdOf, loggedPath, loggerOptions } from './logger-options';

describe('log redaction', () => {
  it('never writes a BSN, name, birth date, contact data or token, however deep', () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _enc, done) => { lines.push(String(chunk)); done(); } });
    const { pinoHttp } = loggerOptions(loadPlatformConfig('intake', { NODE_ENV: 'test' })) as { pinoHttp: pino.LoggerOptions };
    const logger = pino({ ...pinoHttp, transport: undefined }, sink);
    logger.info({
      req: { headers: { authorization: 'Bearer secret.token.value' } },
      body: { inwoner: { bsn: '111222333', voornaam: 'Ĳsbrand', achternaam: 'de Vries', geboortedatum: '1990-04-01', email: 'a@b.nl', telefoon: '0612345678', postcode: '9711AB' } },
      err: { bsn: '123456782' },
    }, 'registering');
    const out = lines.join('');
    for (const secret of ['111222333', '123456782', 'Ĳsbrand', 'de Vries', '1990-04-01', 'a@b.nl', '0612345678', '9711AB', 'secret.token.value']) {
      expect(out).not.toContain(secret);
    }
    expect(out).toContain('[redacted]');
  });
});

describe('logged request paths', () => {
  it('drop the query string and mask long numbers, keeping ids and words', () => {
    expect(loggedPath('/api/v1/inwoners/555123455?bsn=111222333')).toBe('/api/v1/inwoners/[redacted]');
    expect(loggedPath('/api/v1/trajecten/3f1c2a9e-0b7d-4c55-9e1a-2b3c4d5e6f70/stappen')).toBe('/api/v1/trajecten/3f1c2a9e-0b7d-4c55-9e1a-2b3c4d5e6f70/stappen');
  });
});

describe('the request log’s correlation id', () => {
  it('is a fresh UUID for `X-Correlation-ID: bsn:226073440`, the same one Fastify uses, and a client’s UUID as given', () => {
    const { pinoHttp } = loggerOptions(loadPlatformConfig('intake', { NODE_ENV: 'test' })) as { pinoHttp: { genReqId: (req: unknown) => string } };
    const attack = { headers: { 'x-correlation-id': 'bsn:226073440' } } as unknown as IncomingMessage;
    const logged = pinoHttp.genReqId(attack);
    expect(logged).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(correlationIdOf(attack)).toBe(logged);
    const given = '0b6f5e1c-8d2a-4c3e-9f4b-2a1d3c4e5f60';
    expect(pinoHttp.genReqId({ headers: { 'x-correlation-id': given } } as unknown as IncomingMessage)).toBe(given);
  });
});
