import fc from 'fast-check';
import { SroiDoelgroepSchema } from './sroi-doelgroep';

// Generators shared by the SROI property tests: dates within ten years from 2020, through Date arithmetic (an
// independent oracle for the integer day arithmetic under test); hours from integer tenths (at most one decimal).
const BASIS = Date.UTC(2020, 0, 1);
export const datumNa = (dagen: number) => new Date(BASIS + dagen * 86_400_000).toISOString().slice(0, 10);

export const datum = fc.integer({ min: 0, max: 3_650 }).map(datumNa);
export const uren = fc.integer({ min: 0, max: 600 }).map((tienden) => tienden / 10);
export const doelgroep = fc.constantFrom(...SroiDoelgroepSchema.options);
export const periode = fc
  .tuple(datum, datum)
  .map(([a, b]) => (a <= b ? { startdatum: a, einddatum: b } : { startdatum: b, einddatum: a }));
export const plaatsing = fc.record({
  doelgroep,
  urenPerWeek: uren,
  startdatum: datum,
  einddatum: fc.option(datum, { nil: null }),
});
export const bouwblokken = fc.record({
  'participatiewet-kort': fc.integer({ min: 0, max: 10_000_000 }),
  'participatiewet-lang': fc.integer({ min: 0, max: 10_000_000 }),
  doelgroepregister: fc.integer({ min: 0, max: 10_000_000 }),
  ww: fc.integer({ min: 0, max: 10_000_000 }),
  'geen-uitkering': fc.integer({ min: 0, max: 10_000_000 }),
});
