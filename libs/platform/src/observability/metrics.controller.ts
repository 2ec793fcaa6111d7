import { Controller, Get, Header } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '../auth/public.decorator';
import { OutboxRelay } from '../messaging/outbox-relay';
import { EventConsumers } from '../messaging/event-consumers';
import { DeadLetters } from '../messaging/dead-letters';
import { Metrics } from './metrics';

/** Prometheus scrape endpoint. Query-backed gauges are refreshed per scrape; a failing source leaves its last value. */
@ApiExcludeController()
@Public()
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: Metrics,
    private readonly outbox: OutboxRelay,
    private readonly consumers: EventConsumers,
    private readonly deadLetters: DeadLetters,
  ) {}

  @Get()
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  async scrape(): Promise<string> {
    await Promise.allSettled([
      this.outbox.backlog().then((n) => this.metrics.outboxBacklog.set(n)),
      this.consumers.lag().then((lag) => Object.entries(lag).forEach(([consumer, n]) => this.metrics.consumerLag.set({ consumer }, n))),
      this.deadLetters.count().then((n) => this.metrics.deadLetters.set(n)),
    ]);
    return this.metrics.registry.metrics();
  }
}
