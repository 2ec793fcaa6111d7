import { loadPlatformConfig } from './load-config';

describe('HTTP and token settings', () => {
  it('listens on loopback unless HOST or <SERVICE>_HOST says otherwise (compose and deploy/ set 0.0.0.0)', () => {
    expect(loadPlatformConfig('intake', {}).host).toBe('127.0.0.1');
    expect(loadPlatformConfig('intake', { HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
    expect(loadPlatformConfig('intake', { HOST: '0.0.0.0', INTAKE_HOST: '10.1.2.3' }).host).toBe('10.1.2.3');
  });

  it('bounds tokens to 12 hours with 30 seconds of clock skew by default, and limits JSON nesting to 32', () => {
    const config = loadPlatformConfig('trajecten', {});
    expect(config.auth).toMatchObject({ maxTokenAgeSeconds: 43_200, clockSkewSeconds: 30 });
    expect(config.http).toMatchObject({ jsonMaxDepth: 32, metricsToken: undefined });
    expect(() => loadPlatformConfig('trajecten', { AUTH_CLOCK_SKEW_SECONDS: '3600' })).toThrow(
      /AUTH_CLOCK_SKEW_SECONDS/,
    );
  });

  it('refuses a metrics token too short to be a secret', () => {
    expect(() => loadPlatformConfig('trajecten', { METRICS_TOKEN: 'kort' })).toThrow(/METRICS_TOKEN/);
    expect(loadPlatformConfig('trajecten', { METRICS_TOKEN: 'x'.repeat(32) }).http.metricsToken).toBe('x'.repeat(32));
  });
});
