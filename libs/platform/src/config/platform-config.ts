import { z } from 'zod';
import { INWONER_ISSUER } from '../auth/inwoner-token';

/** The four services; each gets its own port, database and durable consumers. */
export const SERVICE_NAMES = ['intake', 'trajecten', 'werkgevers', 'subsidies'] as const;
export type ServiceName = (typeof SERVICE_NAMES)[number];

export const DEFAULT_PORTS: Record<ServiceName, number> = {
  intake: 3001,
  trajecten: 3002,
  werkgevers: 3003,
  subsidies: 3004,
};

/**
 * How long a bearer token may live (exp - iat) and how far ahead of our clock its iat may lie: a stolen token with
 * `exp` in 2200 would otherwise open the API for ever. AUTH_MAX_TOKEN_AGE_SECONDS and AUTH_CLOCK_SKEW_SECONDS.
 */
export const DEFAULT_TOKEN_LIMITS = { maxTokenAgeSeconds: 12 * 60 * 60, clockSkewSeconds: 30 };

const csv = z.string().transform((s) =>
  s
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean),
);

const positiveInt = z.coerce.number().int().positive();

/**
 * Everything every service reads from its environment. Service-specific settings extend this.
 * Defaults fit the development machine; production sets them explicitly (see README "Configuration").
 */
