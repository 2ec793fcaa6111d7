import { Injectable } from '@nestjs/common';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * The service's Prometheus metrics, in a registry of its own (several apps may share a process in tests).
 * Gauges that need a query (outbox backlog, consumer lag, dead letters) are filled in at scrape time by
 * MetricsController through `collectors`.
 */
@Injectable()
export class Metrics {
  readonly registry = new Registry();

  readonly httpDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request latency by route and status',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });

  readonly eventsConsumed = new Counter({
    name: 'wiz_events_consumed_total',
    help: 'Deliveries handled per event type and outcome (applied, duplicate, failed, dead-lettered)',
    labelNames: ['event', 'outcome'],
    registers: [this.registry],
  });

  readonly outboxBacklog = new Gauge({
    name: 'wiz_outbox_backlog',
    help: 'Outbox events not yet published',
    registers: [this.registry],
  });

  readonly consumerLag = new Gauge({
    name: 'wiz_consumer_lag',
    help: 'Events pending or unacknowledged per durable consumer',
    labelNames: ['consumer'],
    registers: [this.registry],
  });

  readonly deadLetters = new Gauge({
    name: 'wiz_dead_letters',
    help: 'Events of this service in the dead-letter stream',
    registers: [this.registry],
  });

  readonly repairPending = new Gauge({
    name: 'wiz_nats_repair_pending',
    help: '1 while a NATS disturbance awaits its repair (republish what the stream lost, rewind the durables), else 0',
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }
}
