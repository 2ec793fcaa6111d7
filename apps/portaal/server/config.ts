import { isIP } from 'node:net';
import { pathToFileURL } from 'node:url';
import type { JwtVerifier } from '@wiz/platform/dist/auth/jwt-verifier.js';
import { DEV_AUDIENCE, DEV_ISSUER } from '@wiz/platform/dist/auth/dev-issuer.js';
import { devInwonerIssuerPaths, devIssuerPaths } from '@wiz/platform/dist/auth/dev-issuer-paths.js';
import { INWONER_ISSUER } from '@wiz/platform/dist/auth/inwoner-token.js';

/** The four services behind the portaal, each reached under /api/<service>/ as its own /api/v1/. */
export const UPSTREAMS = { intake: 3001, trajecten: 3002, werkgevers: 3003, subsidies: 3004 } as const;
export type UpstreamName = keyof typeof UPSTREAMS;

/** An OIDC client of the portaal: the staff's provider, or the inwoner's DigiD broker. */
export interface OidcClientConfig {
  authority: string;
  clientId: string;
  scope: string;
}

/**
 * How users sign in. Staff: the development login or the organisation's OIDC provider. Inwoners: in development the
 * dev DigiD broker (a test person), in production the DigiD broker as a second OIDC client (`digid`, optional: the
 * portaal works for staff alone). Either way the broker's ID token is exchanged at intake for the inwoner's token.
 */
export type LoginConfig = { mode: 'dev' } | ({ mode: 'oidc'; digid?: OidcClientConfig } & OidcClientConfig);

/** How the portaal checks a bearer token before it forwards anything: the services' own AUTH_* settings. */
export type TokenCheckConfig = ConstructorParameters<typeof JwtVerifier>[0];

/**
 * What one client (one address as the portaal sees it) and everyone together may hold open, and how long a
 * request may take; the defaults fit a region's staff behind a few office NATs.
 */
export interface ProxyLimits {
  /** Event streams (the live dashboard) open at once, all clients together; the stream pool's size. */
  maxStreams: number;
  maxStreamsPerClient: number;
  /** Ordinary API requests in flight at once from one client. */
  maxRequestsPerClient: number;
  /** Connections to each service for ordinary requests (streams have their own pool). */
  upstreamConnections: number;
  /** A client must send its request headers within this, and the whole request (with its body) within requestTimeoutMs. */
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  /** A service must answer with headers, and keep a response body moving, within this. */
  upstreamTimeoutMs: number;
}

export interface PortaalConfig {
  host: string;
  port: number;
  upstreams: Record<UpstreamName, string>;
  login: LoginConfig;
  tokens: TokenCheckConfig;
  limits: ProxyLimits;
  /** Source maps show the application's source; served only outside production. */
  serveSourceMaps: boolean;
  /** Reverse proxies (ingress) in front of the portaal whose X-Forwarded-For is believed; none by default. */
  trustedProxies: string[];
  /**
   * The local address the portaal connects to the services from. On one machine (npm start) it is an address of
   * its own on loopback, such as 127.0.0.2, so the services can trust the portaal's X-Forwarded-For without
   * trusting every other local process as well.
   */
  sourceAddress?: string;
  /** Claim names the browser reads roles and organisation from (Keycloak: dotted paths such as realm_access.roles). */
  claims: { roles: string; organisatie: string };
}

const LIMIT_DEFAULTS: Record<string, [keyof ProxyLimits, number]> = {
  PORTAAL_MAX_STREAMS: ['maxStreams', 200],
  PORTAAL_MAX_STREAMS_PER_CLIENT: ['maxStreamsPerClient', 8],
  PORTAAL_MAX_REQUESTS_PER_CLIENT: ['maxRequestsPerClient', 64],
  PORTAAL_UPSTREAM_CONNECTIONS: ['upstreamConnections', 64],
  PORTAAL_HEADERS_TIMEOUT_MS: ['headersTimeoutMs', 10_000],
  PORTAAL_REQUEST_TIMEOUT_MS: ['requestTimeoutMs', 120_000],
  PORTAAL_UPSTREAM_TIMEOUT_MS: ['upstreamTimeoutMs', 60_000],
};

/**
 * Reads the portaal's configuration from the environment, listing every problem at once. Users sign in through
 * the OIDC provider (authorization code with PKCE); the development login, which mints a token for any role and
 * organisation, exists only when PORTAAL_DEV_LOGIN=true says so, and never in production.
 */
