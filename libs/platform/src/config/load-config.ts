import { pathToFileURL } from 'node:url';
import { PlatformConfig, ServiceName, platformEnvSchema } from './platform-config';
import { devInwonerIssuerPaths, devIssuerPaths } from '../auth/dev-issuer-paths';
import { databaseLogins } from '../persistence/database-roles';

/** Thrown when the environment is wrong; the message lists every bad variable so an operator can fix them at once. */
export class ConfigError extends Error {
  constructor(
    service: string,
    public readonly problems: string[],
  ) {
    super(`${service}: invalid configuration, refusing to start:\n  - ${problems.join('\n  - ')}`);
  }
}

/** NATS credentials come as a pair; production never talks to an open bus. */
function natsCredentialProblems(e: Record<string, unknown>): string[] {
  if (!e.NATS_USER !== !e.NATS_PASSWORD) return ['NATS_USER and NATS_PASSWORD: set both or neither'];
  if (e.NODE_ENV === 'production' && !e.NATS_USER)
    return ["NATS_USER and NATS_PASSWORD: required in production (the service's own NATS user)"];
  return [];
}

export function loadPlatformConfig(service: ServiceName, env: NodeJS.ProcessEnv = process.env): PlatformConfig {
  const parsed = platformEnvSchema(service).safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      service,
      parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
    );
  }
  const e = parsed.data as Record<string, any>;
  const upper = service.toUpperCase();
  if (e.NODE_ENV === 'production' && !e.AUTH_JWKS_URL) {
    throw new ConfigError(service, ["AUTH_JWKS_URL: required in production (the OIDC provider's JWKS endpoint)"]);
  }
  if (e.NODE_ENV === 'production' && !e.AUTH_INWONER_JWKS_URL) {
    throw new ConfigError(service, [
      "AUTH_INWONER_JWKS_URL: required in production (intake's GET /api/v1/inwonersessies/sleutels)",
    ]);
  }
  // One issuer for both would let a staff token pass as an inwoner's, or the other way round.
  if (e.AUTH_INWONER_ISSUER === e.AUTH_ISSUER) {
    throw new ConfigError(service, ['AUTH_INWONER_ISSUER: must differ from AUTH_ISSUER']);
  }
  const natsProblems = natsCredentialProblems(e);
  if (natsProblems.length) throw new ConfigError(service, natsProblems);
  if (e.NODE_ENV === 'production' && e.DATABASE_PROVISION_ROLES) {
    throw new ConfigError(service, [
      'DATABASE_PROVISION_ROLES: not in production (the operator makes the roles; deploy/)',
    ]);
  }
  return {
    service,
    environment: e.NODE_ENV,
    port: e[`${upper}_PORT`],
    host: e[`${upper}_HOST`] ?? e.HOST,
    database: { ...databaseLogins(service, e), poolSize: e.DATABASE_POOL_SIZE },
    nats: {
      url: e.NATS_URL,
      stream: e.NATS_STREAM,
      subjectPrefix: e.NATS_SUBJECT_PREFIX,
      replicas: e.NATS_STREAM_REPLICAS,
      disturbanceWatchMs: e.NATS_DISTURBANCE_WATCH_MS,
      maxDeliveries: e.EVENT_MAX_DELIVERIES,
      concurrency: e.EVENT_CONCURRENCY,
      batchSize: e.EVENT_BATCH_SIZE,
      batchLingerMs: e.EVENT_BATCH_LINGER_MS,
      ackWaitMs: e.EVENT_ACK_WAIT_MS,
      retryDelayMs: e.EVENT_RETRY_DELAY_MS,
      earlierEventWaitMs: e.EVENT_EARLIER_EVENT_WAIT_MS,
      credentials: e.NATS_USER ? { user: e.NATS_USER, password: e.NATS_PASSWORD } : undefined,
      tlsCa: e.NATS_TLS_CA,
    },
    outbox: {
      pollMs: e.OUTBOX_POLL_MS,
      maxBackoffMs: e.OUTBOX_MAX_BACKOFF_MS,
      replayLookBackMs: e.OUTBOX_REPLAY_LOOK_BACK_MS,
      replaySettleMs: e.OUTBOX_REPLAY_SETTLE_MS,
      replaySecondLookMs: e.OUTBOX_REPLAY_SECOND_LOOK_MS,
    },
    retention: {
      outboxRetentionHours: e.OUTBOX_RETENTION_HOURS,
      idempotencyRetentionHours: e.IDEMPOTENCY_RETENTION_HOURS,
    },
    redis: {
      url: e.REDIS_URL,
      keyPrefix: e.REDIS_KEY_PREFIX,
      sentinels: e.REDIS_SENTINELS.map((s: string) => ({
        host: s.slice(0, s.lastIndexOf(':')),
        port: Number(s.slice(s.lastIndexOf(':') + 1)),
      })),
      sentinelMaster: e.REDIS_SENTINEL_MASTER,
    },
    auth: {
      issuer: e.AUTH_ISSUER,
      audience: e.AUTH_AUDIENCE,
      jwksUrl: e.AUTH_JWKS_URL ?? pathToFileURL(devIssuerPaths().jwks).toString(),
      algorithms: e.AUTH_ALGORITHMS,
      rolesClaim: e.AUTH_ROLES_CLAIM,
      organisationClaim: e.AUTH_ORGANISATION_CLAIM,
      inwoner: {
        issuer: e.AUTH_INWONER_ISSUER,
        jwksUrl: e.AUTH_INWONER_JWKS_URL ?? pathToFileURL(devInwonerIssuerPaths().jwks).toString(),
      },
      maxTokenAgeSeconds: e.AUTH_MAX_TOKEN_AGE_SECONDS,
      clockSkewSeconds: e.AUTH_CLOCK_SKEW_SECONDS,
    },
    http: {
      bodyLimitBytes: e.HTTP_BODY_LIMIT_BYTES,
      jsonMaxDepth: e.HTTP_JSON_MAX_DEPTH,
      rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
      trustedProxies: e.HTTP_TRUSTED_PROXIES,
      metricsToken: e.METRICS_TOKEN,
    },
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT,
  };
}
