import { z } from 'zod';
import { EVENT_CATALOG } from './catalog';
import { EVENT_EXAMPLES } from './examples';
import { InvalidEventError } from './invalid-event-error';
import { parseEventData, parseReceivedEventData } from './parse-event';
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
