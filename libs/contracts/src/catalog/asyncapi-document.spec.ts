import { EVENT_CATALOG } from '../events/catalog';
import { parseEvent } from '../events/parse-event';
import { buildAsyncApiDocument, eventId } from './asyncapi-document';
import { EVENT_CONSUMERS } from './event-consumers';
import { payloadJsonSchema, type JsonSchema } from './json-schema';

const document = buildAsyncApiDocument();
type Channel = { address: string; messages: Record<string, { $ref: string }>; 'x-wiz-consumers': string[] };
type Operation = { action: string; channel: { $ref: string }; messages: { $ref: string }[] };
type Message = { payload: JsonSchema; examples?: { payload: unknown }[] };
const channels = document.channels as Record<string, Channel>;
const operations = document.operations as Record<string, Operation>;
const messages = document.components.messages as Record<string, Message>;

/** Resolves a local JSON pointer such as '#/channels/x/messages/y' inside the document. */
function resolve(pointer: string): unknown {
  return pointer
    .replace(/^#\//, '')
    .split('/')
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], document);
}

describe('buildAsyncApiDocument', () => {
  it('is an AsyncAPI 3.0 document that survives JSON serialization unchanged', () => {
    expect(document.asyncapi).toBe('3.0.0');
    expect(JSON.parse(JSON.stringify(document))).toEqual(document);
  });

  it('has exactly one channel per event, addressed by its subject', () => {
    expect(Object.keys(channels)).toHaveLength(EVENT_CATALOG.length);
    for (const def of EVENT_CATALOG) {
      const matching = Object.values(channels).filter((channel) => channel.address === def.type);
      expect(matching).toHaveLength(1);
      expect(channels[eventId(def)].address).toBe(def.type);
    }
  });

  it('uses ids AsyncAPI allows (no dots)', () => {
    for (const id of [...Object.keys(channels), ...Object.keys(operations), ...Object.keys(messages)]) {
      expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
    }
  });

  it('has one send operation per event whose references all resolve', () => {
    const sends = Object.values(operations).filter((operation) => operation.action === 'send');
    expect(sends).toHaveLength(EVENT_CATALOG.length);
    for (const operation of sends) {
      const channel = resolve(operation.channel.$ref) as Channel;
      expect(channel.address).toMatch(/^wiz\./);
      for (const message of operation.messages) expect(resolve(message.$ref)).toBeDefined();
    }
    for (const channel of Object.values(channels)) {
      for (const message of Object.values(channel.messages)) expect(resolve(message.$ref)).toBeDefined();
    }
  });

  it('describes the envelope with the event schema as data', () => {
    for (const def of EVENT_CATALOG) {
      const payload = messages[eventId(def)].payload;
      expect(payload.properties?.type).toMatchObject({ const: def.type });
      expect(payload.properties?.data).toEqual(payloadJsonSchema(def));
      expect(payload.required).toEqual(expect.arrayContaining(['id', 'type', 'time', 'correlationid', 'data']));
    }
  });

  it('carries an example message per event that the contract accepts', () => {
    for (const def of EVENT_CATALOG) {
      const examples = messages[eventId(def)].examples ?? [];
      expect(examples).toHaveLength(1);
      expect(() => parseEvent(def, examples[0].payload)).not.toThrow();
    }
  });

  it('lists the consumers of each event from the architecture table', () => {
    expect(Object.keys(EVENT_CONSUMERS).sort()).toEqual(EVENT_CATALOG.map((def) => def.type).sort());
    expect(channels[eventId(EVENT_CATALOG[0])]['x-wiz-consumers']).toEqual(EVENT_CONSUMERS[EVENT_CATALOG[0].type]);
  });
});
