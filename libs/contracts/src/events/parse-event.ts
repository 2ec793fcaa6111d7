import { EventEnvelopeSchema, type EventEnvelope } from '../envelope';
import type { EventData, EventDefinition } from './define-event';
import { InvalidEventError, issuesFromZodError } from './invalid-event-error';
import { tolerantSchema } from './tolerant-schema';

function validated<E extends EventDefinition>(def: E, schema: E['schema'], data: unknown): EventData<E> {
  const result = schema.safeParse(data);
  if (!result.success) throw new InvalidEventError(def.type, issuesFromZodError(result.error));
  return result.data;
}

/**
 * The producer's check (the outbox): the payload must match its definition exactly, unknown fields included, so
 * nothing is published that the catalog does not describe. Returns the parsed (typed) data or throws.
 */
export function parseEventData<E extends EventDefinition>(def: E, data: unknown): EventData<E> {
  return validated(def, def.schema, data);
}

const receiving = new WeakMap<EventDefinition, EventDefinition['schema']>();

/**
 * The consumer's check: every field this definition knows is validated as strictly as the producer's, fields it
 * does not know are dropped. A producer that added an optional field (a compatible change, same subject) is read
 * by consumers built before it; their handlers see only the fields they were written for.
 */
export function parseReceivedEventData<E extends EventDefinition>(def: E, data: unknown): EventData<E> {
  let schema = receiving.get(def);
  if (!schema) receiving.set(def, (schema = tolerantSchema(def.schema)));
  return validated(def, schema, data);
}

/** Validates the CloudEvents envelope only; `data` stays unknown until its definition is known. */
export function parseEnvelope(raw: unknown): EventEnvelope {
  const result = EventEnvelopeSchema.safeParse(raw);
  if (!result.success) throw new InvalidEventError('(envelope)', issuesFromZodError(result.error));
  return result.data;
}

/**
 * The consumer's edge check for one expected event: a valid envelope of exactly this type and a payload that
 * passes parseReceivedEventData.
 */
export function parseEvent<E extends EventDefinition>(def: E, raw: unknown): EventEnvelope<EventData<E>> {
  const envelope = parseEnvelope(raw);
  if (envelope.type !== def.type) {
    throw new InvalidEventError(def.type, [
      { path: 'type', message: `expected ${def.type}, received ${envelope.type}` },
    ]);
  }
  return { ...envelope, data: parseReceivedEventData(def, envelope.data) };
}
