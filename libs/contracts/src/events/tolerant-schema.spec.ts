import { z } from 'zod';
import { EVENT_CATALOG } from './catalog';
import { EVENT_EXAMPLES } from './examples';
import { InvalidEventError } from './invalid-event-error';
import { parseEvent, parseEventData, parseReceivedEventData } from './parse-event';
import { StapGezet } from './trajecten';
import { tolerantSchema } from './tolerant-schema';

const exampleOf = (type: string) => EVENT_EXAMPLES.get(type) as Record<string, unknown>;
const isObject = (v: unknown): v is object => typeof v === 'object' && v !== null && !Array.isArray(v);

describe.each(EVENT_CATALOG.map((def) => [def.type, def] as const))('%s as a consumer reads it', (_type, def) => {
  it('drops unknown fields at the top and in every nested object, keeps the known ones', () => {
    const example = exampleOf(def.type);
    const nested = Object.fromEntries(
      Object.entries(example).map(([key, value]) => [key, isObject(value) ? { ...value, onbekendVeld: 1 } : value]),
    );
    expect(parseReceivedEventData(def, { ...nested, onbekendVeld: 1 })).toEqual(example);
    // The producer's check is not loosened by deriving the reader's.
    expect(() => parseEventData(def, { ...example, onbekendVeld: 1 })).toThrow(InvalidEventError);
  });

  it('still refuses the example without a required field', () => {
    const [required] = (z.toJSONSchema(def.schema) as { required: string[] }).required;
    const { [required]: _removed, ...rest } = exampleOf(def.type);
    expect(() => parseReceivedEventData(def, rest)).toThrow(InvalidEventError);
  });
});

describe('parseEvent, the edge check of a consumer', () => {
  it('reads the data as parseReceivedEventData does', () => {
    const data = { ...exampleOf(StapGezet.type), reden: 'later toegevoegd' };
    const envelope = {
      specversion: '1.0',
      id: '5d0c7f3e-2b1a-4c9d-8e7f-6a5b4c3d2e1f',
      source: 'wiz/trajecten',
      type: StapGezet.type,
      time: '2026-04-10T13:00:00Z',
      datacontenttype: 'application/json',
      correlationid: 'b7e6d5c4-a3b2-4190-8f7e-6d5c4b3a2910',
      data,
    };
    expect(parseEvent(StapGezet, envelope).data).toEqual(exampleOf(StapGezet.type));
  });
});

describe('tolerantSchema', () => {
  it('keeps refinements, bounds and value sets', () => {
    const example = exampleOf(StapGezet.type);
    expect(() => parseReceivedEventData(StapGezet, { ...example, naar: example.van })).toThrow(/van and naar/);
    expect(() => parseReceivedEventData(StapGezet, { ...example, versie: 0 })).toThrow(InvalidEventError);
    expect(() => parseReceivedEventData(StapGezet, { ...example, naar: 'onbekend' })).toThrow(InvalidEventError);
  });

  it('reaches objects inside arrays, unions and optionals, and keeps a catchall typed on purpose', () => {
    const item = z.object({ a: z.number() }).strict();
    const schema = tolerantSchema(
      z
        .object({
          lijst: z.array(item),
          keuze: z.union([item, z.string()]).optional(),
          extra: z.object({}).catchall(z.number()),
        })
        .strict(),
    );
    expect(schema.parse({ lijst: [{ a: 1, b: 2 }], keuze: { a: 2, b: 3 }, extra: { n: 1 }, weg: true })).toEqual({
      lijst: [{ a: 1 }],
      keuze: { a: 2 },
      extra: { n: 1 },
    });
    expect(schema.safeParse({ lijst: [], extra: { n: 'geen getal' } }).success).toBe(false);
  });
});
