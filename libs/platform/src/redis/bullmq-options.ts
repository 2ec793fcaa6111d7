import type { ConnectionOptions } from 'bullmq';
import type { PlatformConfig } from '../config/platform-config';
import { redisConnectionOptions } from './redis-connection';

/**
 * BullMQ connection settings for every queue of every service: workers need maxRetriesPerRequest null (they block
 * on Redis); a producer fails fast while Redis is away (enableOfflineQueue false), so the caller can fall back on
 * PostgreSQL, which holds the truth of every job.
 */
export function bullmqConnection(config: PlatformConfig, role: 'producer' | 'worker'): ConnectionOptions {
  const producer = role === 'producer';
  // BullMQ declares its own copy of ioredis' options (BullMQ 6 no longer bundles ioredis); the shapes agree, the
  // declared types differ in details (e.g. the sentinel reconnect callbacks), hence the cast.
  return redisConnectionOptions(config, {
    maxRetriesPerRequest: producer ? 1 : null,
    enableOfflineQueue: !producer,
  }) as ConnectionOptions;
}

/** Queue keys under the run's or deployment's Redis key prefix. */
export function bullmqPrefix(config: PlatformConfig): string {
  return `${config.redis.keyPrefix}:bull`;
}
