import type { DynamicModule, INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import rateLimit from '@fastify/rate-limit';
import { SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import type { PlatformConfig } from '../config/platform-config';
import { runWithCorrelationId } from '../context/request-context';
import { Metrics } from '../observability/metrics';
import { correlationIdOf, RequestLog } from '../observability/logger-options';
import { JwtVerifier } from '../auth/jwt-verifier';
import { authenticateBeforeBody } from '../auth/authentication.hook';
import { PRINCIPAL_KEY } from '../auth/current-principal.decorator';
import type { Principal } from '../auth/principal';
import type { PublicRouteConfig } from '../auth/public.decorator';
import type Redis from 'ioredis';
import { connectRedis } from '../redis/redis-connection';
import { ApiDescription, buildOpenApiDocument } from './openapi';
import { Problem, problem, PROBLEM_CONTENT_TYPE } from './problem';
import { pathOfNul } from './nul-character';
import { useStrictJsonParser } from './json-body-parser';
import { acceptUploadsOnlyWhereDeclared } from './upload-routes';
import { securityHeaders } from './security-headers';
import { BatchedRateLimitStore } from './batched-rate-limit-store';

export const API_PREFIX = 'api/v1';

/** The OpenAPI document, the one resource any origin may read (CORS `*`): clients and linters fetch it. */
const OPENAPI_DOCUMENTS = [`/${API_PREFIX}/openapi.json`, `/${API_PREFIX}/openapi.yaml`];

/** Helmet's headers (Content-Security-Policy for Swagger UI's inline assets among them), the same on every response. */
const SECURITY_HEADERS = securityHeaders({
  contentSecurityPolicy: {
    directives: {
      defaultSrc: [`'self'`],
      styleSrc: [`'self'`, `'unsafe-inline'`],
      imgSrc: [`'self'`, 'data:'],
      scriptSrc: [`'self'`, `'unsafe-inline'`],
    },
  },
});

/** Routes open without a token besides @Public controllers: the OpenAPI document and Swagger UI with its assets. */
function isDocumentationRoute(url: string): boolean {
  return OPENAPI_DOCUMENTS.includes(url) || url === `/${API_PREFIX}/docs` || url.startsWith(`/${API_PREFIX}/docs/`);
}

/** Uploads (CSV, XLSX) arrive as a Buffer for these content types, with their own size limit, on the operations that declare them. */
export interface UploadOptions {
  contentTypes: string[];
  limitBytes: number;
}

/** The part of a Fastify reply the framework-error handler uses (cast: the adapter's Fastify types are generic over plugins). */
interface BareReply {
  code(status: number): BareReply;
  header(name: string, value: string): BareReply;
  send(payload: unknown): unknown;
}

function sendProblem(reply: BareReply, status: number, detail: string, extra: Partial<Problem> = {}): void {
  void reply
    .code(status)
    .header('content-type', PROBLEM_CONTENT_TYPE)
    .send(problem(status, detail, extra));
}

export interface HttpAppOptions {
  config: PlatformConfig;
  api: ApiDescription;
  uploads?: UploadOptions;
}

/**
 * Builds a service's Nest application on Fastify with the shared HTTP rules: /api/v1, API-Version and
 * `Cache-Control: no-store` on every response, UUID correlation ids, the bearer token checked before the body is
 * read, a strict JSON parser (depth limit, duplicate keys), helmet's security headers (built once), rate limiting
 * per subject and address in Redis, body limit (413), strict trailing slashes (404, Fastify's default), CORS only
 * for the OpenAPI document, and Swagger UI.
 */
export async function createHttpApp(
  module: Type<unknown> | DynamicModule,
  { config, api, uploads }: HttpAppOptions,
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: config.http.bodyLimitBytes,
    trustProxy: config.http.trustedProxies.length ? config.http.trustedProxies : false,
    genReqId: correlationIdOf,
    // What Fastify refuses before any route or hook runs (a path parameter longer than maxParamLength: 414; a
    // malformed URL: 400) is problem+json as well, without echoing the URL.
    frameworkErrors: ((error: FastifyError, _request: unknown, reply: BareReply) => {
      const status = error.statusCode ?? 400;
      const detail =
        error.code === 'FST_ERR_MAX_PARAM_LENGTH'
          ? 'A path parameter is longer than this API accepts.'
          : 'The request URL is not valid.';
      sendProblem(reply.header('API-Version', api.version).header('Cache-Control', 'no-store'), status, detail);
    }) as any,
  });
  // Nest's own body parsers stay off: JSON goes through the strict parser below, and no route takes forms.
  const app = await NestFactory.create<NestFastifyApplication>(module, adapter, {
    bufferLogs: true,
    abortOnError: false,
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  app.setGlobalPrefix(API_PREFIX, { exclude: ['health/live', 'health/ready', 'metrics'] });

  const fastify = app.getHttpAdapter().getInstance() as unknown as FastifyInstance;
  useStrictJsonParser(fastify, config.http.jsonMaxDepth);
  if (uploads) {
    fastify.addContentTypeParser(
      uploads.contentTypes,
      { parseAs: 'buffer', bodyLimit: uploads.limitBytes },
      (_req, body, done) => done(null, body),
    );
  }
  fastify.addHook('onRoute', (route) => {
    if (isDocumentationRoute(route.url))
      route.config = { ...route.config, ...({ public: true } satisfies PublicRouteConfig) };
  });
  const metrics = app.get(Metrics);
  const requestLog = app.get(RequestLog);
  // Every answer may carry personal data (records, exports): no browser or proxy cache keeps a copy.
  const sameForEveryResponse = { ...SECURITY_HEADERS, 'api-version': api.version, 'cache-control': 'no-store' };
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.headers(sameForEveryResponse).header('X-Correlation-ID', request.id);
    if (OPENAPI_DOCUMENTS.includes(request.routeOptions.url ?? ''))
      void reply.header('Access-Control-Allow-Origin', '*');
    // Everything the request does (logs, outbox rows, events) carries its correlation id.
    runWithCorrelationId(request.id, done);
  });
  authenticateBeforeBody(fastify, app.get(JwtVerifier), sendProblem);
  fastify.addHook('preValidation', (request, reply, done) => {
    const field = pathOfNul(request.params) ?? pathOfNul(request.query) ?? pathOfNul(request.body);
    if (field === undefined) return done();
    sendProblem(reply, 400, 'The request contains a NUL character, which no field accepts.', {
      errors: [{ field, message: 'must not contain the NUL character' }],
    });
  });
  fastify.addHook('onResponse', (request, reply, done) => {
    metrics.httpDuration.observe(
      { method: request.method, route: request.routeOptions.url ?? 'unmatched', status: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
    requestLog.answered(request, reply.statusCode, reply.elapsedTime);
    done();
  });
  await app.register(rateLimit as any, await rateLimitOptions(fastify, config));

  const document = buildOpenApiDocument(app as INestApplication, api);
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, document, {
    jsonDocumentUrl: `${API_PREFIX}/openapi.json`,
    yamlDocumentUrl: `${API_PREFIX}/openapi.yaml`,
    customSiteTitle: api.title,
  });
  if (uploads) acceptUploadsOnlyWhereDeclared(fastify, uploads.contentTypes, document, sendProblem);
  return app;
}

/** Probes and the scraper call these often and must always get through. */
const UNLIMITED_ROUTES = ['/health/live', '/health/ready', '/metrics'];

/** How long a start waits for the rate limiter's Redis connection before it serves without it. */
const REDIS_READY_WAIT_MS = 5_000;

/** Resolves when `redis` is ready or after `ms`, whichever comes first; never rejects (events.once would on 'error'). */
async function readyWithin(redis: Redis, ms: number): Promise<void> {
  if (redis.status === 'ready') return;
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    new Promise((resolve) => redis.once('ready', resolve)),
    new Promise((resolve) => (timer = setTimeout(resolve, ms))),
  ]).finally(() => clearTimeout(timer));
}

