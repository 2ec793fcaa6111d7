// A real OIDC provider for the portaal's production login test (panva's oidc-provider, which is ESM-only, hence a
// child process). One public client, authorization code with PKCE, JWT access tokens for the services.
// Settings come from the environment: PORT, REDIRECT_URI, ROLES (comma separated), ORGANISATIE.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import Provider, { errors } from 'oidc-provider';

const { PORT, REDIRECT_URI, ROLES = 'consulent', ORGANISATIE = 'UWV' } = process.env;
const issuer = `http://127.0.0.1:${PORT}`;
// The services' audience; the resource indicator is only the provider's name for them.
const RESOURCE = 'urn:wiz:diensten';

// A fresh signing key per start: the services fetch it from jwks_uri, as they would from a real provider.
const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const signingKey = {
  ...privateKey.export({ format: 'jwk' }),
  kid: `test-${randomBytes(4).toString('hex')}`,
  alg: 'ES256',
  use: 'sig',
};

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: 'portaal',
      token_endpoint_auth_method: 'none',
      redirect_uris: [REDIRECT_URI],
      grant_types: ['authorization_code'],
      response_types: ['code'],
      id_token_signed_response_alg: 'ES256',
    },
  ],
  jwks: { keys: [signingKey] },
  cookies: { keys: [randomBytes(32).toString('hex')] },
  claims: { openid: ['sub'], profile: ['name'] },
  findAccount: (_ctx, sub) => ({ accountId: sub, claims: () => ({ sub, name: sub }) }),
  // The browser calls the token endpoint from the portaal's origin: allow exactly the client's own origins.
  clientBasedCORS: (_ctx, origin, client) => client.redirectUris.some((uri) => new URL(uri).origin === origin),
  pkce: { required: () => true },
  features: {
    devInteractions: { enabled: true },
    resourceIndicators: {
      enabled: true,
      // The portaal asks for no resource; every token is for the services. The token request repeats none either.
      defaultResource: (_ctx, _client, oneOf) => oneOf ?? RESOURCE,
      useGrantedResource: () => true,
      getResourceServerInfo: (_ctx, resource) => {
        if (resource !== RESOURCE) throw new errors.InvalidTarget();
        return {
          audience: 'wiz',
          scope: 'wiz',
          accessTokenFormat: 'jwt',
          accessTokenTTL: 600,
          jwt: { sign: { alg: 'ES256' } },
        };
      },
    },
  },
  // The claims the services authorise on, as a real provider maps them from the user's groups.
  extraTokenClaims: (_ctx, token) =>
    token.kind === 'AccessToken' ? { roles: ROLES.split(','), organisatie: ORGANISATIE } : undefined,
});

const server = provider.listen(Number(PORT), '127.0.0.1', () => console.log(`oidc-provider ready at ${issuer}`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
