/** The four services behind the portaal, each reached under /api/<service>/ as its own /api/v1/. */
export const UPSTREAMS = { intake: 3001, trajecten: 3002, werkgevers: 3003, subsidies: 3004 } as const;
export type UpstreamName = keyof typeof UPSTREAMS;

export type LoginConfig =
  | { mode: 'dev' }
  | { mode: 'oidc'; authority: string; clientId: string; scope: string };

export interface PortaalConfig {
  host: string;
  port: number;
  upstreams: Record<UpstreamName, string>;
  login: LoginConfig;
  /** Reverse proxies (ingress) in front of the portaal whose X-Forwarded-For is believed; none by default. */
  trustedProxies: string[];
  /** Claim names the browser reads roles and organisation from (Keycloak: dotted paths such as realm_access.roles). */
  claims: { roles: string; organisatie: string };
}

/**
 * Reads the portaal's configuration from the environment, listing every problem at once. The development login
 * exists only outside production; production signs in through the OIDC provider (authorization code with PKCE).
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
  let login: LoginConfig = { mode: 'dev' };
  if (env.OIDC_AUTHORITY || env.OIDC_CLIENT_ID) {
    if (!env.OIDC_AUTHORITY || !URL.canParse(env.OIDC_AUTHORITY)) problems.push('OIDC_AUTHORITY must be the URL of the OIDC provider');
    if (!env.OIDC_CLIENT_ID) problems.push('OIDC_CLIENT_ID is required with OIDC_AUTHORITY');
    login = { mode: 'oidc', authority: env.OIDC_AUTHORITY ?? '', clientId: env.OIDC_CLIENT_ID ?? '', scope: env.OIDC_SCOPE ?? 'openid profile' };
  } else if (env.NODE_ENV === 'production') {
    problems.push('OIDC_AUTHORITY and OIDC_CLIENT_ID are required in production (the development login is off there)');
  }
  if (problems.length) throw new Error(`portaal configuration is invalid:\n- ${problems.join('\n- ')}`);
  return {
    host: env.HOST ?? '0.0.0.0',
    port,
    upstreams,
    login,
    trustedProxies: (env.PORTAAL_TRUSTED_PROXIES ?? '').split(',').map((p) => p.trim()).filter(Boolean),
    claims: { roles: env.AUTH_ROLES_CLAIM ?? 'roles', organisatie: env.AUTH_ORGANISATION_CLAIM ?? 'organisatie' },
  };
}
