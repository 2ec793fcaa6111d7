import type { DynamicModule, INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import { SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import type { FastifyError } from 'fastify';
import type { PlatformConfig } from '../config/platform-config';
import { runWithCorrelationId } from '../context/request-context';
import { Metrics } from '../observability/metrics';
import { CORRELATION_ID_HEADER } from '../observability/logger-options';
import { ApiDescription, buildOpenApiDocument } from './openapi';
import { problem, PROBLEM_CONTENT_TYPE } from './problem';
import { pathOfNul } from './nul-character';

export const API_PREFIX = 'api/v1';

/** Uploads (CSV, XLSX) arrive as a Buffer for these content types, with their own size limit. */
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

export interface HttpAppOptions {
  config: PlatformConfig;
  api: ApiDescription;
  uploads?: UploadOptions;
}

/**
 * Builds a service's Nest application on Fastify with the shared HTTP rules: /api/v1, API-Version on every
 * response, correlation ids, helmet, rate limiting, body limit (413), strict trailing slashes (404, Fastify's default), open CORS for
 * the OpenAPI document, and Swagger UI.
 */
export async function createHttpApp(module: Type<unknown> | DynamicModule, { config, api, uploads }: HttpAppOptions): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: config.http.bodyLimitBytes,
    trustProxy: config.http.trustedProxies.length ? config.http.trustedProxies : false,
    genReqId: (req: { headers: Record<string, string | string[] | undefined> }) => {
      const given = req.headers[CORRELATION_ID_HEADER];
      return typeof given === 'string' && /^[A-Za-z0-9._:-]{1,128}$/.test(given) ? given : randomUUID();
    },
    // What Fastify refuses before any route or hook runs (a path parameter longer than maxParamLength: 414; a
    // malformed URL: 400) is problem+json as well, without echoing the URL.
    frameworkErrors: ((error: FastifyError, _request: unknown, reply: BareReply) => {
      const status = error.statusCode ?? 400;
      const detail = error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 'A path parameter is longer than this API accepts.' : 'The request URL is not valid.';
      void reply.code(status).header('API-Version', api.version).header('content-type', PROBLEM_CONTENT_TYPE).send(problem(status, detail));
    }) as any,
  });
  const app = await NestFactory.create<NestFastifyApplication>(module, adapter, { bufferLogs: true, abortOnError: false });
  app.useLogger(app.get(Logger));
  app.setGlobalPrefix(API_PREFIX, { exclude: ['health/live', 'health/ready', 'metrics'] });
  app.enableCors({ origin: '*', exposedHeaders: ['API-Version', 'ETag', 'Location', 'X-Correlation-ID'] });

  const fastify = app.getHttpAdapter().getInstance();
  if (uploads) {
    fastify.addContentTypeParser(uploads.contentTypes, { parseAs: 'buffer', bodyLimit: uploads.limitBytes }, (_req, body, done) => done(null, body));
  }
  const metrics = app.get(Metrics);
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header('API-Version', api.version).header('X-Correlation-ID', request.id);
    // Everything the request does (logs, outbox rows, events) carries its correlation id.
    runWithCorrelationId(request.id, done);
  });
  fastify.addHook('preValidation', (request, reply, done) => {
    const field = pathOfNul(request.params) ?? pathOfNul(request.query) ?? pathOfNul(request.body);
    if (field === undefined) return done();
    void reply
      .code(400)
      .header('content-type', PROBLEM_CONTENT_TYPE)
      .send(problem(400, 'The request contains a NUL character, which no field accepts.', { errors: [{ field, message: 'must not contain the NUL character' }] }));
  });
  fastify.addHook('onResponse', (request, reply, done) => {
    metrics.httpDuration.observe(
      { method: request.method, route: request.routeOptions.url ?? 'unmatched', status: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
    done();
  });
  await app.register(helmet as any, {
    contentSecurityPolicy: {
      directives: { defaultSrc: [`'self'`], styleSrc: [`'self'`, `'unsafe-inline'`], imgSrc: [`'self'`, 'data:'], scriptSrc: [`'self'`, `'unsafe-inline'`] },
    },
  });
  await app.register(rateLimit as any, {
    max: config.http.rateLimitPerMinute,
    timeWindow: 60_000,
    allowList: (req: { url: string }) => /^\/(health|metrics)/.test(req.url),
    errorResponseBuilder: (_req: unknown, ctx: { after: string }) =>
      Object.assign(new Error(`Rate limit exceeded; retry after ${ctx.after}.`), { statusCode: 429 }),
  });

  const document = buildOpenApiDocument(app as INestApplication, api);
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, document, {
    jsonDocumentUrl: `${API_PREFIX}/openapi.json`,
    yamlDocumentUrl: `${API_PREFIX}/openapi.yaml`,
    customSiteTitle: api.title,
  });
  return app;
}
