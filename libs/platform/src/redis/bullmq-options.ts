import type { PlatformConfig } from '../config/platform-config';

/**
 * BullMQ connection settings for every queue of every service: workers need maxRetriesPerRequest null (they block
 * on Redis); a producer fails fast while Redis is away (enableOfflineQueue false), so the caller can fall back on
 * PostgreSQL, which holds the truth of every job.
 */
export function bullmqConnection(config: PlatformConfig, role: 'producer' | 'worker') {
  const producer = role === 'producer';
  return { url: config.redis.url, maxRetriesPerRequest: producer ? 1 : null, enableOfflineQueue: !producer };
}

/** Queue keys under the run's or deployment's Redis key prefix. */
export function bullmqPrefix(config: PlatformConfig): string {
  return `${config.redis.keyPrefix}:bull`;
}
