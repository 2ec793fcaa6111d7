import { SroiVerplichtingInvoerSchema } from './sroi-verplichting-invoer';

const geldig = {
  werkgeverId: '0b7e3c1a-6f0e-4d8b-9a51-2f3c4d5e6f70',
  opdracht: 'Onderhoud openbaar groen 2026',
  opdrachtwaardeCenten: 100_000_000,
  percentage: 5,
  startdatum: '2026-01-01',
  einddatum: '2026-12-31',
};
const fouten = (invoer: unknown) => {
  const result = SroiVerplichtingInvoerSchema.safeParse(invoer);
  return result.success ? [] : result.error.issues.map((i) => ({ path: i.path, message: i.message }));
};
// Distinct paths: the shared contract schemas may report more than one issue for one field.
const paden = (invoer: unknown) => [...new Set(fouten(invoer).map((f) => f.path.join('.')))];

describe('SROI obligation input', () => {
  it('accepts a valid obligation', () => {
    expect(SroiVerplichtingInvoerSchema.parse(geldig)).toEqual(geldig);
  });

  it.each([0, 100, 12.34, 0.5])('accepts percentage %p', (percentage) => {
    expect(fouten({ ...geldig, percentage })).toEqual([]);
  });

  it.each([-1, 100.5, 12.345, 1e-7, Number.NaN])('refuses percentage %p', (percentage) => {
    expect(paden({ ...geldig, percentage })).toEqual(['percentage']);
  });

  it('explains a wrong percentage in one message', () => {
    expect(fouten({ ...geldig, percentage: -1 })).toEqual([{ path: ['percentage'], message: 'must be at least 0' }]);
    expect(fouten({ ...geldig, percentage: 12.345 })).toEqual([
      { path: ['percentage'], message: 'must have at most 2 decimals' },
    ]);
  });

  it.each([12.5, -1, 2 ** 53])('refuses opdrachtwaardeCenten %p', (opdrachtwaardeCenten) => {
    expect(paden({ ...geldig, opdrachtwaardeCenten })).toEqual(['opdrachtwaardeCenten']);
  });

  it('refuses an einddatum before the startdatum, on einddatum', () => {
    expect(fouten({ ...geldig, einddatum: '2025-12-31' })).toEqual([
      { path: ['einddatum'], message: 'must not be before startdatum' },
    ]);
    expect(fouten({ ...geldig, einddatum: geldig.startdatum })).toEqual([]); // a one-day obligation is fine
  });

  it('reports the date order together with other problems', () => {
    expect(paden({ ...geldig, percentage: -1, einddatum: '2025-12-31' }).sort()).toEqual(['einddatum', 'percentage']);
  });

  it('refuses unknown fields, an empty opdracht, a bad uuid and unreal dates', () => {
    expect(paden({ ...geldig, extra: 1 })).toEqual(['']);
    expect(paden({ ...geldig, opdracht: '   ' })).toEqual(['opdracht']);
    expect(paden({ ...geldig, opdracht: 'x'.repeat(301) })).toEqual(['opdracht']);
    expect(paden({ ...geldig, werkgeverId: 'abc' })).toEqual(['werkgeverId']);
    expect(paden({ ...geldig, startdatum: '2026-02-30' })).toEqual(['startdatum']);
  });

  it.each([null, 'x', 1, [], undefined])('refuses %p as a whole without throwing', (invoer) => {
    expect(SroiVerplichtingInvoerSchema.safeParse(invoer).success).toBe(false);
  });
});
