import * as path from 'node:path';
import Fastify, { FastifyInstance } from 'fastify';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import { apiGateway } from './api-gateway';
import type { PortaalConfig } from './config';
import { devLoginRoutes, MintDigidToken, MintToken } from './dev-login';
import { mijnGegevensPdfRoutes } from './mijn-gegevens-pdf';

export interface PortaalServerOptions {
  config: PortaalConfig;
  /** Where the built browser application is (vite's output). */
  clientDir: string;
  /** Signs a development token; only used when the configuration allows the development login. */
  mintToken?: MintToken;
  /** Signs a development DigiD ID token (the inwoner's dev login); only with the development login. */
  mintDigidToken?: MintDigidToken;
  logger?: boolean;
}

/**
 * The portaal's server: the built application, its configuration, the development login and a reverse proxy to
 * the four services, so the browser talks to one origin (no CORS, one CSP) and never learns the services' addresses.
 */
export async function buildPortaalServer(options: PortaalServerOptions): Promise<FastifyInstance> {
  const { config } = options;
  const { limits } = config;
  const app = Fastify({
    logger: options.logger ?? false,
    trustProxy: config.trustedProxies.length ? config.trustedProxies : false,
    // Slowloris: a client that trickles its headers or its body is cut off, and so is a socket gone silent
    // (the event stream sends a heartbeat every 15 s). Node checks these deadlines every connectionsCheckingInterval.
    http: {
      headersTimeout: Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs),
      connectionsCheckingInterval: 1_000,
    },
    requestTimeout: limits.requestTimeoutMs,
    connectionTimeout: limits.requestTimeoutMs,
  });
  const connectSrc = [
    "'self'",
    ...(config.login.mode === 'oidc' ? [new URL(config.login.authority).origin] : []),
    // The inwoner's DigiD broker: the browser fetches its discovery document and exchanges the code there.
    ...(config.login.mode === 'oidc' && config.login.digid ? [new URL(config.login.digid.authority).origin] : []),
  ];
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
  if (config.login.mode === 'dev' && options.mintToken)
    await app.register(devLoginRoutes, { mintToken: options.mintToken, mintDigidToken: options.mintDigidToken });

  await app.register(apiGateway, { config });
  await app.register(mijnGegevensPdfRoutes, { config });

  await app.register(fastifyStatic, {
    root: path.resolve(options.clientDir),
    wildcard: false,
    index: 'index.html',
    // Source maps would hand out the application's source: production answers them 404.
    allowedPath: (pathName) => config.serveSourceMaps || !pathName.endsWith('.map'),
  });
  // Every other GET is a page of the single-page application.
  app.setNotFoundHandler((request, reply) => {
    if (request.method === 'GET' && !request.url.startsWith('/api/') && request.headers.accept?.includes('text/html'))
      return reply.sendFile('index.html');
    return reply
      .code(404)
      .type('application/problem+json')
      .send({ type: 'about:blank', title: 'Not Found', status: 404 });
  });
  return app;
}