export function platformEnvSchema(service: ServiceName) {
  const upper = service.toUpperCase();
  return z.object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    [`${upper}_PORT`]: z.coerce.number().int().min(0).max(65535).default(DEFAULT_PORTS[service]),
    // The address to listen on: loopback unless a container or pod sets 0.0.0.0 (HOST, or per service).
    [`${upper}_HOST`]: z.string().min(1).optional(),
    HOST: z.string().min(1).default('127.0.0.1'),
    [`${upper}_DATABASE_URL`]: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
    DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).default('postgres://postgres@127.0.0.1:5432/postgres'),
    // The owner's login, used only to migrate (production: the migration init container). Without it the service
    // migrates nothing and refuses to start while a migration is pending.
    [`${upper}_DATABASE_MIGRATION_URL`]: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
    DATABASE_MIGRATION_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
    // Development and tests: the login of DATABASE_URL is a superuser that creates the roles wiz_<service>_owner
    // and wiz_<service>_app and the database; the service migrates as the first and runs as the second.
    // Default: on outside production when no migration URL is set.
    DATABASE_PROVISION_ROLES: z.stringbool().optional(),
    DATABASE_POOL_SIZE: positiveInt.default(10),
    NATS_URL: z.string().min(1).default('nats://127.0.0.1:4222'),
    NATS_STREAM: z
      .string()
      .regex(/^[A-Za-z0-9_-]+$/)
      .default('WIZ'),
    NATS_SUBJECT_PREFIX: z
      .string()
      .regex(/^([a-z0-9_-]+\.)?$/, 'must be empty or a token followed by a dot')
      .default(''),
    NATS_STREAM_REPLICAS: positiveInt.default(1),
    // The service's own NATS user (named after the service in the generated server config) and its password;
    // neither set = no authentication (development against the machine's open server). Required in production.
    NATS_USER: z.string().min(1).optional(),
    NATS_PASSWORD: z.string().min(1).optional(),
    // The CA certificate (PEM text) that signed the NATS servers' certificates: the services then require TLS and
    // verify the server (deploy/ passes it from the Secret wiz-nats-tls). Unset: the system's CAs, TLS if offered.
    NATS_TLS_CA: z
      .string()
      .includes('-----BEGIN CERTIFICATE-----', { message: 'must be a PEM certificate' })
      .optional(),
    EVENT_MAX_DELIVERIES: positiveInt.default(5),
    EVENT_CONCURRENCY: positiveInt.default(4),
    // Events of one type applied in one transaction, each in its own savepoint. At most 64: PostgreSQL caches up to
    // 64 subtransactions that wrote per backend; beyond that, every snapshot meanwhile looks them up in pg_subtrans.
    // 1 (one transaction per event) until batches pass the partition and merge-while-events-arrive e2e tests every
    // time: a clean-clone CI run saw a batch deadlock into two dead letters and a merge miss a cost line.
    EVENT_BATCH_SIZE: positiveInt.max(64).default(1),
    // With batches: how long a batch that would start less than full waits for more events (KeyedBatches.lingerMs).
    EVENT_BATCH_LINGER_MS: z.coerce.number().int().min(0).max(1_000).default(5),
    EVENT_ACK_WAIT_MS: positiveInt.default(30_000),
    EVENT_RETRY_DELAY_MS: positiveInt.default(1_000),
    // How long after it was published an event that builds on one not here yet (EarlierEventMissing: a step of a
    // traject this service has not heard of) is retried before its delivery limit counts: longer than a partition
    // or a client's failover holds the earlier event up (the partition test). 0: the delivery limit counts at once.
    EVENT_EARLIER_EVENT_WAIT_MS: z.coerce.number().int().min(0).default(300_000),
    // How often each instance looks at the leaders of its stream and durable consumers (a change is a disturbance,
    // see nats-disturbances.ts); only with NATS_STREAM_REPLICAS > 1.
    NATS_DISTURBANCE_WATCH_MS: positiveInt.default(5_000),
    OUTBOX_POLL_MS: positiveInt.default(1_000),
    OUTBOX_MAX_BACKOFF_MS: positiveInt.default(30_000),
    // After publishes failed (a leader election, a partition): once they have succeeded again for the settle time,
    // the relay publishes again what it sent from the look-back before the first failure on (outbox-relay.ts).
    OUTBOX_REPLAY_LOOK_BACK_MS: positiveInt.default(30_000),
    OUTBOX_REPLAY_SETTLE_MS: positiveInt.default(10_000),
    // How long after a repair the relay looks once more at what it sent since the repair's start (nats-disturbances.ts).
    OUTBOX_REPLAY_SECOND_LOOK_MS: positiveInt.default(30_000),
    OUTBOX_RETENTION_HOURS: positiveInt.default(7 * 24),
    IDEMPOTENCY_RETENTION_HOURS: positiveInt.default(24),
    REDIS_URL: z
      .string()
      .regex(/^rediss?:\/\//)
      .default('redis://127.0.0.1:6379'),
    // With Sentinel (failover): the sentinels as host:port, comma-separated, and the name of the master they watch.
    // REDIS_URL then gives only the password and database; the address comes from the sentinels.
    REDIS_SENTINELS: csv.pipe(z.array(z.string().regex(/^[^\s:]+:\d{1,5}$/, 'must be host:port'))).default([]),
    REDIS_SENTINEL_MASTER: z
      .string()
      .regex(/^[A-Za-z0-9._-]+$/)
      .default('wiz'),
    REDIS_KEY_PREFIX: z
      .string()
      .regex(/^[A-Za-z0-9_-]+$/)
      .default('wiz'),
    AUTH_ISSUER: z.string().min(1).default('wiz-dev-issuer'),
    AUTH_AUDIENCE: z.string().min(1).default('wiz'),
    AUTH_JWKS_URL: z
      .string()
      .regex(/^(https?|file):\/\//, 'must be an http(s):// or file:// URL')
      .optional(),
    AUTH_ALGORITHMS: csv
      .pipe(
        z
          .array(z.enum(['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA']))
          .min(1),
      )
      .default(['RS256', 'ES256']),
    // The second issuer every service trusts: intake's inwoner sessions (DigiD exchange). Its tokens make the role
    // inwoner and nothing else; production points the JWKS at intake's GET /api/v1/inwonersessies/sleutels.
    AUTH_INWONER_ISSUER: z.string().min(1).default(INWONER_ISSUER),
    AUTH_INWONER_JWKS_URL: z
      .string()
      .regex(/^(https?|file):\/\//, 'must be an http(s):// or file:// URL')
      .optional(),
    AUTH_ROLES_CLAIM: z.string().default('roles'),
    AUTH_ORGANISATION_CLAIM: z.string().default('organisatie'),
    // A token may live at most this long (exp - iat) and may be issued at most this far in the future.
    AUTH_MAX_TOKEN_AGE_SECONDS: positiveInt.default(DEFAULT_TOKEN_LIMITS.maxTokenAgeSeconds),
    AUTH_CLOCK_SKEW_SECONDS: z.coerce.number().int().min(0).max(300).default(DEFAULT_TOKEN_LIMITS.clockSkewSeconds),
    HTTP_BODY_LIMIT_BYTES: positiveInt.default(1_048_576),
    HTTP_JSON_MAX_DEPTH: positiveInt.max(1_000).default(32),
    // When set, GET /metrics answers only to `Authorization: Bearer <METRICS_TOKEN>` (the Prometheus scrape).
    METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
    RATE_LIMIT_PER_MINUTE: positiveInt.default(6_000),
    // Addresses (or CIDRs) of reverse proxies in front of the service, such as the portaal: their X-Forwarded-For
    // names the client, so rate limits and logs count each user, not the proxy. None by default.
    HTTP_TRUSTED_PROXIES: csv.default([]),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    // Readable lines (pretty) or JSON; unset: readable only in development with a terminal (logger-options.ts).
    LOG_FORMAT: z.enum(['json', 'pretty']).optional(),
  });
}

