import { ConfigError, loadPlatformConfig } from './load-config';

describe('configuration validated at start', () => {
  it('fills defaults for development and derives the database of the service', () => {
    const config = loadPlatformConfig('trajecten', {});
    expect(config.port).toBe(3002);
    // The superuser of DATABASE_URL only provisions; the service migrates as its owner role and runs as its app role.
    expect(config.database).toMatchObject({
      adminUrl: 'postgres://postgres@127.0.0.1:5432/wiz_trajecten',
      migrationUrl: 'postgres://wiz_trajecten_owner@127.0.0.1:5432/wiz_trajecten',
      url: 'postgres://wiz_trajecten_app@127.0.0.1:5432/wiz_trajecten',
    });
    expect(config.auth.jwksUrl).toMatch(/^file:\/\/.*\.dev\/issuer\/jwks\.json$/);
  });

  it('takes a service port and database URL of its own', () => {
    const config = loadPlatformConfig('intake', {
      INTAKE_PORT: '4001',
      INTAKE_DATABASE_URL: 'postgres://u@db:5432/intake',
      DATABASE_PROVISION_ROLES: 'false',
    });
    expect(config.port).toBe(4001);
    expect(config.database).toEqual({ url: 'postgres://u@db:5432/intake', migrationUrl: undefined, poolSize: 10 });
  });

  it('migrates with a login of its own and runs with another when both are given (production)', () => {
    // What production requires besides the database.
    const production = {
      NODE_ENV: 'production',
      AUTH_JWKS_URL: 'https://idp.example/jwks',
      AUTH_INWONER_JWKS_URL: 'https://intake.example/api/v1/inwonersessies/sleutels',
      NATS_USER: 'subsidies',
      NATS_PASSWORD: 'x'.repeat(32),
    };
    const config = loadPlatformConfig('subsidies', {
      ...production,
      DATABASE_URL: 'postgres://wiz_subsidies_app:geheim@db:5432/postgres',
      DATABASE_MIGRATION_URL: 'postgres://wiz_subsidies_owner:anders@db:5432/postgres',
    });
    expect(config.database).toEqual({
      url: 'postgres://wiz_subsidies_app:geheim@db:5432/wiz_subsidies',
      migrationUrl: 'postgres://wiz_subsidies_owner:anders@db:5432/wiz_subsidies',
      poolSize: 10,
    });
    expect(() => loadPlatformConfig('subsidies', { ...production, DATABASE_PROVISION_ROLES: 'true' })).toThrow(
      /DATABASE_PROVISION_ROLES/,
    );
  });

  it('refuses to start with every problem listed at once', () => {
    let error: unknown;
    try {
      loadPlatformConfig('intake', {
        INTAKE_PORT: 'abc',
        NATS_SUBJECT_PREFIX: 'no dot',
        AUTH_ALGORITHMS: 'HS256',
        LOG_LEVEL: 'loud',
      });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    for (const variable of ['INTAKE_PORT', 'NATS_SUBJECT_PREFIX', 'AUTH_ALGORITHMS', 'LOG_LEVEL'])
      expect(problems).toContain(variable);
    expect((error as Error).message).toMatch(/refusing to start/);
  });

  it('reads Redis Sentinels as host and port, and refuses a malformed one', () => {
    const config = loadPlatformConfig('trajecten', {
      REDIS_SENTINELS: 'redis-0.redis:26379, redis-1.redis:26379',
      REDIS_SENTINEL_MASTER: 'wiz',
    });
    expect(config.redis.sentinels).toEqual([
      { host: 'redis-0.redis', port: 26379 },
      { host: 'redis-1.redis', port: 26379 },
    ]);
    expect(config.redis.sentinelMaster).toBe('wiz');
    expect(loadPlatformConfig('trajecten', {}).redis.sentinels).toEqual([]);
    expect(() => loadPlatformConfig('trajecten', { REDIS_SENTINELS: 'redis-0' })).toThrow(/REDIS_SENTINELS/);
  });

  it('requires a real JWKS URL in production', () => {
    expect(() => loadPlatformConfig('subsidies', { NODE_ENV: 'production' })).toThrow(/AUTH_JWKS_URL/);
    expect(() =>
      loadPlatformConfig('subsidies', { NODE_ENV: 'production', AUTH_JWKS_URL: 'https://idp.example/jwks' }),
    ).toThrow(/AUTH_INWONER_JWKS_URL/);
    expect(() => loadPlatformConfig('subsidies', { AUTH_ISSUER: 'een', AUTH_INWONER_ISSUER: 'een' })).toThrow(
      /AUTH_INWONER_ISSUER: must differ/,
    );
    expect(
      loadPlatformConfig('subsidies', {
        NODE_ENV: 'production',
        AUTH_JWKS_URL: 'https://idp.example/jwks',
        AUTH_INWONER_JWKS_URL: 'https://intake.example/api/v1/inwonersessies/sleutels',
        NATS_USER: 'subsidies',
        NATS_PASSWORD: 'geheim',
      }).auth.jwksUrl,
    ).toBe('https://idp.example/jwks');
  });

  it("signs in to NATS as the service's own user: both or neither, and always in production", () => {
    expect(loadPlatformConfig('werkgevers', {}).nats.credentials).toBeUndefined();
    expect(
      loadPlatformConfig('werkgevers', { NATS_USER: 'werkgevers', NATS_PASSWORD: 'geheim' }).nats.credentials,
    ).toEqual({ user: 'werkgevers', password: 'geheim' });
    expect(() => loadPlatformConfig('werkgevers', { NATS_USER: 'werkgevers' })).toThrow(
      /NATS_USER and NATS_PASSWORD: set both or neither/,
    );
    expect(() =>
      loadPlatformConfig('werkgevers', {
        NODE_ENV: 'production',
        AUTH_JWKS_URL: 'https://idp.example/jwks',
        AUTH_INWONER_JWKS_URL: 'https://intake.example/api/v1/inwonersessies/sleutels',
      }),
    ).toThrow(/NATS_USER and NATS_PASSWORD: required in production/);
  });
});
