import pino from 'pino';
import { Writable } from 'node:stream';
import { stripVTControlCharacters } from 'node:util';
import { loadPlatformConfig } from '../config/load-config';
import type { IncomingMessage } from 'node:http';
import { spawnSync } from 'node:child_process';
import {
  correlationIdOf,
  createLogger,
  EventLog,
  loggedPath,
  pinoOptions,
  prettyLogs,
  RequestLog,
} from './logger-options';

/** A stream that keeps every line written to it. */
function captured(): { lines: string[]; sink: Writable } {
  const lines: string[] = [];
  const sink = new Writable({
    write: (chunk, _enc, done) => {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, sink };
}

describe('log redaction', () => {
  it('never writes a BSN, name, birth date, contact data or token, however deep', () => {
    const { lines, sink } = captured();
    const logger = pino(pinoOptions(loadPlatformConfig('intake', { NODE_ENV: 'test' })), sink);
    logger.info(
      {
        req: { headers: { authorization: 'Bearer secret.token.value' } },
        body: {
          inwoner: {
            bsn: '111222333',
            voornaam: 'Ĳsbrand',
            achternaam: 'de Vries',
            geboortedatum: '1990-04-01',
            email: 'a@b.nl',
            telefoon: '0612345678',
            postcode: '9711AB',
          },
        },
        err: { bsn: '123456782' },
      },
      'registering',
    );
    const out = lines.join('');
    for (const secret of [
      '111222333',
      '123456782',
      'Ĳsbrand',
      'de Vries',
      '1990-04-01',
      'a@b.nl',
      '0612345678',
      '9711AB',
      'secret.token.value',
    ]) {
      expect(out).not.toContain(secret);
    }
    expect(out).toContain('[redacted]');
  });
});

describe('logged request paths', () => {
  it('drop the query string and mask long numbers, keeping ids and words', () => {
    expect(loggedPath('/api/v1/inwoners/555123455?bsn=111222333')).toBe('/api/v1/inwoners/[redacted]');
    expect(loggedPath('/api/v1/trajecten/3f1c2a9e-0b7d-4c55-9e1a-2b3c4d5e6f70/stappen')).toBe(
      '/api/v1/trajecten/3f1c2a9e-0b7d-4c55-9e1a-2b3c4d5e6f70/stappen',
    );
  });
});

describe('the request log’s correlation id', () => {
  it('is a fresh UUID for `X-Correlation-ID: bsn:226073440`, the same one each time it is asked, and a client’s UUID as given', () => {
    const attack = { headers: { 'x-correlation-id': 'bsn:226073440' } } as unknown as IncomingMessage;
    const logged = correlationIdOf(attack);
    expect(logged).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(correlationIdOf(attack)).toBe(logged);
    const given = '0b6f5e1c-8d2a-4c3e-9f4b-2a1d3c4e5f60';
    expect(correlationIdOf({ headers: { 'x-correlation-id': given } })).toBe(given);
  });
});

describe('the request log', () => {
  const linesOf = (answer: (log: RequestLog) => void) => {
    const { lines, sink } = captured();
    answer(new RequestLog(pino(pinoOptions(loadPlatformConfig('intake', { NODE_ENV: 'test' })), sink)));
    return lines.map((line) => JSON.parse(line));
  };

  it('writes one line per answered request: method, path without query or long numbers, id, status, time', () => {
    const id = '0b6f5e1c-8d2a-4c3e-9f4b-2a1d3c4e5f60';
    const [line, ...rest] = linesOf((log) =>
      log.answered({ method: 'GET', url: '/api/v1/inwoners/555123455?bsn=111222333', id }, 404, 3.6),
    );
    expect(rest).toEqual([]);
    expect(line).toMatchObject({
      level: 30,
      service: 'intake',
      msg: 'request completed',
      req: { method: 'GET', url: '/api/v1/inwoners/[redacted]', id },
      res: { statusCode: 404 },
      responseTime: 4,
    });
    expect(JSON.stringify(line)).not.toContain('111222333');
  });

  it('leaves out health and metrics', () => {
    const lines = linesOf((log) => {
      log.answered({ method: 'GET', url: '/health/ready', id: 'a' }, 200, 1);
      log.answered({ method: 'GET', url: '/metrics', id: 'b' }, 200, 1);
    });
    expect(lines).toEqual([]);
  });
});

describe('the event log', () => {
  it('writes one line per applied event: consumer, event id and type, correlation id', () => {
    const { lines, sink } = captured();
    const log = new EventLog(pino(pinoOptions(loadPlatformConfig('intake', { NODE_ENV: 'test' })), sink));
    const envelope = { id: 'e1', type: 'trajecten.traject-gestart.v1', correlationid: 'c1' };
    log.applied('intake-traject-gestart', envelope);
    expect(lines.map((line) => JSON.parse(line))).toEqual([
      expect.objectContaining({
        level: 30,
        service: 'intake',
        msg: 'event applied',
        consumer: 'intake-traject-gestart',
        eventId: 'e1',
        eventType: 'trajecten.traject-gestart.v1',
        correlationId: 'c1',
      }),
    ]);
  });
});

describe('JSON logs', () => {
  it('are written many lines at a time, and all reach stdout when the process exits right after logging them', () => {
    // A process logs 5,000 lines in one go and exits at once, counting its writes to stdout: the lines logged while a
    // write is under way go together in the next, and what is still queued at the exit is flushed.
    const script = `
      const fs = require('node:fs');
      let writes = 0;
      for (const name of ['write', 'writeSync', 'writev']) {
        const original = fs[name];
        fs[name] = function (fd, ...rest) { if (fd === 1) writes += 1; return original.call(this, fd, ...rest); };
      }
      const { createLogger } = require(${JSON.stringify(require.resolve('./logger-options'))});
      const { loadPlatformConfig } = require(${JSON.stringify(require.resolve('../config/load-config'))});
      const logger = createLogger(loadPlatformConfig('intake', { NODE_ENV: 'test', LOG_FORMAT: 'json' }));
      for (let i = 0; i < 5000; i++) logger.info({ i }, 'line');
      process.on('exit', () => process.stderr.write('writes ' + writes));
      process.exit(0);`;
    const child = spawnSync(process.execPath, ['-r', '@swc-node/register', '-e', script], {
      encoding: 'utf8',
      maxBuffer: 64 * 2 ** 20,
    });
    const numbers = child.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line).i);
    expect(numbers).toEqual(Array.from({ length: 5000 }, (_, i) => i));
    const writes = Number(/writes (\d+)/.exec(child.stderr)?.[1]);
    expect(writes).toBeGreaterThan(0);
    expect(writes).toBeLessThan(100);
  });
});

