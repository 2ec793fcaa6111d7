import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { PlatformConfig } from '../config/platform-config';
import { connectRedis } from './redis-connection';

export const REDIS = Symbol('wiz:redis');

/**
 * One shared ioredis connection (health, rate limits, later BullMQ). Keys are namespaced with REDIS_KEY_PREFIX so
 * test runs and services never collide. maxRetriesPerRequest null is what BullMQ workers require.
 */
@Global()
@Module({
  providers: [
    {
      provide: REDIS,
      inject: [PlatformConfig],
      useFactory: (config: PlatformConfig) =>
        connectRedis(config, {
          maxRetriesPerRequest: null,
          lazyConnect: false,
          connectionName: `wiz-${config.service}`,
        }),
    },
  ],
  exports: [REDIS],
})
export class RedisModule implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
