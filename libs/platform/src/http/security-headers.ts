import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet, { type HelmetOptions } from 'helmet';

/**
 * Helmet's security headers for these options, computed once when the app is built: they are the same for every
 * response, while @fastify/helmet calls helmet(options) on each request (checking the options and building every
 * header, the Content-Security-Policy from its directives, again). Helmet stays the one that decides the headers.
 * Only for options that do not depend on the request: no directive given as a function (a per-request nonce).
 */
export function securityHeaders(options: HelmetOptions): Readonly<Record<string, string>> {
  const headers: Record<string, string> = {};
  const collector = {
    setHeader(name: string, value: string | number) {
      headers[name.toLowerCase()] = String(value);
    },
    removeHeader(name: string) {
      delete headers[name.toLowerCase()];
    },
  };
  // Helmet (since 8.1) throws a bad option here, at build time, instead of passing it to `next`.
  helmet(options)({} as IncomingMessage, collector as unknown as ServerResponse, () => undefined);
  return Object.freeze(headers);
}
