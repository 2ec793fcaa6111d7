import fc from 'fast-check';
import { collectPropertyNames, payloadJsonSchema, type JsonSchema } from '../catalog/json-schema';
import { EVENT_CATALOG } from './catalog';
import { EVENT_EXAMPLES } from './examples';

// Personal data that must never leave intake in an event (architecture.md: "BSN ... never in events").
const PERSONAL_DATA_FIELDS = [
  'bsn',
  'naam',
  'voornaam',
  'achternaam',
  'adres',
  'postcode',
  'email',
  'telefoon',
  'geboortedatum',
  'huisnummer',
];

const exampleOf = (type: string) => EVENT_EXAMPLES.get(type) as Record<string, unknown>;

describe('no personal data in any event', () => {
  const containsPersonalDataWord = (names: Iterable<string>) =>
    [...names].filter((name) => PERSONAL_DATA_FIELDS.some((word) => name.toLowerCase().includes(word)));

  const cases = EVENT_CATALOG.map((def) => [def.type, def] as const);

  it.each(cases)('%s has no personal-data field at any depth', (_type, def) => {
    const names = collectPropertyNames(payloadJsonSchema(def));
    expect(names.size).toBeGreaterThan(0);
    expect(containsPersonalDataWord(names)).toEqual([]);
  });

  it('the schema walk finds a personal-data field however deeply it is nested', () => {
    // Wrap a forbidden field in random layers of object/array/union so the walk itself is tested.
    const layer = fc.constantFrom('object', 'array', 'anyOf', 'additionalProperties');
    fc.assert(
      fc.property(fc.constantFrom(...PERSONAL_DATA_FIELDS), fc.array(layer, { maxLength: 6 }), (word, layers) => {
        let schema: JsonSchema = { type: 'object', properties: { [word]: { type: 'string' } } };
        for (const kind of layers) {
          if (kind === 'object') schema = { type: 'object', properties: { wrapper: schema } };
          if (kind === 'array') schema = { type: 'array', items: schema };
          if (kind === 'anyOf') schema = { anyOf: [{ type: 'null' }, schema] };
          if (kind === 'additionalProperties') schema = { type: 'object', additionalProperties: schema };
        }
        expect(containsPersonalDataWord(collectPropertyNames(schema))).toContain(word);
      }),
    );
  });

  it('every schema refuses a payload that smuggles personal data in, whatever the value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        for (const def of EVENT_CATALOG) {
          for (const field of PERSONAL_DATA_FIELDS) {
            expect(def.schema.safeParse({ ...exampleOf(def.type), [field]: value }).success).toBe(false);
          }
        }
      }),
      { numRuns: 25 },
    );
  });
});
