import * as path from 'node:path';
import Fastify, { FastifyInstance } from 'fastify';
import helmet from '@fastify/helmet';
import proxy from '@fastify/http-proxy';
import fastifyStatic from '@fastify/static';
import type { PortaalConfig, UpstreamName } from './config';
import { devLoginRoutes, MintToken } from './dev-login';

export interface PortaalServerOptions {
  config: PortaalConfig;
  /** Where the built browser application is (vite's output). */
  clientDir: string;
  /** Signs a development token; only used when the configuration allows the development login. */
  mintToken?: MintToken;
  logger?: boolean;
}

/**
 * The portaal's server: the built application, its configuration, the development login and a reverse proxy to
 * the four services, so the browser talks to one origin (no CORS, one CSP) and never learns the services' addresses.
 */
export async function buildPortaalServer(options: PortaalServerOptions): Promise<FastifyInstance> {
  const { config } = options;
  const app = Fastify({ logger: options.logger ?? false, trustProxy: config.trustedProxies.length ? config.trustedProxies : false });
  const connectSrc = ["'self'", ...(config.login.mode === 'oidc' ? [new URL(config.login.authority).origin] : [])];
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        connectSrc,
        // Recharts positions labels with style attributes; scripts stay 'self' only.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        frameAncestors: ["'none'"],
      },
    },
  });

  app.get('/health/live', async () => ({ status: 'ok' }));
  app.get('/health/ready', async () => ({ status: 'ok' }));
  app.get('/portaal/config', async () => ({ login: config.login, claims: config.claims }));
  if (config.login.mode === 'dev' && options.mintToken) await app.register(devLoginRoutes, { mintToken: options.mintToken });

  for (const [name, upstream] of Object.entries(config.upstreams) as [UpstreamName, string][]) {
    await app.register(proxy, {
      upstream,
      prefix: `/api/${name}`,
      rewritePrefix: '/api/v1',
      http2: false,
      // The services count rate limits per client: they trust the portaal's X-Forwarded-For (HTTP_TRUSTED_PROXIES),
      // so it names the browser's address as the portaal sees it, never what the browser claims.
      replyOptions: { rewriteRequestHeaders: (request, headers) => ({ ...headers, 'x-forwarded-for': request.ip }) },
    });
  }

  await app.register(fastifyStatic, { root: path.resolve(options.clientDir), wildcard: false, index: 'index.html' });
  // Every other GET is a page of the single-page application.
  app.setNotFoundHandler((request, reply) => {
    if (request.method === 'GET' && !request.url.startsWith('/api/') && request.headers.accept?.includes('text/html')) return reply.sendFile('index.html');
    return reply.code(404).type('application/problem+json').send({ type: 'about:blank', title: 'Not Found', status: 404 });
  });
  return app;
}
