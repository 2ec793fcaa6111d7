import fc from 'fast-check';
import { KANALEN, REGELING_CODES, STAPPEN, UITKERINGEN } from '@wiz/contracts';
import { HULPVRAAG_SOORTEN } from '../hulpvraag-soort';
import { ROUTE_ORGANISATIES, type RouteRegel } from '../route-regel';
import type { RegelingRegel } from '../regeling-regel';
import type { Voorwaarden } from '../voorwaarden';
import { GEMEENTE_POOL } from './invoer.arbitraries';

// Test-only generators for arbitrary valid regeltabellen (not exported from index.ts).
const lijst = <T>(waarden: readonly T[]) => fc.subarray([...waarden], { minLength: 1 });

type Grenzen = [number | undefined, number | undefined];

/** Two optional bounds, swapped when needed so the table stays valid (bad bounds are tested separately). */
const grenzen = (min: number, max: number): fc.Arbitrary<Grenzen> =>
  fc
    .tuple(
      fc.option(fc.integer({ min, max }), { nil: undefined }),
      fc.option(fc.integer({ min, max }), { nil: undefined }),
    )
    .map(([a, b]): Grenzen => (a !== undefined && b !== undefined && a > b ? [b, a] : [a, b]));

const SOORTEN = [
  'uitkering',
  'werkend',
  'zzp',
  'arbeidsbeperking',
  'statushouder',
  'startkwalificatie',
  'gemeentecodes',
  'kanalen',
  'hulpvraagSoorten',
  'leeftijd',
  'ladder',
] as const;

const elkeSoort = fc.record({
  uitkering: lijst(UITKERINGEN),
  werkend: fc.boolean(),
  zzp: fc.boolean(),
  arbeidsbeperking: fc.boolean(),
  statushouder: fc.boolean(),
  startkwalificatie: fc.boolean(),
  gemeentecodes: lijst(GEMEENTE_POOL),
  kanalen: lijst(KANALEN),
  hulpvraagSoorten: lijst(HULPVRAAG_SOORTEN),
  leeftijd: grenzen(0, 120),
  ladder: grenzen(1, 6),
});

/**
 * Random conditions with zero to three kinds of condition, like real rules. (Drawing every kind at once makes
 * almost every rule miss, and the properties would only ever exercise the catch-all.)
 */
export const voorwaarden: fc.Arbitrary<Voorwaarden> = fc
  .tuple(elkeSoort, fc.subarray([...SOORTEN], { maxLength: 3 }))
  .map(([waarden, gekozen]) => {
    const { leeftijd, ladder, ...enkel } = waarden;
    const v: Record<string, unknown> = {};
    for (const soort of gekozen) {
      if (soort === 'leeftijd') Object.assign(v, { leeftijdVan: leeftijd[0], leeftijdTot: leeftijd[1] });
      else if (soort === 'ladder')
        Object.assign(v, { participatieladderVan: ladder[0], participatieladderTot: ladder[1] });
      else v[soort] = enkel[soort];
    }
    return Object.fromEntries(Object.entries(v).filter(([, waarde]) => waarde !== undefined));
  });

export const nietLegeVoorwaarden = voorwaarden.filter((v) => Object.keys(v).length > 0);

const route = fc.record({
  stap: fc.constantFrom(...STAPPEN),
  organisatie: fc.constantFrom(...ROUTE_ORGANISATIES),
  dienst: fc.constantFrom('intakegesprek', 'werkfittraject', 'taal'),
  toelichting: fc.constantFrom('U begint met een gesprek.', 'Wij helpen u verder.'),
});

const routeregel = (naam: string, metVoorwaarden: fc.Arbitrary<Voorwaarden>): fc.Arbitrary<RouteRegel> =>
  fc.record({ naam: fc.constant(naam), voorwaarden: metVoorwaarden, route });

/** Zero to eight specific rules with unique names (regel-1, regel-2, …), without the final catch-all. */
export const specifiekeRouteregels: fc.Arbitrary<RouteRegel[]> = fc
  .array(fc.record({ voorwaarden: nietLegeVoorwaarden, route }), { maxLength: 8 })
  .map((regels) => regels.map((regel, index) => ({ naam: `regel-${index + 1}`, ...regel })));

export const vangnetRegel = routeregel('vangnet', fc.constant({}));

export const regelingregels: fc.Arbitrary<RegelingRegel[]> = fc.array(
  // Every random rule names a source, so a random age limit is a publishable one (the missing source is tested apart).
  fc.record({
    regeling: fc.constantFrom(...REGELING_CODES),
    gemeentecodes: lijst(GEMEENTE_POOL),
    voorwaarden,
    bron: fc.constant('Regeling, artikel 3'),
  }),
  { maxLength: 4 },
);

/** A valid regeltabel as beheer might publish it: random specific rules, then the catch-all. */
export const geldigeRegeltabel = fc
  .tuple(specifiekeRouteregels, vangnetRegel, regelingregels)
  .map(([specifiek, vangnet, regelingen]) => ({ routeregels: [...specifiek, vangnet], regelingregels: regelingen }));
