import { RegeltabelSchema } from './regeltabel';
import type { RouteRegel } from './route-regel';

const route: RouteRegel['route'] = {
  stap: 'orienteren',
  organisatie: 'gemeente',
  dienst: 'intakegesprek',
  toelichting: 'Welkom.',
};
const vangnet: RouteRegel = { naam: 'vangnet', voorwaarden: {}, route };
const ww: RouteRegel = { naam: 'ww', voorwaarden: { uitkering: ['ww'] }, route };

/** The messages of a refused table, so the tests check what beheer will read. */
function meldingen(tabel: unknown): string[] {
  const uitkomst = RegeltabelSchema.safeParse(tabel);
  return uitkomst.success ? [] : uitkomst.error.issues.map((issue) => issue.message);
}

describe('RegeltabelSchema', () => {
  it('accepts a table with specific rules and a final catch-all', () => {
    expect(meldingen({ routeregels: [ww, vangnet], regelingregels: [] })).toEqual([]);
  });

  it('refuses a table without routeregels', () => {
    expect(meldingen({ routeregels: [], regelingregels: [] })).toEqual([
      expect.stringContaining('at least one routeregel'),
    ]);
  });

  it('refuses a table whose last rule is not the catch-all', () => {
    expect(meldingen({ routeregels: [vangnet, ww], regelingregels: [] })).toEqual(
      expect.arrayContaining([
        "the last routeregel ('ww') must have empty voorwaarden: it is the catch-all that gives everyone a route (No Wrong Door)",
        expect.stringContaining(
          "routeregel 'vangnet' has empty voorwaarden, so the routeregels after it can never match",
        ),
      ]),
    );
  });

  it('refuses duplicate rule names and says where', () => {
    const tabel = { routeregels: [ww, { ...ww }, vangnet], regelingregels: [] };
    expect(meldingen(tabel)).toEqual([
      "routeregel name 'ww' is used more than once (positions 1 and 2); names must be unique",
    ]);
  });

  it('refuses bounds in the wrong order, in route and regeling rules', () => {
    const omgekeerd: RouteRegel = { naam: 'jong', voorwaarden: { leeftijdVan: 27, leeftijdTot: 18 }, route };
    const ladder = {
      regeling: 'JTF',
      gemeentecodes: ['GM0014'],
      voorwaarden: { participatieladderVan: 4, participatieladderTot: 2 },
    };
    expect(meldingen({ routeregels: [omgekeerd, vangnet], regelingregels: [ladder] })).toEqual([
      "routeregel 'jong': leeftijdVan (27) is greater than leeftijdTot (18)",
      'regelingregel 1 (JTF): participatieladderVan (4) is greater than participatieladderTot (2)',
    ]);
  });

  it('points each table-level problem at the offending place', () => {
    const uitkomst = RegeltabelSchema.safeParse({ routeregels: [ww, { ...ww }], regelingregels: [] });
    expect(uitkomst.success).toBe(false);
    expect(uitkomst.error?.issues.map((issue) => issue.path)).toEqual([
      ['routeregels', 1, 'voorwaarden'],
      ['routeregels', 1, 'naam'],
    ]);
  });

  it.each([
    ['a name that is not kebab-case', { ...vangnet, naam: 'Vang Net' }, 'kebab-case'],
    ['an unknown condition (strict)', { ...ww, voorwaarden: { uitkeringen: ['ww'] } }, 'Unrecognized key'],
    ['an empty condition list', { ...ww, voorwaarden: { uitkering: [] } }, 'an empty list never matches'],
    ['an empty dienst', { ...ww, route: { ...route, dienst: '  ' } }, 'dienst must not be empty'],
    ['a ladder rung outside 1..6', { ...ww, voorwaarden: { participatieladderVan: 7 } }, ''],
    ['an unknown organisatie', { ...ww, route: { ...route, organisatie: 'wiz' } }, ''],
  ])('refuses %s', (_, regel, verwacht) => {
    const gevonden = meldingen({ routeregels: [regel, vangnet], regelingregels: [] });
    expect(gevonden.length).toBeGreaterThan(0);
    expect(gevonden.join('\n')).toContain(verwacht);
  });

  it('refuses a regelingregel without an eligible area', () => {
    const regeling = { regeling: 'NPG', gemeentecodes: [], voorwaarden: {} };
    expect(meldingen({ routeregels: [vangnet], regelingregels: [regeling] })).toEqual([
      'a regeling needs an eligible area: list at least one gemeentecode',
    ]);
  });
});
