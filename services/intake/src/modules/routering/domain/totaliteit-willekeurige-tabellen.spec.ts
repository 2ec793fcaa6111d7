import fc from 'fast-check';
import { RegeltabelSchema } from './regeltabel';
import { routeer } from './routeer';
import { voldoetAan } from './voldoet-aan';
import { routeringsInvoer } from './testing/invoer.arbitraries';
import {
  geldigeRegeltabel,
  nietLegeVoorwaarden,
  regelingregels,
  specifiekeRouteregels,
} from './testing/regeltabel.arbitraries';
import { problemenMetUitkomst } from './testing/uitkomst-controle';

describe('routeer is total for every table the schema accepts', () => {
  it('never throws, and returns the route of the first matching rule', () => {
    fc.assert(
      fc.property(geldigeRegeltabel, routeringsInvoer, (kandidaat, invoer) => {
        const tabel = RegeltabelSchema.parse(kandidaat);
        const uitkomst = routeer(tabel, invoer);
        expect(problemenMetUitkomst(uitkomst)).toEqual([]);

        const index = tabel.routeregels.findIndex((regel) => regel.naam === uitkomst.regel);
        const gekozen = tabel.routeregels[index];
        expect(voldoetAan(gekozen.voorwaarden, invoer)).toBe(true);
        expect(tabel.routeregels.slice(0, index).some((regel) => voldoetAan(regel.voorwaarden, invoer))).toBe(false);
        expect(uitkomst.stap).toBe(gekozen.route.stap);
        expect(uitkomst.organisatie).toBe(
          gekozen.route.organisatie === 'gemeente' ? invoer.gemeentecode : gekozen.route.organisatie,
        );

        const mogelijk = new Set(tabel.regelingregels.map((regel) => regel.regeling));
        expect(uitkomst.regelingen.every((regeling) => mogelijk.has(regeling))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses a table whose last rule is not a catch-all', () => {
    const zonderVangnet = fc
      .tuple(specifiekeRouteregels, nietLegeVoorwaarden, regelingregels)
      .map(([specifiek, voorwaarden, regelingen]) => ({
        routeregels: [
          ...specifiek,
          {
            naam: 'laatste',
            voorwaarden,
            route: { stap: 'matchen', organisatie: 'UWV', dienst: 'x', toelichting: 'y' },
          },
        ],
        regelingregels: regelingen,
      }));
    fc.assert(
      fc.property(zonderVangnet, (tabel) => {
        const uitkomst = RegeltabelSchema.safeParse(tabel);
        expect(uitkomst.success).toBe(false);
        expect(uitkomst.error?.issues.map((issue) => issue.message)).toContain(
          "the last routeregel ('laatste') must have empty voorwaarden: it is the catch-all that gives everyone a route (No Wrong Door)",
        );
      }),
    );
  });
});
