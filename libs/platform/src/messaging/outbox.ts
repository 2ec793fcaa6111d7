import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { EventData, EventDefinition, EventEnvelope, parseEventData } from '@wiz/contracts';
import { currentCorrelationId } from '../context/request-context';
import { PlatformConfig } from '../config/platform-config';
import { EventNaming } from './event-naming';

export const OUTBOX_NOTIFY_CHANNEL = 'wiz_outbox';

/**
 * Records an event in the same transaction as the state change it announces. The relay publishes it after
 * commit; a rolled-back transaction leaves no event behind. NOTIFY is transactional too: the relay wakes at
 * commit, not before.
 */
@Injectable()
export class Outbox {
  constructor(
    private readonly config: PlatformConfig,
    private readonly naming: EventNaming,
  ) {}

  async add<E extends EventDefinition>(
    manager: EntityManager,
    definition: E,
    data: EventData<E>,
    options: { subject?: string } = {},
  ): Promise<EventEnvelope<EventData<E>>> {
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
    // One round trip: the row and the NOTIFY that wakes the relay at commit.
    await manager.query(
      `WITH added AS (INSERT INTO outbox (event_id, subject, envelope, correlation_id) VALUES ($1, $2, $3, $4) RETURNING 1)
       SELECT pg_notify($5, $6) FROM added`,
      [
        envelope.id,
        this.naming.subjectOf(definition.type),
        envelope,
        envelope.correlationid,
        OUTBOX_NOTIFY_CHANNEL,
        this.config.service,
      ],
    );
    return envelope;
  }
}