/** How often an instance sends the counts it kept locally to Redis (BatchedRateLimitStore: its tolerance). */
const RATE_LIMIT_SYNC_MS = 1_000;

/**
 * Rate limits per subject (with its organisation) and address, counted in Redis so every instance of the service
 * shares one count; far from the limit an instance counts locally and sends its counts each second (see
 * BatchedRateLimitStore for the tolerance). The authentication hook runs first, so the key knows the verified
 * subject; anonymous requests count per address. Its own Redis connection fails fast: while Redis is away requests
 * pass uncounted rather than wait for it. Health and metrics are never limited.
 *
 * The app waits (up to REDIS_READY_WAIT_MS) for that connection before it serves: a command sent before the
 * connection is ready fails at once without an offline queue, so the first requests after a start passed uncounted
 * (a CI run: the fourth of three allowed got through). A Redis that is away does not hold the start up for long.
 */
async function rateLimitOptions(fastify: FastifyInstance, config: PlatformConfig) {
  const redis = connectRedis(config, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout: 1_000,
    connectionName: `wiz-${config.service}-rate-limit`,
  });
  redis.on('error', () => undefined); // reconnects by itself; meanwhile skipOnError lets requests through
  await readyWithin(redis, REDIS_READY_WAIT_MS);
  const store = new BatchedRateLimitStore(redis, {
    keyPrefix: `${config.redis.keyPrefix}:rate-limit:`,
    syncIntervalMs: RATE_LIMIT_SYNC_MS,
  });
  fastify.addHook('onClose', async () => {
    await store.close().catch(() => undefined);
    await redis.quit().catch(() => redis.disconnect());
  });
  return {
    max: config.http.rateLimitPerMinute,
    timeWindow: 60_000,
    // The plugin constructs its store with `new`; a constructor that returns an object hands over this one.
    store: function sharedStore() {
      return store;
    },
    skipOnError: true,
    keyGenerator: (request: FastifyRequest & { [PRINCIPAL_KEY]?: Principal }) => {
      const principal = request[PRINCIPAL_KEY];
      return principal ? `${principal.organisatie}/${principal.subject}@${request.ip}` : `anonymous@${request.ip}`;
    },
    allowList: (request: FastifyRequest) => UNLIMITED_ROUTES.includes(request.routeOptions.url ?? ''),
    errorResponseBuilder: (_req: unknown, ctx: { after: string }) =>
      Object.assign(new Error(`Rate limit exceeded; retry after ${ctx.after}.`), { statusCode: 429 }),
  };
}
