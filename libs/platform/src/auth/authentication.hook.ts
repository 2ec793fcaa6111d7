import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { InvalidTokenError, JwtVerifier } from './jwt-verifier';
import { PRINCIPAL_KEY } from './current-principal.decorator';
import type { PublicRouteConfig } from './public.decorator';

const BEARER = /^Bearer ([A-Za-z0-9._~+/=-]+)$/;

export type RefuseRequest = (reply: FastifyReply, status: 401, detail: string) => void;

/**
 * Authentication before the body: every request to a route that is not @Public (or a documentation route) must
 * carry a valid bearer token, checked in Fastify's onRequest hook, so an anonymous client gets its 401 before the
 * service reads, parses or scans a byte of its body. The principal found is left on the request for the AuthGuard
 * (roles, 403) and @CurrentPrincipal: the token is verified once. An unknown route is left to answer its 404.
 */
export function authenticateBeforeBody(fastify: FastifyInstance, verifier: JwtVerifier, refuse: RefuseRequest): void {
  fastify.addHook('onRequest', async (request: FastifyRequest & { [PRINCIPAL_KEY]?: unknown }, reply) => {
    if (request.is404 || (request.routeOptions.config as PublicRouteConfig).public) return;
    const token = BEARER.exec(request.headers.authorization ?? '')?.[1];
    if (!token) {
      refuse(reply.header('WWW-Authenticate', 'Bearer'), 401, 'A bearer token is required.');
      return reply;
    }
    try {
      request[PRINCIPAL_KEY] = await verifier.verify(token);
    } catch (err) {
      if (!(err instanceof InvalidTokenError)) throw err;
      refuse(
        reply.header('WWW-Authenticate', 'Bearer error="invalid_token"'),
        401,
        `The bearer token was refused: ${err.message}.`,
      );
      return reply;
    }
  });
}
