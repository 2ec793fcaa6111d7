import { randomUUID } from 'node:crypto';
import { RequestMethod } from '@nestjs/common';
import type { Params } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import type { Options as PinoHttpOptions } from 'pino-http';
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import type { PlatformConfig } from '../config/platform-config';
import { currentContext } from '../context/request-context';

export const CORRELATION_ID_HEADER = 'x-correlation-id';

/** A client's correlation id is kept only when it is UUID-shaped (RFC 4122 text, any version). */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CORRELATION_ID = Symbol('wiz:correlation-id');

/**
 * The correlation id of an HTTP request: the client's X-Correlation-ID when it is a UUID, else a new one. The id
 * lands in logs, NATS headers, the outbox and the audit log, so a client may only pick one that carries nothing
 * (never text of its own such as `bsn:226073440`). Kept on the raw request, so Fastify's request id and the request
 * log's `req.id` are one and the same.
 */
export function correlationIdOf(req: { headers: IncomingHttpHeaders; [CORRELATION_ID]?: string }): string {
  const given = req.headers[CORRELATION_ID_HEADER];
  return (req[CORRELATION_ID] ??= typeof given === 'string' && UUID.test(given) ? given.toLowerCase() : randomUUID());
}

/**
 * Fields that may carry personal data anywhere in a log object. pino removes them before serialising, so a
 * BSN or name in a request body, an error or an event never reaches the log.
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  '*.bsn',
  '*.*.bsn',
  '*.*.*.bsn',
  '*.voornaam',
  '*.*.voornaam',
  '*.achternaam',
  '*.*.achternaam',
  '*.geboortedatum',
  '*.*.geboortedatum',
  '*.email',
  '*.*.email',
  '*.telefoon',
  '*.*.telefoon',
  '*.postcode',
  '*.*.postcode',
  '*.huisnummer',
  '*.*.huisnummer',
];

export function loggerOptions(config: PlatformConfig): Params {
  const options: PinoHttpOptions = {
    level: config.logLevel,
    base: { service: config.service },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    // The correlation id of the unit of work in hand: the HTTP request's, or the event's in a consumer.
    mixin: () => {
      const ctx = currentContext();
      return ctx ? { correlationId: ctx.correlationId } : {};
    },
    genReqId: (req: IncomingMessage) => correlationIdOf(req),
    // Never log bodies or URLs' query strings: both may hold personal data; nor a long number a client put in
    // the path (no route takes a BSN, but a mistaken client can still send one).
    serializers: {
      req: (req: { method?: string; url?: string; id?: string }) => ({
        method: req.method,
        url: loggedPath(req.url),
        id: req.id,
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    // originalUrl: under the middleware router req.url may be relative to where the logger is mounted.
    autoLogging: {
      ignore: (req: IncomingMessage & { originalUrl?: string }) =>
        /^\/(health|metrics)/.test(req.originalUrl ?? req.url ?? ''),
    },
  };
  return {
    // Every route, in the path syntax of Nest 11 (nestjs-pino's default '*' makes Nest warn at every start).
    forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
    // Readable lines are made from the JSON pino writes, after redaction: the same fields are removed either way.
    pinoHttp: prettyLogs(config) ? [options, prettyDestination()] : options,
  };
}

/**
 * Readable lines or JSON: LOG_FORMAT decides when it is set; otherwise readable only in development with a terminal
 * on stdout (npm start, whose services write to a pipe, sets LOG_FORMAT=pretty when it runs in a terminal itself).
 */
export function prettyLogs(config: PlatformConfig, stdoutIsTerminal = Boolean(process.stdout.isTTY)): boolean {
  return config.logFormat ? config.logFormat === 'pretty' : config.environment === 'development' && stdoutIsTerminal;
}

/**
 * One readable line per log object (`12:01:02 INFO: aanmelding geregistreerd {…}`), coloured when colours are
 * supported or FORCE_COLOR is set; written synchronously, so a crash's last lines are not lost. The service's name
 * is left out: npm start prefixes every line with it.
 */
export function prettyDestination(out: { write(line: string): unknown } = process.stdout): DestinationStream {
  const prettify = pinoPretty().prettyFactory({
    translateTime: 'SYS:HH:MM:ss',
    customPrettifiers: { time: (time) => String(time) },
    ignore: 'service',
    singleLine: true,
  });
  return { write: (json: string) => void out.write(prettify(json)) };
}

function pinoPretty(): typeof import('pino-pretty') {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- pino-pretty is a development dependency, absent from the production image: loaded only when readable logs are asked for
    return require('pino-pretty') as typeof import('pino-pretty');
  } catch {
    throw new Error(
      'LOG_FORMAT=pretty needs pino-pretty, a development dependency (npm install); without it, use LOG_FORMAT=json',
    );
  }
}

export function loggedPath(url: string | undefined): string {
  return String(url ?? '')
    .split('?')[0]
    .replace(/\d{8,}/g, '[redacted]');
}
