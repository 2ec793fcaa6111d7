import { Controller, Get, Header, Headers, UnauthorizedException } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { createHash, timingSafeEqual } from 'node:crypto';
import { Public } from '../auth/public.decorator';
import { PlatformConfig } from '../config/platform-config';
import { OutboxRelay } from '../messaging/outbox-relay';
import { EventConsumers } from '../messaging/event-consumers';
import { DeadLetters } from '../messaging/dead-letters';
import { NatsDisturbances } from '../messaging/nats-disturbances';
import { Metrics } from './metrics';

/**
 * Prometheus scrape endpoint. Query-backed gauges are refreshed per scrape; a failing source leaves its last value.
 * Not a user route (no user token), but not open either when METRICS_TOKEN is set: the scraper sends it as a bearer
 * token (Prometheus `authorization: { credentials_file: … }`).
 */
@ApiExcludeController()
@Public()
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: Metrics,
    private readonly outbox: OutboxRelay,
    private readonly consumers: EventConsumers,
    private readonly deadLetters: DeadLetters,
    private readonly disturbances: NatsDisturbances,
    private readonly config: PlatformConfig,
  ) {}

  @Get()
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  async scrape(@Headers('authorization') authorization?: string): Promise<string> {
    if (!this.mayScrape(authorization)) throw new UnauthorizedException('The metrics token is required.');
    this.metrics.repairPending.set(this.disturbances.repairPending ? 1 : 0);
    await Promise.allSettled([
      this.outbox.backlog().then((n) => this.metrics.outboxBacklog.set(n)),
      this.consumers
        .lag()
        .then((lag) => Object.entries(lag).forEach(([consumer, n]) => this.metrics.consumerLag.set({ consumer }, n))),
      this.deadLetters.count().then((n) => this.metrics.deadLetters.set(n)),
    ]);
    return this.metrics.registry.metrics();
  }

  private mayScrape(authorization: string | undefined): boolean {
    const expected = this.config.http.metricsToken;
    if (expected === undefined) return true;
    // Compared as digests of equal length, in constant time.
    const digest = (text: string) => createHash('sha256').update(text).digest();
    return timingSafeEqual(digest(authorization ?? ''), digest(`Bearer ${expected}`));
  }
}
