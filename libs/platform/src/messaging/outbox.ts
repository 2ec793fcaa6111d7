import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { EventData, EventDefinition, EventEnvelope, parseEventData } from '@wiz/contracts';
import { currentCorrelationId } from '../context/request-context';
import { PlatformConfig } from '../config/platform-config';
import { EventNaming } from './event-naming';
import { CombinedWrite } from '../persistence/combined-write';
import { OutboxWakeups } from './outbox-wakeups';

/**
 * Records an event in the same transaction as the state change it announces. The relay publishes it after
 * commit, woken by OutboxWakeups; a rolled-back transaction leaves no event behind.
 */
@Injectable()
export class Outbox {
  constructor(
    private readonly config: PlatformConfig,
    private readonly naming: EventNaming,
    private readonly wakeups: OutboxWakeups,
  ) {}

  async add<E extends EventDefinition>(
    manager: EntityManager,
    definition: E,
    data: EventData<E>,
    options: { subject?: string } = {},
  ): Promise<EventEnvelope<EventData<E>>> {
    const write = new CombinedWrite();
    const envelope = this.addMee(write, definition, data, options);
    await write.run(manager);
    return envelope;
  }

  /**
   * The event as a part of the caller's statement (one round trip for the change and its event), recorded once for
   * each row of the part `na` (the change's own part: no change, no event), or once when `na` is not given. Once the
   * statement ran, the relay is told to publish when it has committed.
   */
  addMee<E extends EventDefinition>(
    write: CombinedWrite,
    definition: E,
    data: EventData<E>,
    options: { subject?: string } = {},
    na?: string,
  ): EventEnvelope<EventData<E>> {
    const envelope: EventEnvelope<EventData<E>> = {
      specversion: '1.0',
      id: randomUUID(),
      source: `wiz/${this.config.service}`,
      type: definition.type,
      time: new Date().toISOString(),
      datacontenttype: 'application/json',
      ...(options.subject ? { subject: options.subject } : {}),
      correlationid: currentCorrelationId(),
      data: parseEventData(definition, data),
    };
    const p = (waarde: unknown) => write.param(waarde);
    write.with(
      'outbox_rij',
      `INSERT INTO outbox (event_id, subject, envelope, correlation_id)
       SELECT ${p(envelope.id)}, ${p(this.naming.subjectOf(definition.type))}, ${p(envelope)}, ${p(envelope.correlationid)}${na ? ` FROM ${na}` : ''}`,
    );
    write.onRun((manager) => this.wakeups.rowWritten(manager));
    return envelope;
  }
}
