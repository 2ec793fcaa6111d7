import Redis, { RedisOptions } from 'ioredis';
import type { PlatformConfig } from '../config/platform-config';

/**
 * Where Redis is: REDIS_URL itself, or, with REDIS_SENTINELS, whichever server the sentinels name as the master of
 * REDIS_SENTINEL_MASTER (ioredis asks them again after a failover). The password and database still come from
 * REDIS_URL. `extra` are the caller's connection options (retries, offline queue).
 */
export function redisConnectionOptions(
  config: PlatformConfig,
  extra: RedisOptions = {},
): RedisOptions & { url?: string } {
  const { url, sentinels, sentinelMaster } = config.redis;
  if (!sentinels.length) return { url, ...extra };
  const parsed = new URL(url);
  return {
    sentinels,
    name: sentinelMaster,
    username: decodeURIComponent(parsed.username) || undefined,
    password: decodeURIComponent(parsed.password) || undefined,
    db: Number(parsed.pathname.slice(1) || 0),
    ...extra,
  };
}

/** A connection of its own, by the same rule. */
export function connectRedis(config: PlatformConfig, extra: RedisOptions = {}): Redis {
  const { url, ...options } = redisConnectionOptions(config, extra);
  return url ? new Redis(url, options) : new Redis(options);
}
