import { z } from 'zod';
import { EventEnvelopeSchema } from '../envelope';
import { EVENT_CATALOG } from '../events/catalog';
import type { EventDefinition } from '../events/define-event';
import { EVENT_EXAMPLES } from '../events/examples';
import { consumersOf } from './event-consumers';
import { toJsonSchema, type JsonSchema } from './json-schema';

const ref = (pointer: string) => ({ $ref: pointer });

/** Channel, message and operation ids may not contain dots in AsyncAPI 3, so the subject is re-spelled. */
export function eventId(def: EventDefinition): string {
  return `${def.service}-${def.name}-v${def.version}`;
}

/** The message body on the wire is the whole envelope, so that is what the payload describes. */
function messagePayload(def: EventDefinition): JsonSchema {
  return toJsonSchema(EventEnvelopeSchema.extend({ type: z.literal(def.type), data: def.schema }));
}

// A complete message, so the example validates against the payload schema above.
function exampleEnvelope(def: EventDefinition, data: unknown) {
  return {
    specversion: '1.0',
    id: '5d0c7f3e-2b1a-4c9d-8e7f-6a5b4c3d2e1f',
    source: `wiz/${def.service}`,
    type: def.type,
    time: '2026-03-02T09:15:00Z',
    datacontenttype: 'application/json',
    correlationid: 'b7e6d5c4-a3b2-4190-8f7e-6d5c4b3a2910',
    data,
  };
}

function message(def: EventDefinition) {
  const example = EVENT_EXAMPLES.get(def.type);
  return {
    name: eventId(def),
    title: def.type,
    summary: def.description,
    contentType: 'application/json',
    payload: messagePayload(def),
    ...(example === undefined ? {} : { examples: [{ name: 'example', payload: exampleEnvelope(def, example) }] }),
  };
}

/** AsyncAPI 3.0 description of every event, built from the same zod schemas the services validate with. */
export function buildAsyncApiDocument(catalog: readonly EventDefinition[] = EVENT_CATALOG) {
  const channels: Record<string, unknown> = {};
  const operations: Record<string, unknown> = {};
  const messages: Record<string, unknown> = {};
  for (const def of catalog) {
    const id = eventId(def);
    messages[id] = message(def);
    channels[id] = {
      address: def.type,
      title: def.type,
      description: def.description,
      messages: { [id]: ref(`#/components/messages/${id}`) },
      'x-wiz-publisher': def.service,
      'x-wiz-consumers': consumersOf(def.type),
    };
    operations[`publish-${id}`] = {
      action: 'send',
      summary: `services/${def.service} publishes ${def.type}`,
      channel: ref(`#/channels/${id}`),
      messages: [ref(`#/channels/${id}/messages/${id}`)],
    };
  }
  return {
    asyncapi: '3.0.0',
    info: {
      title: 'Werk in Zicht events',
      version: '1.0.0',
      description:
        'Events exchanged by the Werk in Zicht services over NATS JetStream. Every message is a ' +
        'CloudEvents 1.0 envelope; its id is also the Nats-Msg-Id. Generated from @wiz/contracts.',
    },
    defaultContentType: 'application/json',
    servers: { local: { host: 'localhost:4222', protocol: 'nats', description: 'Local NATS with JetStream' } },
    channels,
    operations,
    components: { messages },
  };
}

export type AsyncApiDocument = ReturnType<typeof buildAsyncApiDocument>;
