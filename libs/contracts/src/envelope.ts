import { z } from 'zod';
import { TimestampSchema } from './values/dates';

/**
 * CloudEvents 1.0 attribute names, so generic tooling understands the messages.
 * `id` doubles as the JetStream message id (Nats-Msg-Id), which deduplicates republishes.
 */
export interface EventEnvelope<T = unknown> {
  specversion: '1.0';
  /** uuid, unique per event; republishing the same event keeps the same id. */
  id: string;
  /** The publishing service, e.g. 'wiz/intake'. */
  source: string;
  /** The event type, equal to the NATS subject, e.g. wiz.intake.aanmelding-afgerond.v1. */
  type: string;
  /** When the event happened, ISO-8601 in UTC. */
  time: string;
  datacontenttype: 'application/json';
  /** Id of the aggregate the event is about, e.g. the traject id. */
  subject?: string;
  /** Carried from the HTTP request through every event and job, for tracing. */
  correlationid: string;
  data: T;
}

export const EVENT_TYPE_PATTERN = /^wiz\.[a-z]+\.[a-z0-9]+(-[a-z0-9]+)*\.v[1-9]\d*$/;

// Unknown extension attributes are stripped rather than refused: CloudEvents allows extensions,
// and a producer adding one must not break every consumer.
export const EventEnvelopeSchema = z.object({
  specversion: z.literal('1.0'),
  id: z.uuid(),
  source: z.string().min(1),
  type: z.string().regex(EVENT_TYPE_PATTERN, { error: 'must be wiz.<service>.<name>.v<major>' }),
  time: TimestampSchema,
  datacontenttype: z.literal('application/json'),
  subject: z.string().min(1).optional(),
  correlationid: z.string().min(1),
  data: z.unknown(),
});
