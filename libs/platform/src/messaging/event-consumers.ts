import { Injectable, OnApplicationBootstrap, BeforeApplicationShutdown } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { PinoLogger } from 'nestjs-pino';
import type { EventDefinition } from '@wiz/contracts';
import { PlatformConfig } from '../config/platform-config';
import { Metrics } from '../observability/metrics';
import { EventLog } from '../observability/logger-options';
import { EventNaming } from './event-naming';
import { NatsClient } from './nats-client';
import { NatsDisturbances } from './nats-disturbances';
import { DeadLetter, DeadLetters } from './dead-letters';
import { ON_EVENT, ON_EVENT_BATCH, ON_EVENT_WRITE } from './on-event.decorator';
import { ConsumerHandler, EventConsumer } from './event-consumer';

/**
 * Finds every @OnEvent, @OnEventBatch and @OnEventWrite handler of the service at start and runs one durable consumer
 * for each.
 */
@Injectable()
export class EventConsumers implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private consumers: EventConsumer[] = [];

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
    private readonly config: PlatformConfig,
    private readonly naming: EventNaming,
    private readonly nats: NatsClient,
    private readonly disturbances: NatsDisturbances,
    private readonly dataSource: DataSource,
    private readonly deadLetters: DeadLetters,
    private readonly metrics: Metrics,
    private readonly logger: PinoLogger,
    private readonly eventLog: EventLog,
  ) {
    logger.setContext('EventConsumers');
  }

  async onApplicationBootstrap(): Promise<void> {
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object') continue;
      for (const method of this.scanner.getAllMethodNames(Object.getPrototypeOf(instance))) {
        const fn = instance[method] as (...args: any[]) => any;
        const each = this.reflector.get<EventDefinition | undefined>(ON_EVENT, fn);
        const batch = this.reflector.get<EventDefinition | undefined>(ON_EVENT_BATCH, fn);
        const write = this.reflector.get<EventDefinition | undefined>(ON_EVENT_WRITE, fn);
        const definition = each ?? batch ?? write;
        if (!definition) continue;
        const bound = fn.bind(instance);
        const handler: ConsumerHandler = each ? { each: bound } : batch ? { batch: bound } : { write: bound };
        this.consumers.push(
          new EventConsumer(definition, handler, {
            config: this.config,
            naming: this.naming,
            nats: this.nats,
            dataSource: this.dataSource,
            deadLetters: this.deadLetters,
            logger: this.logger,
            eventLog: this.eventLog,
            onProcessed: (outcome) => this.metrics.eventsConsumed.inc({ event: definition.type, outcome }),
          }),
        );
      }
    }
    for (const consumer of this.consumers) await consumer.start();
    for (const consumer of this.consumers) this.disturbances.watchLeader(consumer.durable, () => consumer.leader());
    // Every durable is rewound, also when one cannot be (NATS does not serve it yet): the first failure is thrown
    // after, so the repair is tried again, and the others are not held back by it.
    this.disturbances.onSettled(async (from) => {
      const failures: unknown[] = [];
      for (const consumer of this.consumers) await consumer.rewind(from).catch((err) => failures.push(err));
      if (failures.length) throw failures[0];
    });
    if (this.consumers.length) this.logger.info({ consumers: this.consumers.map((c) => c.durable) }, 'consuming');
  }

  /** Applies a dead letter's event through the consumer that dead-lettered it (once: the inbox still decides). */
  async replay(letter: DeadLetter): Promise<void> {
    const consumer = this.consumers.find((c) => c.durable === letter.consumer);
    if (!consumer) throw new Error(`this service has no consumer ${letter.consumer}`);
    await consumer.applyDeadLetter(letter.data);
  }

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all(this.consumers.map((c) => c.stop()));
  }

  /**
   * Waits until this service's consumers of these events hold nothing unapplied (nothing pending or unacknowledged):
   * a read that must reflect every such event already in the stream (a withdrawn consent) calls it first. True when
   * caught up; false after `timeoutMs` or when NATS cannot say (the read then answers from what it has).
   */
  async caughtUp(definitions: readonly EventDefinition[], timeoutMs: number): Promise<boolean> {
    const types = new Set(definitions.map((d) => d.type));
    const consumers = this.consumers.filter((c) => types.has(c.definition.type));
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        const pending = await Promise.all(consumers.map((c) => c.pending()));
        if (pending.every((n) => n === 0)) return true;
      } catch {
        return false;
      }
      if (Date.now() >= deadline) return false;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  async lag(): Promise<Record<string, number>> {
    const entries = await Promise.all(this.consumers.map(async (c) => [c.durable, await c.pending()] as const));
    return Object.fromEntries(entries);
  }
}
