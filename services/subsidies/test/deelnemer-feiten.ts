// Random participants as the register's rows (entry attributes and facts), for the equivalence of the ESF+ counting
// in SQL with IndicatorTeller: unknown and non-reportable values, trajecten open, closed, unknown or started after the
// peildatum, closings on one day (ties), placements without a start, checks out of service, hours changes, and dates
// on the four-week and six-month boundaries of the peildata (31 August + 6 months is 28 February).
import fc from 'fast-check';
import {
  AFSLUIT_REDENEN,
  ARBEIDSMARKTSTATUSSEN,
  CONTRACTVORMEN,
  GESLACHTEN,
  LEEFTIJDSBANDEN,
  OPLEIDINGSNIVEAUS,
} from '@wiz/contracts';

const PEILDATA = ['2025-09-28', '2025-12-31', '2026-02-28', '2026-03-01', '2026-06-30'] as const;
// Leavings whose four weeks or six months end on a peildatum or on another of these days, so facts fall on the day.
const GRENZEN = ['2025-06-30', '2025-08-31', '2025-09-01', '2025-12-03', '2026-01-28', '2026-06-03'];

/** A day between March 2025 and September 2026, mostly one on a boundary (facts on the same day as others). */
const dagArb = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...GRENZEN, ...PEILDATA) },
  {
    weight: 1,
    arbitrary: fc
      .integer({ min: 0, max: 550 })
      .map((n) => new Date(Date.UTC(2025, 2, 1 + n)).toISOString().slice(0, 10)),
  },
);
const ofNull = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
// A value outside each list: stored by an older version or by hand, it counts as unknown.
const waarde = (lijst: readonly string[], vreemd: string) => ofNull(fc.constantFrom(...lijst, vreemd));

const deelnemerArb = fc.record({
  // Often werkend: only then do more hours or a permanent contract count as a better situation.
  status: fc.oneof(waarde(ARBEIDSMARKTSTATUSSEN, 'met-pensioen'), fc.constant('werkend')),
  langdurig: ofNull(fc.boolean()),
  leeftijdsband: waarde(LEEFTIJDSBANDEN, '100-plus'),
  opleidingsniveau: waarde(OPLEIDINGSNIVEAUS, 'isced-9'),
  geslacht: waarde(GESLACHTEN, 'x'),
  arbeidsbeperking: fc.boolean(),
  /** derdelander, migratieachtergrond, minderheid, dakloos, platteland. */
  kenmerken: fc.tuple(...Array.from({ length: 5 }, () => ofNull(fc.boolean()))),
  trajecten: fc.array(
    fc.record({
      /** Whether traject-gestart arrived (a closing can arrive alone). */
      bekend: fc.boolean(),
      gestart: ofNull(dagArb),
      afsluiting: ofNull(fc.record({ datum: dagArb, reden: ofNull(fc.constantFrom(...AFSLUIT_REDENEN)) })),
    }),
    { maxLength: 3 },
  ),
  plaatsingen: fc.array(
    fc.record({
      start: ofNull(dagArb),
      eind: ofNull(dagArb),
      uren: fc.integer({ min: 4, max: 40 }),
      contractvorm: fc.constantFrom(...CONTRACTVORMEN),
      check: ofNull(fc.record({ duurzaam: fc.boolean(), inDienst: fc.boolean(), op: dagArb })),
      wijzigingen: fc.array(
        fc.record({ ingang: dagArb, vorige: fc.integer({ min: 4, max: 40 }), uren: fc.integer({ min: 4, max: 40 }) }),
        { maxLength: 2 },
      ),
    }),
    { maxLength: 3 },
  ),
  kwalificaties: fc.array(dagArb, { maxLength: 2 }),
});
export type IndicatorDeelnemer = typeof deelnemerArb extends fc.Arbitrary<infer T> ? T : never;

export const indicatorScenarioArb = fc.record({
  deelnemers: fc.array(deelnemerArb, { minLength: 1, maxLength: 6 }),
  peildatum: fc.constantFrom(...PEILDATA),
});