describe('readable logs', () => {
  const config = (env: NodeJS.ProcessEnv) => loadPlatformConfig('intake', env);
  const production = {
    NODE_ENV: 'production',
    AUTH_JWKS_URL: 'https://idp.example/jwks',
    AUTH_INWONER_JWKS_URL: 'https://intake.example/api/v1/inwonersessies/sleutels',
    NATS_USER: 'intake',
    NATS_PASSWORD: 'secret',
  };

  it('redact what the JSON redacts and print time, level and message on one line', () => {
    const lines: string[] = [];
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk: unknown) => lines.push(String(chunk)) > 0);
    const logger = createLogger(config({ NODE_ENV: 'test', LOG_FORMAT: 'pretty' }));
    logger.info(
      {
        body: {
          inwoner: {
            bsn: '111222333',
            voornaam: 'Ĳsbrand',
            achternaam: 'de Vries',
            geboortedatum: '1990-04-01',
            postcode: '9711AB',
          },
        },
      },
      'aanmelding geregistreerd',
    );
    jest.restoreAllMocks();
    const out = stripVTControlCharacters(lines.join('')); // coloured or not, as the terminal allows
    expect(out).toMatch(/^\d\d:\d\d:\d\d INFO: aanmelding geregistreerd \{.*"bsn":"\[redacted\]".*\}\n$/);
    for (const secret of ['111222333', 'Ĳsbrand', 'de Vries', '1990-04-01', '9711AB'])
      expect(out).not.toContain(secret);
    expect(out).not.toContain('intake');
  });

  it('are chosen by LOG_FORMAT, otherwise only in development with a terminal', () => {
    expect(prettyLogs(config({ ...production, LOG_FORMAT: 'pretty' }), false)).toBe(true);
    expect(prettyLogs(config({ LOG_FORMAT: 'json' }), true)).toBe(false);
    expect(prettyLogs(config({}), true)).toBe(true);
    expect(prettyLogs(config({}), false)).toBe(false);
    expect(prettyLogs(config(production), true)).toBe(false);
    expect(prettyLogs(config({ NODE_ENV: 'test' }), true)).toBe(false);
    expect(() => config({ LOG_FORMAT: 'fancy' })).toThrow(/LOG_FORMAT/);
  });
});
