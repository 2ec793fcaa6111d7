import { randomUUID } from 'node:crypto';
import type { Params } from 'nestjs-pino';
import pino, { type DestinationStream, type Logger, type LoggerOptions } from 'pino';
import type { IncomingHttpHeaders } from 'node:http';
import type { Writable } from 'node:stream';
import type { PlatformConfig } from '../config/platform-config';
import { currentContext } from '../context/request-context';

export const CORRELATION_ID_HEADER = 'x-correlation-id';

/** A client's correlation id is kept only when it is UUID-shaped (RFC 4122 text, any version). */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CORRELATION_ID = Symbol('wiz:correlation-id');

/**
 * The correlation id of an HTTP request: the client's X-Correlation-ID when it is a UUID, else a new one. The id
 * lands in logs, NATS headers, the outbox and the audit log, so a client may only pick one that carries nothing
 * (never text of its own such as `bsn:226073440`). Fastify takes it as the request's id, which the request log
 * writes as `req.id`.
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

/**
 * The service's one logger: its level, its name, the redaction above and the correlation id of the unit of work in
 * hand (the HTTP request's, or the event's in a consumer) on every line.
 */
export function pinoOptions(config: PlatformConfig): LoggerOptions {
  return {
    level: config.logLevel,
    base: { service: config.service },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    mixin: () => {
      const ctx = currentContext();
      return ctx ? { correlationId: ctx.correlationId } : {};
    },
    // A request or answer in a log object shows these fields only: never a body or a URL's query string (both may
    // hold personal data), nor a long number a client put in the path (no route takes a BSN, but a mistaken client
    // can still send one).
    serializers: {
      req: (req: { method?: string; url?: string; id?: string }) => ({
        method: req.method,
        url: loggedPath(req.url),
        id: req.id,
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  };
}

/**
 * JSON lines on stdout, or readable ones (prettyLogs); the same fields are redacted either way. JSON lines are
 * written asynchronously: a line goes out at once when no write is under way, and the lines logged meanwhile go
 * together in the next write, so a busy service makes one system call for many lines instead of one per line. pino
 * flushes what is left when the process exits; only a process killed outright loses the lines of its last write.
 */
export function createLogger(config: PlatformConfig): Logger {
  return prettyLogs(config)
    ? pino(pinoOptions(config), prettyDestination())
    : pino(pinoOptions(config), jsonDestination());
}

/**
 * stdout's file descriptor, written asynchronously; but where process.stdout.write has been replaced (a test runner
 * catching the output), the lines go through it, as pino's own default does.
 */
function jsonDestination(): DestinationStream {
  const replaced = process.stdout.write !== (process.stdout.constructor as typeof Writable).prototype.write;
  return replaced ? process.stdout : pino.destination({ dest: process.stdout.fd || 1, sync: false });
}

/**
 * nestjs-pino, for the services' injected loggers, with `logger` underneath. It installs no middleware (no routes):
 * the request log is one line written by the HTTP app's onResponse hook (RequestLog). pino-http's middleware built a
 * child logger per request and ran the middleware layer, about a tenth of intake's CPU per aanmelding.
 */
export function loggerOptions(logger: Logger): Params {
  return { pinoHttp: { logger }, useExisting: true, forRoutes: [] };
}

/** Health and metrics are asked for every few seconds and would bury the requests that matter. */
const UNLOGGED_PATHS = /^\/(health|metrics)/;

/**
 * One line per answered request, as pino-http wrote it: the request and answer as the serializers above show them
 * (method, path, the correlation id as `req.id`; the status) and the time taken.
 */
export class RequestLog {
  private readonly logger: Logger;

  constructor(logger: Logger) {
    this.logger = unredacted(logger);
  }

  answered(request: { method: string; url: string; id: string }, statusCode: number, elapsedMs: number): void {
    if (UNLOGGED_PATHS.test(request.url)) return;
    this.logger.info({ req: request, res: { statusCode }, responseTime: Math.round(elapsedMs) }, 'request completed');
  }
}

/** One line per event a consumer applied: its consumer, the event's id and type, and the correlation id. */
export class EventLog {
  private readonly logger: Logger;

  constructor(logger: Logger) {
    this.logger = unredacted(logger);
  }

  applied(consumer: string, envelope: { id: string; type: string; correlationid?: string }): void {
    this.logger.info(
      { consumer, eventId: envelope.id, eventType: envelope.type, correlationId: envelope.correlationid },
      'event applied',
    );
  }
}

/**
 * For lines that hold only fields that are never personal (ids, names of things, statuses): they skip the redaction
 * of REDACTED_PATHS, which costs about 25 µs a line (pino 10, 19 paths with wildcards) against 3 µs for the line
 * itself.
 */
function unredacted(logger: Logger): Logger {
  return logger.child({}, { redact: { paths: [] } });
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
function prettyDestination(): DestinationStream {
  const prettify = pinoPretty().prettyFactory({
    translateTime: 'SYS:HH:MM:ss',
    customPrettifiers: { time: (time) => String(time) },
    ignore: 'service',
    singleLine: true,
  });
  return { write: (json: string) => void process.stdout.write(prettify(json)) };
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
