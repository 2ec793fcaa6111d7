import { z } from 'zod';
import { KostenregelInvoerSchema } from './kostenregel-invoer';

const basis = {
  regelingCode: 'JTF',
  soort: 'opleiding',
  bedragCenten: 2_500,
  datum: '2026-05-01',
  omschrijving: 'cursus',
};
const fouten = (invoer: unknown) =>
  KostenregelInvoerSchema.safeParse(invoer).error?.issues.map((i) => ({
    veld: i.path.join('.'),
    melding: i.message,
  })) ?? [];

describe('KostenregelInvoerSchema', () => {
  it('accepts a line in cents, with optional participant and bewijsstuk (trimmed)', () => {
    const regel = KostenregelInvoerSchema.parse({
      ...basis,
      inwonerId: 'a0000000-0000-4000-8000-000000000001',
      bewijsstuk: ' factuur-1 ',
    });
    expect(regel).toMatchObject({ bedragCenten: 2_500, bewijsstuk: 'factuur-1' });
  });

  it('refuses a fraction of a cent or a negative amount on bedragCenten, with a clear message', () => {
    expect(fouten({ ...basis, bedragCenten: 12.5 })).toEqual([
      { veld: 'bedragCenten', melding: 'must be whole euro cents' },
    ]);
    expect(fouten({ ...basis, bedragCenten: -1 })).toEqual([{ veld: 'bedragCenten', melding: 'must not be negative' }]);
  });

  it('computes bedragCenten from staff time, exactly and rounded down', () => {
    const { bedragCenten, uren, uurtariefCenten } = KostenregelInvoerSchema.parse({
      ...basis,
      soort: 'personeel',
      bedragCenten: undefined,
      uren: 7.5,
      uurtariefCenten: 4_567,
    });
    expect([bedragCenten, uren, uurtariefCenten]).toEqual([34_252, 7.5, 4_567]);
  });

  it('wants either an amount or staff time, complete, and staff time only for personeel', () => {
    const tijd = { ...basis, soort: 'personeel', bedragCenten: undefined, uren: 2, uurtariefCenten: 100 };
    expect(fouten({ ...tijd, bedragCenten: 200 }).map((f) => f.veld)).toEqual(['bedragCenten']);
    expect(fouten({ ...basis, bedragCenten: undefined }).map((f) => f.veld)).toEqual(['bedragCenten']);
    expect(fouten({ ...tijd, uurtariefCenten: undefined }).map((f) => f.veld)).toEqual(['uurtariefCenten']);
    expect(fouten({ ...tijd, uren: undefined }).map((f) => f.veld)).toEqual(['uren']);
    expect(fouten({ ...tijd, soort: 'materiaal' }).map((f) => f.veld)).toEqual(['soort']);
    expect(fouten({ ...tijd, uren: 7.125 })).toEqual([{ veld: 'uren', melding: 'must have at most 2 decimals' }]);
    expect(fouten({ ...tijd, uren: 0 }).map((f) => f.veld)).toEqual(['uren']);
    expect(fouten({ ...tijd, uurtariefCenten: 0 }).map((f) => f.veld)).toEqual(['uurtariefCenten']);
    expect(fouten({ ...tijd, uren: 1e15, uurtariefCenten: 1e6 }).map((f) => f.veld)).toEqual(['uren']);
  });

  it('takes any well-formed regeling code, not only JTF and NPG', () => {
    expect(fouten({ ...basis, regelingCode: 'REACT-EU' })).toEqual([]);
    expect(fouten({ ...basis, regelingCode: 'jtf' }).map((f) => f.veld)).toEqual(['regelingCode']);
  });

  it('refuses unknown fields, a bad uuid, soort, date or text length, naming the field', () => {
    expect(fouten({ ...basis, extra: 1 }).map((f) => f.veld)).toEqual(['']);
    expect(fouten({ ...basis, inwonerId: 'piet' }).map((f) => f.veld)).toEqual(['inwonerId']);
    expect(fouten({ ...basis, soort: 'reis' }).map((f) => f.veld)).toEqual(['soort']);
    expect(new Set(fouten({ ...basis, datum: '2026-13-01' }).map((f) => f.veld))).toEqual(new Set(['datum']));
    expect(fouten({ ...basis, omschrijving: '  ' }).map((f) => f.veld)).toEqual(['omschrijving']);
    expect(fouten({ ...basis, omschrijving: 'x'.repeat(501) }).map((f) => f.veld)).toEqual(['omschrijving']);
    expect(fouten({ ...basis, bewijsstuk: 'x'.repeat(201) }).map((f) => f.veld)).toEqual(['bewijsstuk']);
  });

  it('can be described as JSON Schema for its input (the OpenAPI document needs that)', () => {
    const schema = z.toJSONSchema(KostenregelInvoerSchema, { io: 'input' }) as { required: string[] };
    expect(schema.required).toEqual(['regelingCode', 'soort', 'datum', 'omschrijving']);
  });
});