/** The validated configuration; a class so Nest can inject it by type. Built only by loadPlatformConfig. */
export abstract class PlatformConfig {
  declare readonly service: ServiceName;
  declare readonly environment: 'development' | 'test' | 'production';
  declare readonly port: number;
  declare readonly host: string;
  declare readonly database: {
    /** The runtime role's login: DML on the service's tables, SELECT and INSERT only on append-only ones. */
    url: string;
    /** The owner's login (migrations); absent when another process migrates (production). */
    migrationUrl?: string;
    /** Development and tests: a superuser login that creates the two roles and the database. */
    adminUrl?: string;
    poolSize: number;
  };
  declare readonly nats: {
    url: string;
    stream: string;
    subjectPrefix: string;
    replicas: number;
    disturbanceWatchMs: number;
    maxDeliveries: number;
    /** Batches of events of one type applied side by side (in order per envelope subject: one inwoner or traject). */
    concurrency: number;
    /** Events with distinct subjects applied in one transaction at most. */
    batchSize: number;
    /** How long a batch that would start less than full waits for more events; only with batchSize > 1. */
    batchLingerMs: number;
    ackWaitMs: number;
    retryDelayMs: number;
    earlierEventWaitMs: number;
    /** The service's own NATS user, when the server requires authentication. */
    credentials?: { user: string; password: string };
    /** PEM of the CA that signed the servers' certificates. */
    tlsCa?: string;
  };
  declare readonly outbox: {
    pollMs: number;
    maxBackoffMs: number;
    replayLookBackMs: number;
    replaySettleMs: number;
    replaySecondLookMs: number;
  };
  declare readonly retention: { outboxRetentionHours: number; idempotencyRetentionHours: number };
  declare readonly redis: {
    url: string;
    keyPrefix: string;
    sentinels: { host: string; port: number }[];
    sentinelMaster: string;
  };
  declare readonly auth: {
    issuer: string;
    audience: string;
    jwksUrl: string;
    algorithms: string[];
    rolesClaim: string;
    organisationClaim: string;
    /** The inwoner-session issuer (intake): its tokens carry an inwonerId and yield exactly the role inwoner. */
    inwoner: { issuer: string; jwksUrl: string };
    maxTokenAgeSeconds: number;
    clockSkewSeconds: number;
  };
  declare readonly http: {
    bodyLimitBytes: number;
    /** Containers nested deeper than this in a JSON body are refused (400) before the body is parsed. */
    jsonMaxDepth: number;
    rateLimitPerMinute: number;
    trustedProxies: string[];
    metricsToken: string | undefined;
  };
  declare readonly logLevel: string;
  declare readonly logFormat: 'json' | 'pretty' | undefined;
}
