import { randomUUID } from 'node:crypto';
import { jetstream } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import type { EventData, EventDefinition, EventEnvelope } from '@wiz/contracts';
import type { TestRun } from './test-run';

/**
 * An envelope as a producer's outbox would write it, for tests that play the other service. `subject` is what the
 * producer names (an inwoner, a traject, a plaatsing): consumers keep the order of events per subject.
 */
export function envelopeFor<E extends EventDefinition>(
  definition: E,
  data: EventData<E>,
  subject?: string,
): EventEnvelope<EventData<E>> {
  const id = randomUUID();
  return {
    specversion: '1.0',
    id,
    source: `wiz/${definition.service}`,
    type: definition.type,
    time: new Date().toISOString(),
    datacontenttype: 'application/json',
    ...(subject ? { subject } : {}),
    correlationid: id,
    data,
  };
}

/**
 * Publishes an envelope (or raw text) to the run's stream. Each call uses a fresh message id unless one is given,
 * so publishing the same envelope twice simulates a redelivery the stream's dedupe would otherwise hide.
 */
export function publishTestEvent(
  nc: NatsConnection,
  run: TestRun,
  definition: EventDefinition,
  envelope: EventEnvelope | string,
  msgID: string = randomUUID(),
) {
  const body = typeof envelope === 'string' ? envelope : JSON.stringify(envelope);
  return jetstream(nc).publish(`${run.env.NATS_SUBJECT_PREFIX}${definition.type}`, body, { msgID });
}
