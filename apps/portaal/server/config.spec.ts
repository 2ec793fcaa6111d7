import { loadPortaalConfig } from './config';

describe('portaal configuration', () => {
  it('defaults to port 3000, the services on their own ports and the development login', () => {
    const config = loadPortaalConfig({});
    expect(config.port).toBe(3000);
    expect(config.upstreams).toEqual({ intake: 'http://127.0.0.1:3001', trajecten: 'http://127.0.0.1:3002', werkgevers: 'http://127.0.0.1:3003', subsidies: 'http://127.0.0.1:3004' });
    expect(config.login).toEqual({ mode: 'dev' });
  });

  it('follows the services’ port overrides, as npm start passes them', () => {
    expect(loadPortaalConfig({ TRAJECTEN_PORT: '4002' }).upstreams.trajecten).toBe('http://127.0.0.1:4002');
  });

  it('signs in through OIDC when a provider is configured', () => {
    expect(loadPortaalConfig({ OIDC_AUTHORITY: 'https://login.example.nl/realms/wiz', OIDC_CLIENT_ID: 'portaal' }).login).toEqual({
      mode: 'oidc', authority: 'https://login.example.nl/realms/wiz', clientId: 'portaal', scope: 'openid profile',
    });
  });

  it('refuses production without an OIDC provider, and lists every problem at once', () => {
    expect(() => loadPortaalConfig({ NODE_ENV: 'production', PORTAAL_PORT: 'x' })).toThrow(/PORTAAL_PORT[\s\S]*OIDC_AUTHORITY and OIDC_CLIENT_ID are required in production/);
  });
});
