import { Controller, Get, Inject } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import type Redis from 'ioredis';
import { Public } from '../auth/public.decorator';
import { NatsClient } from '../messaging/nats-client';
import { REDIS } from '../redis/redis.module';

/** Liveness says the process runs; readiness says it can do its work (PostgreSQL, NATS and Redis reachable). */
@ApiExcludeController()
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicator: HealthIndicatorService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly nats: NatsClient,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  @Get('live')
  @HealthCheck()
  live() {
    return this.health.check([]);
  }

  @Get('ready')
  @HealthCheck()
  ready() {
    return this.health.check([
      () => this.db.pingCheck('postgresql', { timeout: 1_500 }),
      () => this.check('nats', async () => {
        if (!this.nats.isConnected()) throw new Error('disconnected');
        await this.nats.roundTripMs();
      }),
      () => this.check('redis', async () => {
        await this.redis.ping();
      }),
    ]);
  }

  private async check(key: string, probe: () => Promise<void>) {
    const session = this.indicator.check(key);
    try {
      await withTimeout(probe(), 1_500);
      return session.up();
    } catch (err) {
      return session.down({ message: (err as Error).message });
    }
  }
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref())]);
}
