import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import Redis from 'ioredis';
import { loadPlatformConfig } from '../config/load-config';
import type { PlatformConfig, ServiceName } from '../config/platform-config';
import { dropDatabase } from '../persistence/ensure-database';
import {
  DEV_AUDIENCE,
  DEV_ISSUER,
  DigidTokenRequest,
  ensureDevIssuer,
  mintDevDigidToken,
  mintDevToken,
  TokenRequest,
} from '../auth/dev-issuer';
import { devInwonerIssuerPaths, devIssuerPaths } from '../auth/dev-issuer-paths';
import { INWONER_ISSUER, signInwonerToken } from '../auth/inwoner-token';

/**
 * Everything one test file needs to stay out of every other run's way on the shared machine: its own databases,
 * its own stream and subject prefix, its own Redis key prefix, and its own token issuer.
 */
export class TestRun {
  readonly id = `t${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  readonly dir = mkdtempSync(path.join(tmpdir(), `wiz-${this.id}-`));
  private readonly issuerPaths = devIssuerPaths(this.dir);
  private readonly inwonerIssuerPaths = devInwonerIssuerPaths(this.dir);
  private readonly databases = new Set<string>();

  constructor(private readonly baseEnv: NodeJS.ProcessEnv = {}) {}

  get env(): NodeJS.ProcessEnv {
    return {
      NODE_ENV: 'test',
      DATABASE_URL: process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
      NATS_URL: process.env.TEST_NATS_URL ?? 'nats://127.0.0.1:4222',
      REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
      NATS_STREAM: `WIZ_${this.id.toUpperCase()}`,
      NATS_SUBJECT_PREFIX: `${this.id}.`,
      REDIS_KEY_PREFIX: this.id,
      AUTH_ISSUER: DEV_ISSUER,
      AUTH_AUDIENCE: DEV_AUDIENCE,
      AUTH_JWKS_URL: `file://${this.issuerPaths.jwks}`,
      AUTH_ALGORITHMS: 'ES256',
      AUTH_INWONER_ISSUER: INWONER_ISSUER,
      AUTH_INWONER_JWKS_URL: `file://${this.inwonerIssuerPaths.jwks}`,
      // Intake's exchange signs with this run's inwoner key, so its tokens pass every service of the run.
      INWONER_SESSIE_PRIVATE_JWK: this.inwonerIssuerPaths.privateKey,
      // The development DigiD broker signs with this run's dev issuer key (digidToken below).
      DIGID_JWKS_URL: `file://${this.issuerPaths.jwks}`,
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
      // Tests read the services' logs as JSON lines, whatever LOG_FORMAT a developer's .env sets.
      LOG_FORMAT: 'json',
      EVENT_RETRY_DELAY_MS: '100',
      OUTBOX_POLL_MS: '200',
      OUTBOX_MAX_BACKOFF_MS: '500',
      ...this.baseEnv,
    };
  }

  /** Configuration of one service of this run; `instance` gives the same service a second, separate app. */
  async config(service: ServiceName, overrides: NodeJS.ProcessEnv = {}): Promise<PlatformConfig> {
    await ensureDevIssuer(this.issuerPaths);
    await ensureDevIssuer(this.inwonerIssuerPaths);
    const env = { ...this.env, ...overrides, [`${service.toUpperCase()}_DATABASE_URL`]: this.databaseUrl(service) };
    this.databases.add(this.databaseUrl(service));
    return loadPlatformConfig(service, env);
  }

  /**
   * A service's database of this run, logged in as the superuser of TEST_DATABASE_URL: the service provisions its
   * owner and runtime roles from it (DATABASE_PROVISION_ROLES) and runs as the runtime role; tests inspect with it.
   */
  databaseUrl(service: ServiceName): string {
    const server = new URL(this.env.DATABASE_URL!);
    server.pathname = `/wiz_${this.id}_${service}`;
    return server.toString();
  }

  token(req: TokenRequest): Promise<string> {
    return mintDevToken(req, this.issuerPaths);
  }

  /** A DigiD broker's ID token for this BSN, signed by this run's dev issuer (intake's default DIGID_JWKS_URL). */
  digidToken(req: DigidTokenRequest): Promise<string> {
    return mintDevDigidToken(req, this.issuerPaths);
  }

  /**
   * A token as intake's exchange mints it after a DigiD login: the person `inwonerId` of `gemeentecode` (GM0014
   * unless given), role inwoner.
   */
  async inwonerToken(
    inwonerId: string,
    opts: { gemeentecode?: string; naam?: string; expiresIn?: string } = {},
  ): Promise<string> {
    await ensureDevIssuer(this.inwonerIssuerPaths);
    return signInwonerToken(JSON.parse(readFileSync(this.inwonerIssuerPaths.privateKey, 'utf8')), {
      inwonerId,
      gemeentecode: opts.gemeentecode ?? 'GM0014',
      naam: opts.naam,
      expiresIn: opts.expiresIn,
      audience: this.env.AUTH_AUDIENCE!,
      issuer: this.env.AUTH_INWONER_ISSUER!,
    });
  }

  /** Drops this run's databases and streams. */
  async cleanup(): Promise<void> {
    for (const url of this.databases) await dropDatabase(url).catch(() => undefined);
    const nc = await connect({ servers: this.env.NATS_URL!.split(','), timeout: 2_000 }).catch(() => undefined);
    if (nc) {
      const jsm = await jetstreamManager(nc);
      for (const name of [this.env.NATS_STREAM!, `${this.env.NATS_STREAM}_DLQ`])
        await jsm.streams.delete(name).catch(() => undefined);
      await nc.close();
    }
    const redis = new Redis(this.env.REDIS_URL!, { lazyConnect: true, maxRetriesPerRequest: 1 });
    try {
      await redis.connect();
      const keys = await redis.keys(`${this.id}*`);
      if (keys.length) await redis.del(...keys);
    } catch {
      // Redis not reachable: nothing of ours to remove.
    } finally {
      redis.disconnect();
    }
  }
}
