import fc from 'fast-check';
import { KANALEN, UITKERINGEN } from '@wiz/contracts';
import { HULPVRAAG_SOORTEN } from './hulpvraag-soort';
import { routeer } from './routeer';
import { RouteringsInvoerSchema, type RouteringsInvoer } from './routerings-invoer';
import { STANDAARD_REGELTABEL } from './standaard-regeltabel';
import { routeringsInvoer } from './testing/invoer.arbitraries';
import { problemenMetUitkomst } from './testing/uitkomst-controle';

describe('No Wrong Door with STANDAARD_REGELTABEL', () => {
  it('gives every well-formed input a real route (property over the whole input space)', () => {
    fc.assert(
      fc.property(routeringsInvoer, (invoer) => {
        expect(RouteringsInvoerSchema.safeParse(invoer).success).toBe(true);
        const uitkomst = routeer(STANDAARD_REGELTABEL, invoer);
        expect(problemenMetUitkomst(uitkomst)).toEqual([]);
        expect(['JTF', 'NPG']).toEqual(expect.arrayContaining(uitkomst.regelingen));
      }),
      { numRuns: 5000 },
    );
  });

  it('routes every combination of the discrete fields, and every rule is reachable', () => {
    const booleans = [false, true];
    const leeftijden = [0, 15, 17, 18, 26, 27, 50, 67, 120]; // around every bound in the table
    const treden = [undefined, 1, 2, 3, 4, 5, 6];
    const bereikt = new Set<string>();
    const fouten: string[] = [];
    let aantal = 0;
    for (const uitkering of UITKERINGEN)
      for (const werkend of booleans)
        for (const zzp of booleans)
          for (const arbeidsbeperking of booleans)
            for (const statushouder of booleans)
              for (const startkwalificatie of booleans)
                for (const leeftijd of leeftijden)
                  for (const kanaal of KANALEN)
                    for (const hulpvraagSoort of HULPVRAAG_SOORTEN)
                      for (const participatieladder of treden) {
                        const invoer: RouteringsInvoer = {
                          uitkering,
                          werkend,
                          zzp,
                          arbeidsbeperking,
                          statushouder,
                          startkwalificatie,
                          leeftijd,
                          gemeentecode: 'GM1952',
                          kanaal,
                          hulpvraagSoort,
                        };
                        if (participatieladder !== undefined) invoer.participatieladder = participatieladder;
                        const uitkomst = routeer(STANDAARD_REGELTABEL, invoer);
                        bereikt.add(uitkomst.regel);
                        aantal += 1;
                        const problemen = problemenMetUitkomst(uitkomst);
                        if (problemen.length > 0) fouten.push(`${JSON.stringify(invoer)}: ${problemen.join('; ')}`);
                      }
    expect(aantal).toBe(6 * 2 ** 5 * leeftijden.length * KANALEN.length * HULPVRAAG_SOORTEN.length * treden.length);
    expect(fouten.slice(0, 5)).toEqual([]);
    // A rule nobody can reach would be hidden policy: the order must leave every rule a case of its own.
    expect([...bereikt].sort()).toEqual(STANDAARD_REGELTABEL.routeregels.map((regel) => regel.naam).sort());
  });
});
