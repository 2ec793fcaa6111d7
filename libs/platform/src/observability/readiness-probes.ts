import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { Pool } from 'pg';
import type Redis from 'ioredis';
import { PlatformConfig } from '../config/platform-config';
import { connectRedis } from '../redis/redis-connection';

/**
 * The connections readiness pings on, apart from the ones requests use: when load takes every connection of the
 * request pool (or queues commands on the shared Redis connection) the probe still gets its answer at once, so the
 * orchestrator does not take a busy but healthy instance out of service. One PostgreSQL connection, opened on
 * demand; one Redis connection that fails fast instead of queueing while Redis is away.
 */
@Injectable()
export class ReadinessProbes implements OnApplicationShutdown {
  private readonly database: Pool;
  private readonly redis: Redis;

  constructor(config: PlatformConfig) {
    this.database = new Pool({
      connectionString: config.database.url,
      max: 1,
      idleTimeoutMillis: 60_000,
      connectionTimeoutMillis: 1_500,
      query_timeout: 1_500,
      application_name: `wiz-${config.service}-readiness`,
    });
    this.database.on('error', () => undefined); // an idle connection that dies is replaced on the next ping
    this.redis = connectRedis(config, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      connectionName: `wiz-${config.service}-readiness`,
    });
    this.redis.on('error', () => undefined); // reconnects by itself; the ping reports the outage meanwhile
  }

  async pingDatabase(): Promise<void> {
    await this.database.query('SELECT 1');
  }

  async pingRedis(): Promise<void> {
    await this.redis.ping();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.database.end().catch(() => undefined);
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
