import { EventEnvelopeSchema, type EventEnvelope } from '../envelope';
import type { EventData, EventDefinition } from './define-event';
import { InvalidEventError, issuesFromZodError } from './invalid-event-error';

/** Validates a payload against its definition; returns the parsed (typed) data or throws. */
export function parseEventData<E extends EventDefinition>(def: E, data: unknown): EventData<E> {
  const result = def.schema.safeParse(data);
  if (!result.success) throw new InvalidEventError(def.type, issuesFromZodError(result.error));
  return result.data as EventData<E>;
}

/** Validates the CloudEvents envelope only; `data` stays unknown until its definition is known. */
export function parseEnvelope(raw: unknown): EventEnvelope {
  const result = EventEnvelopeSchema.safeParse(raw);
  if (!result.success) throw new InvalidEventError('(envelope)', issuesFromZodError(result.error));
  return result.data;
}

/**
 * The consumer's edge check for one expected event: a valid envelope of exactly this type
 * and a payload matching its schema.
 */
export function parseEvent<E extends EventDefinition>(def: E, raw: unknown): EventEnvelope<EventData<E>> {
  const envelope = parseEnvelope(raw);
  if (envelope.type !== def.type) {
    throw new InvalidEventError(def.type, [
      { path: 'type', message: `expected ${def.type}, received ${envelope.type}` },
    ]);
  }
  return { ...envelope, data: parseEventData(def, envelope.data) };
}
