import { Controller, Get } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import { Public } from '../auth/public.decorator';
import { NatsClient } from '../messaging/nats-client';
import { ReadinessProbes } from './readiness-probes';

/**
 * Liveness says the process runs; readiness says it can do its work (PostgreSQL, NATS and Redis reachable), pinged
 * on connections of its own so a full request pool does not read as an outage.
 */
@ApiExcludeController()
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicator: HealthIndicatorService,
    private readonly probes: ReadinessProbes,
    private readonly nats: NatsClient,
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
      () => this.check('postgresql', () => this.probes.pingDatabase()),
      () =>
        this.check('nats', async () => {
          if (!this.nats.isConnected()) throw new Error('disconnected');
          await this.nats.roundTripMs();
        }),
      () => this.check('redis', () => this.probes.pingRedis()),
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
  return Promise.race([
    p,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref()),
  ]);
}
