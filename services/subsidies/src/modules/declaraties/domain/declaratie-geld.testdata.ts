// Random claims for the property specs: regelingen with percentages in whole basis points, participants,
// lines and what was submitted before, plus an independent statement of the contract to check against.
import fc from 'fast-check';
import { GESLACHTEN, LEEFTIJDSBANDEN, OPLEIDINGSNIVEAUS, ARBEIDSMARKTSTATUSSEN } from '@wiz/contracts';
import { KOSTENSOORTEN } from '@wiz/contracts';
import type { Deelnemer } from './deelnemer';
import type { Ingediend } from './ingediend';
import type { Kostenregel } from './kostenregel';
import type { Regeling } from './regeling';
import { stelDeclaratieSamen } from './stel-declaratie-samen';

// Percentages are generated as whole basis points, so the oracle below never touches a float percentage.
const regelingArb = fc.record({
  cofBp: fc.integer({ min: 0, max: 10_000 }),
  flatBp: fc.option(fc.integer({ min: 0, max: 4_000 }), { nil: undefined }),
});
const INWONERS = ['i1', 'i2', 'i3', 'i4', 'i5'];
const BEWIJSSTUKKEN = ['b1', 'b2', 'b3', 'b4', 'b5', 'b6'];
const optie = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const deelnemerArb = (inwonerId: string): fc.Arbitrary<Deelnemer> =>
  fc.record({
    inwonerId: fc.constant(inwonerId),
    gemeentecode: fc.constantFrom('GM0014', 'GM0114', 'GM0363'),
    arbeidsmarktstatus: optie(fc.constantFrom(...ARBEIDSMARKTSTATUSSEN)),
    leeftijdsband: optie(fc.constantFrom(...LEEFTIJDSBANDEN)),
    opleidingsniveau: optie(fc.constantFrom(...OPLEIDINGSNIVEAUS)),
    geslacht: optie(fc.constantFrom(...GESLACHTEN)),
    arbeidsbeperking: optie(fc.boolean()),
  });

const regelsArb = fc
  .uniqueArray(
    fc.record({
      id: fc.uuid(),
      inwonerId: optie(fc.constantFrom(...INWONERS, 'onbekend')),
      // Staff costs half the time: under a flat rate only they can be included (art. 56), the others are covered.
      soort: fc.oneof(fc.constant('personeel' as const), fc.constantFrom(...KOSTENSOORTEN)),
      // Up to 10^12 cents per line: sums run far beyond 2^32 but stay safe integers for 200 lines.
      // Round amounts (multiples of 500) land exactly on rounding boundaries, where float arithmetic loses a cent.
      bedragCenten: fc.oneof(
        fc.integer({ min: 0, max: 1_000 }),
        fc.integer({ min: 0, max: 1_000 }).map((n) => n * 500),
        fc.integer({ min: 0, max: 1_000_000_000_000 }),
      ),
      datum: fc.constantFrom('2025-12-31', '2026-01-01', '2026-03-15', '2026-06-30', '2026-07-01'),
      bewijsstuk: optie(fc.constantFrom(...BEWIJSSTUKKEN)),
    }),
    { selector: (r) => r.id, maxLength: 200 },
  )
  .map((regels) => regels.map((r): Kostenregel => ({ ...r, regelingCode: 'JTF' })));

export const scenarioArb = fc
  .record({
    pct: regelingArb,
    regels: regelsArb,
    deelnemers: fc.tuple(...INWONERS.map((id) => optie(deelnemerArb(id)))),
    ingediendeBewijsstukken: fc.dictionary(
      fc.constantFrom(...BEWIJSSTUKKEN),
      fc.subarray(['JTF', 'NPG'], { minLength: 1 }),
    ),
  })
  .chain((s) => fc.subarray(s.regels.map((r) => r.id)).map((ingediendeIds) => ({ ...s, ingediendeIds })));

export type Scenario = typeof scenarioArb extends fc.Arbitrary<infer T> ? T : never;

export function opbouw(s: Scenario) {
  const regeling: Regeling = {
    code: 'JTF',
    startdatum: '2026-01-01',
    einddatum: '2026-06-30',
    gemeentecodes: ['GM0014', 'GM0114'],
    cofinancieringspercentage: s.pct.cofBp / 100,
    flatRatePercentage: s.pct.flatBp === undefined ? undefined : s.pct.flatBp / 100,
  };
  const deelnemers = new Map<string, Deelnemer>(
    s.deelnemers.filter((d) => d !== undefined).map((d) => [d.inwonerId, d]),
  );
  const ingediend: Ingediend = {
    ingediendeRegels: new Set(s.ingediendeIds),
    ingediendeBewijsstukken: new Map(Object.entries(s.ingediendeBewijsstukken).map(([b, c]) => [b, new Set(c)])),
  };
  const invoer = {
    regeling,
    periodeVan: '2025-12-01',
    periodeTot: '2026-07-31',
    kandidaten: s.regels,
    deelnemers,
    ingediend,
  };
  return { invoer, resultaat: stelDeclaratieSamen(invoer) };
}

// An independent statement of the contract: a line is in exactly when none of the six reasons applies. Missing ESF+
// indicator data does not exclude a line (issue 15); a known participant in the area is enough.
export function hoortErIn(
  r: Kostenregel,
  { regeling, deelnemers, ingediend }: ReturnType<typeof opbouw>['invoer'],
): boolean {
  const d = r.inwonerId === undefined ? undefined : deelnemers.get(r.inwonerId);
  const deelnemerOk = r.inwonerId === undefined || (d !== undefined && regeling.gemeentecodes.includes(d.gemeentecode));
  return (
    !ingediend.ingediendeRegels.has(r.id) &&
    r.bewijsstuk !== undefined &&
    !ingediend.ingediendeBewijsstukken.has(r.bewijsstuk) &&
    r.datum >= regeling.startdatum &&
    r.datum <= regeling.einddatum &&
    deelnemerOk &&
    // A flat rate on staff costs covers every other kind of cost (art. 56).
    ((regeling.flatRatePercentage ?? 0) === 0 || r.soort === 'personeel')
  );
}