export function loadPortaalConfig(env: NodeJS.ProcessEnv): PortaalConfig {
  const problems: string[] = [];
  const port = Number(env.PORTAAL_PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) problems.push('PORTAAL_PORT must be a port number');
  const upstreams = Object.fromEntries(
    Object.entries(UPSTREAMS).map(([name, defaultPort]) => {
      const key = name.toUpperCase();
      const url = env[`${key}_URL`] ?? `http://127.0.0.1:${env[`${key}_PORT`] ?? defaultPort}`;
      if (!URL.canParse(url)) problems.push(`${key}_URL must be a URL`);
      return [name, url];
    }),
  ) as Record<UpstreamName, string>;
  const limits = Object.fromEntries(
    Object.entries(LIMIT_DEFAULTS).map(([key, [field, fallback]]) => [
      field,
      wholeNumber(env, key, 1, problems) ?? fallback,
    ]),
  ) as unknown as ProxyLimits;
  const tokenLimits = {
    maxTokenAgeSeconds: wholeNumber(env, 'AUTH_MAX_TOKEN_AGE_SECONDS', 1, problems),
    clockSkewSeconds: wholeNumber(env, 'AUTH_CLOCK_SKEW_SECONDS', 0, problems, 300),
  };
  const login = loginConfig(env, problems);
  const sourceAddress = env.PORTAAL_SOURCE_ADDRESS || undefined;
  if (sourceAddress !== undefined && isIP(sourceAddress) === 0)
    problems.push('PORTAAL_SOURCE_ADDRESS must be an IP address of this machine');
  if (env.NODE_ENV === 'production' && !env.AUTH_JWKS_URL)
    problems.push(
      "AUTH_JWKS_URL is required in production: the portaal checks tokens with the OIDC provider's keys, as the services do",
    );
  if (env.NODE_ENV === 'production' && !env.AUTH_INWONER_JWKS_URL)
    problems.push(
      "AUTH_INWONER_JWKS_URL is required in production: the portaal checks inwoner tokens with intake's keys (/api/v1/inwonersessies/sleutels), as the services do",
    );
  if (problems.length) throw new Error(`portaal configuration is invalid:\n- ${problems.join('\n- ')}`);
  const claims = { roles: env.AUTH_ROLES_CLAIM ?? 'roles', organisatie: env.AUTH_ORGANISATION_CLAIM ?? 'organisatie' };
  return {
    host: env.HOST ?? '0.0.0.0',
    port,
    upstreams,
    login,
    // The same settings and defaults as the services' (libs/platform load-config), so both accept the same tokens.
    tokens: {
      issuer: env.AUTH_ISSUER ?? DEV_ISSUER,
      audience: env.AUTH_AUDIENCE ?? DEV_AUDIENCE,
      jwksUrl: env.AUTH_JWKS_URL ?? pathToFileURL(devIssuerPaths().jwks).toString(),
      algorithms: (env.AUTH_ALGORITHMS ?? 'RS256,ES256')
        .split(',')
        .map((a) => a.trim())
        .filter(Boolean),
      rolesClaim: claims.roles,
      organisationClaim: claims.organisatie,
      inwoner: {
        issuer: env.AUTH_INWONER_ISSUER ?? INWONER_ISSUER,
        jwksUrl: env.AUTH_INWONER_JWKS_URL ?? pathToFileURL(devInwonerIssuerPaths().jwks).toString(),
      },
      // Unset: the verifier's defaults, the same as the services'.
      ...tokenLimits,
    },
    limits,
    serveSourceMaps: env.NODE_ENV !== 'production',
    trustedProxies: (env.PORTAAL_TRUSTED_PROXIES ?? '')
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean),
    ...(sourceAddress ? { sourceAddress } : {}),
    claims,
  };
}

/** An optional whole-number setting within bounds; undefined when not set. */
function wholeNumber(
  env: NodeJS.ProcessEnv,
  key: string,
  min: number,
  problems: string[],
  max = Number.MAX_SAFE_INTEGER,
): number | undefined {
  if (env[key] === undefined) return undefined;
  const value = Number(env[key]);
  if (!Number.isInteger(value) || value < min || value > max)
    problems.push(`${key} must be a whole number from ${min}${max < Number.MAX_SAFE_INTEGER ? ` to ${max}` : ''}`);
  return value;
}

function loginConfig(env: NodeJS.ProcessEnv, problems: string[]): LoginConfig {
  const devLogin = env.PORTAAL_DEV_LOGIN === 'true';
  if (env.PORTAAL_DEV_LOGIN !== undefined && !['true', 'false'].includes(env.PORTAAL_DEV_LOGIN))
    problems.push('PORTAAL_DEV_LOGIN must be true or false');
  if (env.OIDC_AUTHORITY || env.OIDC_CLIENT_ID) {
    if (!env.OIDC_AUTHORITY || !URL.canParse(env.OIDC_AUTHORITY))
      problems.push('OIDC_AUTHORITY must be the URL of the OIDC provider');
    if (!env.OIDC_CLIENT_ID) problems.push('OIDC_CLIENT_ID is required with OIDC_AUTHORITY');
    if (devLogin)
      problems.push('PORTAAL_DEV_LOGIN=true and OIDC_AUTHORITY exclude each other: choose one way to sign in');
    return {
      mode: 'oidc',
      authority: env.OIDC_AUTHORITY ?? '',
      clientId: env.OIDC_CLIENT_ID ?? '',
      scope: env.OIDC_SCOPE ?? 'openid profile',
      ...digidClient(env, problems),
    };
  }
  if (env.NODE_ENV === 'production') {
    problems.push(
      `OIDC_AUTHORITY and OIDC_CLIENT_ID are required in production${devLogin ? ' (the development login is never on there)' : ''}`,
    );
  } else if (!devLogin) {
    problems.push(
      'no way to sign in: set OIDC_AUTHORITY and OIDC_CLIENT_ID, or PORTAAL_DEV_LOGIN=true for the development login (any role, any organisation; `npm start` sets it)',
    );
  }
  return { mode: 'dev' };
}

/** The DigiD broker as the inwoners' OIDC client: PORTAAL_DIGID_AUTHORITY and _CLIENT_ID together, or neither. */
function digidClient(env: NodeJS.ProcessEnv, problems: string[]): { digid?: OidcClientConfig } {
  const authority = env.PORTAAL_DIGID_AUTHORITY;
  const clientId = env.PORTAAL_DIGID_CLIENT_ID;
  if (!authority && !clientId) return {};
  if (!authority || !URL.canParse(authority))
    problems.push('PORTAAL_DIGID_AUTHORITY must be the URL of the DigiD broker (OIDC)');
  if (!clientId) problems.push('PORTAAL_DIGID_CLIENT_ID is required with PORTAAL_DIGID_AUTHORITY');
  return {
    digid: { authority: authority ?? '', clientId: clientId ?? '', scope: env.PORTAAL_DIGID_SCOPE ?? 'openid' },
  };
}
