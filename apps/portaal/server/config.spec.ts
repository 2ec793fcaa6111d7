import { loadPortaalConfig } from './config';

describe('portaal configuration', () => {
  const DEV = { PORTAAL_DEV_LOGIN: 'true' };

  it('defaults to port 3000 and the services on their own ports; the development login only when asked for', () => {
    const config = loadPortaalConfig(DEV);
    expect(config.port).toBe(3000);
    expect(config.upstreams).toEqual({
      intake: 'http://127.0.0.1:3001',
      trajecten: 'http://127.0.0.1:3002',
      werkgevers: 'http://127.0.0.1:3003',
      subsidies: 'http://127.0.0.1:3004',
    });
    expect(config.login).toEqual({ mode: 'dev' });
  });

  it('follows the services’ port overrides, as npm start passes them', () => {
    expect(loadPortaalConfig({ ...DEV, TRAJECTEN_PORT: '4002' }).upstreams.trajecten).toBe('http://127.0.0.1:4002');
  });

  it('signs in through OIDC when a provider is configured', () => {
    expect(
      loadPortaalConfig({ OIDC_AUTHORITY: 'https://login.example.nl/realms/wiz', OIDC_CLIENT_ID: 'portaal' }).login,
    ).toEqual({
      mode: 'oidc',
      authority: 'https://login.example.nl/realms/wiz',
      clientId: 'portaal',
      scope: 'openid profile',
    });
  });

  it('refuses production without an OIDC provider, and lists every problem at once', () => {
    expect(() => loadPortaalConfig({ NODE_ENV: 'production', PORTAAL_PORT: 'x' })).toThrow(
      /PORTAAL_PORT[\s\S]*OIDC_AUTHORITY and OIDC_CLIENT_ID are required in production/,
    );
  });

  it('refuses to start without OIDC and without PORTAAL_DEV_LOGIN=true, instead of minting beheer for anyone', () => {
    // Before: no OIDC and no NODE_ENV=production meant the development login, which hands any caller a beheer token.
    expect(() => loadPortaalConfig({})).toThrow(
      /no way to sign in: set OIDC_AUTHORITY and OIDC_CLIENT_ID, or PORTAAL_DEV_LOGIN=true/,
    );
    expect(() => loadPortaalConfig({ NODE_ENV: 'test', PORTAAL_DEV_LOGIN: 'false' })).toThrow(/no way to sign in/);
    expect(() => loadPortaalConfig({ PORTAAL_DEV_LOGIN: 'yes' })).toThrow(/PORTAAL_DEV_LOGIN must be true or false/);
  });

  it('never turns the development login on in production or beside an OIDC provider', () => {
    expect(() => loadPortaalConfig({ ...DEV, NODE_ENV: 'production' })).toThrow(
      /required in production \(the development login is never on there\)/,
    );
    expect(() =>
      loadPortaalConfig({ ...DEV, OIDC_AUTHORITY: 'https://login.example.nl/realms/wiz', OIDC_CLIENT_ID: 'portaal' }),
    ).toThrow(/exclude each other/);
  });

  const PRODUCTIE = {
    NODE_ENV: 'production',
    OIDC_AUTHORITY: 'https://login.example.nl/realms/wiz',
    OIDC_CLIENT_ID: 'portaal',
    AUTH_JWKS_URL: 'https://login.example.nl/realms/wiz/certs',
    AUTH_INWONER_JWKS_URL: 'https://intake.example.nl/api/v1/inwonersessies/sleutels',
  };

  it('serves source maps only outside production', () => {
    expect(loadPortaalConfig(DEV).serveSourceMaps).toBe(true);
    expect(loadPortaalConfig(PRODUCTIE).serveSourceMaps).toBe(false);
  });

  it('needs the provider’s keys in production, as the services do', () => {
    expect(() => loadPortaalConfig({ ...PRODUCTIE, AUTH_JWKS_URL: undefined })).toThrow(
      /AUTH_JWKS_URL is required in production/,
    );
    expect(() => loadPortaalConfig({ ...PRODUCTIE, AUTH_INWONER_JWKS_URL: undefined })).toThrow(
      /AUTH_INWONER_JWKS_URL is required in production/,
    );
  });

  it('takes the inwoners’ DigiD broker as a second OIDC client: authority and client id together, or neither', () => {
    expect(loadPortaalConfig(PRODUCTIE).login).not.toHaveProperty('digid');
    expect(
      loadPortaalConfig({
        ...PRODUCTIE,
        PORTAAL_DIGID_AUTHORITY: 'https://digid-broker.example.nl',
        PORTAAL_DIGID_CLIENT_ID: 'wiz-portaal',
      }).login,
    ).toMatchObject({
      digid: { authority: 'https://digid-broker.example.nl', clientId: 'wiz-portaal', scope: 'openid' },
    });
    expect(() =>
      loadPortaalConfig({ ...PRODUCTIE, PORTAAL_DIGID_AUTHORITY: 'https://digid-broker.example.nl' }),
    ).toThrow(/PORTAAL_DIGID_CLIENT_ID is required/);
  });

  it('checks tokens with the services’ settings, and takes limits and timeouts as positive whole numbers', () => {
    const config = loadPortaalConfig({
      ...DEV,
      AUTH_ISSUER: 'https://idp',
      AUTH_AUDIENCE: 'wiz',
      AUTH_JWKS_URL: 'https://idp/jwks',
      AUTH_ALGORITHMS: 'RS256',
      PORTAAL_MAX_STREAMS: '50',
    });
    expect(config.tokens).toMatchObject({
      issuer: 'https://idp',
      audience: 'wiz',
      jwksUrl: 'https://idp/jwks',
      algorithms: ['RS256'],
      rolesClaim: 'roles',
      organisationClaim: 'organisatie',
    });
    expect(config.limits).toMatchObject({
      maxStreams: 50,
      maxStreamsPerClient: 8,
      maxRequestsPerClient: 64,
      headersTimeoutMs: 10_000,
    });
    expect(() =>
      loadPortaalConfig({ ...DEV, PORTAAL_MAX_STREAMS_PER_CLIENT: '0', PORTAAL_REQUEST_TIMEOUT_MS: 'lang' }),
    ).toThrow(/PORTAAL_MAX_STREAMS_PER_CLIENT must be[\s\S]*PORTAAL_REQUEST_TIMEOUT_MS must be/);
  });

  it('limits token lifetime and clock skew as the services do: their defaults unless set', () => {
    expect(loadPortaalConfig(DEV).tokens).toMatchObject({ maxTokenAgeSeconds: undefined, clockSkewSeconds: undefined });
    expect(
      loadPortaalConfig({ ...DEV, AUTH_MAX_TOKEN_AGE_SECONDS: '3600', AUTH_CLOCK_SKEW_SECONDS: '0' }).tokens,
    ).toMatchObject({ maxTokenAgeSeconds: 3600, clockSkewSeconds: 0 });
    expect(() => loadPortaalConfig({ ...DEV, AUTH_CLOCK_SKEW_SECONDS: '301' })).toThrow(
      /AUTH_CLOCK_SKEW_SECONDS must be a whole number from 0 to 300/,
    );
  });
});
