import { payloadJsonSchema } from '../catalog/json-schema';
import { EVENT_TYPE_PATTERN } from '../envelope';
import { EVENT_CATALOG, findEventDefinition } from './catalog';
import { EVENT_EXAMPLES } from './examples';
import { InvalidEventError } from './invalid-event-error';
import { parseEventData } from './parse-event';

const exampleOf = (type: string): Record<string, unknown> => {
  const example = EVENT_EXAMPLES.get(type);
  if (example === undefined) throw new Error(`no example for ${type}`);
  return example as Record<string, unknown>;
};

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

describe.each(EVENT_CATALOG.map((def) => [def.type, def] as const))('%s', (_type, def) => {
  it('has a subject derived from service, name and version', () => {
    expect(def.type).toBe(`wiz.${def.service}.${def.name}.v${def.version}`);
    expect(def.type).toMatch(EVENT_TYPE_PATTERN);
    expect(def.description.length).toBeGreaterThan(20);
  });

  it('accepts its example', () => {
    expect(parseEventData(def, exampleOf(def.type))).toEqual(exampleOf(def.type));
  });

  it('rejects an unknown top-level field', () => {
    expect(() => parseEventData(def, { ...exampleOf(def.type), onbekendVeld: 1 })).toThrow(InvalidEventError);
  });

  it('rejects an unknown field in every nested object', () => {
    const example = exampleOf(def.type);
    for (const [key, value] of Object.entries(example).filter(([, v]) => isPlainObject(v))) {
      const withExtra = { ...example, [key]: { ...(value as object), onbekendVeld: true } };
      expect(() => parseEventData(def, withExtra)).toThrow(InvalidEventError);
    }
  });

  it('rejects the example without any one of its required fields', () => {
    const required = payloadJsonSchema(def).required ?? [];
    expect(required.length).toBeGreaterThan(0);
    for (const field of required) {
      const { [field]: _removed, ...rest } = exampleOf(def.type);
      expect(() => parseEventData(def, rest)).toThrow(InvalidEventError);
    }
  });
});

describe('EVENT_CATALOG', () => {
  it('has unique types and finds each by type', () => {
    const types = EVENT_CATALOG.map((def) => def.type);
    expect(new Set(types).size).toBe(types.length);
    for (const def of EVENT_CATALOG) expect(findEventDefinition(def.type)).toBe(def);
    expect(findEventDefinition('wiz.intake.onbekend.v1')).toBeUndefined();
  });

  it('contains the events of the architecture and those issues 15, 18 and 19 and the stand-ins added', () => {
    expect(EVENT_CATALOG.map((def) => def.type).sort()).toEqual(
      [
        'wiz.intake.aanmelding-afgerond.v1',
        'wiz.intake.toestemming-gewijzigd.v1',
        'wiz.intake.toestemming-gewijzigd.v2',
        'wiz.intake.inwoner-verhuisd.v1',
        'wiz.intake.inwoners-samengevoegd.v1',
        'wiz.intake.verwerking-beperkt.v1',
        'wiz.intake.inwoner-gewist.v1',
        'wiz.trajecten.traject-gestart.v1',
        'wiz.trajecten.traject-toegewezen.v1',
        'wiz.trajecten.vervanging-geregeld.v1',
        'wiz.trajecten.stap-gezet.v1',
        'wiz.trajecten.activiteit-afgerond.v1',
        'wiz.trajecten.traject-afgesloten.v1',
        'wiz.trajecten.duurzaamheid-vastgesteld.v1',
        'wiz.trajecten.streefwaarde-vastgesteld.v1',
        'wiz.werkgevers.plaatsing-gerealiseerd.v1',
        'wiz.werkgevers.plaatsing-beeindigd.v1',
        'wiz.werkgevers.plaatsing-uren-gewijzigd.v1',
        'wiz.subsidies.declaratie-ingediend.v1',
      ].sort(),
    );
  });

  it('has an example for every event and no example without an event', () => {
    expect([...EVENT_EXAMPLES.keys()].sort()).toEqual(EVENT_CATALOG.map((def) => def.type).sort());
  });
});
