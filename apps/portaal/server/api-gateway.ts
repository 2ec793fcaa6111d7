import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import proxy, { FastifyHttpProxyOptions } from '@fastify/http-proxy';
import { InvalidTokenError, JwtVerifier } from '@wiz/platform/dist/auth/jwt-verifier.js';
import { ConcurrencyLimit, Refusal } from './concurrency-limit';
import type { PortaalConfig, UpstreamName } from './config';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route holds a long-lived server-sent event stream: it counts against the stream limits. */
    eventStream?: boolean;
  }
}

/** The dashboard's live monitor: the one long-lived response behind the portaal. */
const EVENT_STREAM = { upstream: 'trajecten', path: '/monitor/gebeurtenissen' } as const;
const BEARER = /^Bearer ([A-Za-z0-9._~+/=-]+)$/;
/**
 * The few routes a service serves without a login, passed on without a token (still counted per client, and the
 * service rate-limits them): anyone, an employer too, checks a credential an inwoner gave them; an inwoner logs in.
 */
const PUBLIEK = new Set([
  'POST /api/trajecten/credentials/verificaties',
  'GET /api/trajecten/credentials/sleutels',
  // The inwoner's login: a DigiD broker's ID token is exchanged for their first token, so there is none yet.
  'POST /api/intake/inwonersessies',
  'GET /api/intake/inwonersessies/sleutels',
]);

/**
 * `/api/<service>/…` → that service's `/api/v1/…`. Nothing reaches a service before the portaal has
 *  1. counted the client (its address): a cap on its requests in flight and on its open event streams, so one
 *     client cannot hold every connection;
 *  2. verified the bearer token with the services' own JWKS and settings, so an anonymous client never gets a
 *     body forwarded (a refusal closes the connection instead of reading the rest of a slow upload).
 * Each service has a pool of its own for ordinary requests; the event stream has another, capped at
 * PORTAAL_MAX_STREAMS (503 beyond it), so open dashboards never take the connections other requests need.
 */
export async function apiGateway(app: FastifyInstance, options: { config: PortaalConfig }): Promise<void> {
  const { upstreams, limits, tokens, sourceAddress } = options.config;
  const requests = new ConcurrencyLimit(limits.maxRequestsPerClient);
  const streams = new ConcurrencyLimit(limits.maxStreamsPerClient, limits.maxStreams);
  const verifier = new JwtVerifier(tokens);

  app.addHook('onRequest', async (request, reply) => {
    const eventStream = request.routeOptions.config.eventStream === true;
    const slot = (eventStream ? streams : requests).acquire(request.ip);
    if ('refused' in slot) return refuse(reply, slot.refused, eventStream);
    // 'close' comes once the response is over, finished or cut off by either side.
    reply.raw.once('close', slot.release);
    if (PUBLIEK.has(`${request.method} ${request.url.split('?')[0]}`)) return undefined;
    return checkBearer(verifier, request, reply);
  });

  // The services count rate limits per client: they trust the portaal's X-Forwarded-For (HTTP_TRUSTED_PROXIES),
  // so it names the browser's address as the portaal sees it, never what the browser claims.
  const replyOptions: FastifyHttpProxyOptions['replyOptions'] = {
    rewriteRequestHeaders: (request, headers) => ({ ...headers, 'x-forwarded-for': request.ip }),
  };
  const pool = (connections: number) => ({
    connections,
    // Also the stream's body timeout: trajecten sends a heartbeat every 15 s, so a silent minute means it is gone.
    headersTimeout: limits.upstreamTimeoutMs,
    bodyTimeout: limits.upstreamTimeoutMs,
    ...(sourceAddress ? { localAddress: sourceAddress } : {}),
  });
  await app.register(proxy, {
    upstream: upstreams[EVENT_STREAM.upstream],
    prefix: `/api/${EVENT_STREAM.upstream}${EVENT_STREAM.path}`,
    rewritePrefix: `/api/v1${EVENT_STREAM.path}`,
    httpMethods: ['GET'],
    http2: false,
    undici: pool(limits.maxStreams),
    destroyAgent: true,
    config: { eventStream: true },
    replyOptions,
  });
  for (const [name, upstream] of Object.entries(upstreams) as [UpstreamName, string][]) {
    await app.register(proxy, {
      upstream,
      prefix: `/api/${name}`,
      rewritePrefix: '/api/v1',
      http2: false,
      undici: pool(limits.upstreamConnections),
      destroyAgent: true,
      replyOptions,
    });
  }
}

async function checkBearer(
  verifier: JwtVerifier,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<FastifyReply | undefined> {
  const token = BEARER.exec(request.headers.authorization ?? '')?.[1];
  if (!token) return unauthorized(reply, 'A bearer token is required.');
  try {
    await verifier.verify(token);
    return undefined;
  } catch (err) {
    if (err instanceof InvalidTokenError) return unauthorized(reply, `The bearer token was refused: ${err.message}.`);
    request.log.error(err, 'cannot verify bearer tokens');
    return problem(reply, 503, 'Service Unavailable', 'Tokens cannot be checked at the moment; try again shortly.', {
      'retry-after': '5',
    });
  }
}

function refuse(reply: FastifyReply, why: Refusal, eventStream: boolean): FastifyReply {
  if (why === 'total')
    return problem(
      reply,
      503,
      'Service Unavailable',
      'Too many live dashboards are open; the figures still load, live updates follow later.',
      { 'retry-after': '30' },
    );
  const what = eventStream ? 'live streams' : 'requests in progress';
  return problem(
    reply,
    429,
    'Too Many Requests',
    `Too many ${what} from your address at once; wait for one to finish.`,
    { 'retry-after': '5' },
  );
}

function unauthorized(reply: FastifyReply, detail: string): FastifyReply {
  return problem(reply, 401, 'Unauthorized', detail, { 'www-authenticate': 'Bearer' });
}

/** Refusals end the connection: whatever body the client is still sending is never read or forwarded. */
function problem(
  reply: FastifyReply,
  status: number,
  title: string,
  detail: string,
  headers: Record<string, string>,
): FastifyReply {
  return reply
    .code(status)
    .headers({ ...headers, connection: 'close', 'cache-control': 'no-store' })
    .type('application/problem+json')
    .send({ type: 'about:blank', title, status, detail });
}
