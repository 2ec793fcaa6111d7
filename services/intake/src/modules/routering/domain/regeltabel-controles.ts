import type { RegelingRegel } from './regeling-regel';
import type { RouteRegel } from './route-regel';
import { isZonderVoorwaarden, type Voorwaarden } from './voorwaarden';

/** A table-level problem, with the path into the table where beheer should look. */
export interface Regeltabelprobleem {
  message: string;
  path: (string | number)[];
}

/**
 * The last routeregel must be the catch-all, and only the last: together with "first match wins" this is
 * what makes routing total (everyone gets a route) and keeps every rule reachable.
 */
export function controleerVangnet(routeregels: RouteRegel[]): Regeltabelprobleem[] {
  const problemen: Regeltabelprobleem[] = [];
  const laatste = routeregels.length - 1;
  routeregels.forEach((regel, index) => {
    if (index < laatste && isZonderVoorwaarden(regel.voorwaarden)) {
      problemen.push({
        message: `routeregel '${regel.naam}' has empty voorwaarden, so the routeregels after it can never match; only the last routeregel may be the catch-all`,
        path: ['routeregels', index, 'voorwaarden'],
      });
    }
  });
  const vangnet = routeregels[laatste];
  if (vangnet && !isZonderVoorwaarden(vangnet.voorwaarden)) {
    problemen.push({
      message: `the last routeregel ('${vangnet.naam}') must have empty voorwaarden: it is the catch-all that gives everyone a route (No Wrong Door)`,
      path: ['routeregels', laatste, 'voorwaarden'],
    });
  }
  return problemen;
}

/** Names identify the matched rule in every outcome, so two rules with one name would make outcomes ambiguous. */
export function controleerUniekeNamen(routeregels: RouteRegel[]): Regeltabelprobleem[] {
  const eersteIndex = new Map<string, number>();
  const problemen: Regeltabelprobleem[] = [];
  routeregels.forEach((regel, index) => {
    const eerder = eersteIndex.get(regel.naam);
    if (eerder === undefined) eersteIndex.set(regel.naam, index);
    else
      problemen.push({
        message: `routeregel name '${regel.naam}' is used more than once (positions ${eerder + 1} and ${index + 1}); names must be unique`,
        path: ['routeregels', index, 'naam'],
      });
  });
  return problemen;
}

/** A lower bound above the upper bound can never match: almost certainly a typo by beheer. */
function controleerGrenzen(voorwaarden: Voorwaarden, wie: string, pad: (string | number)[]): Regeltabelprobleem[] {
  const paren = [
    ['leeftijdVan', 'leeftijdTot'],
    ['participatieladderVan', 'participatieladderTot'],
  ] as const;
  return paren.flatMap(([van, tot]) => {
    const onder = voorwaarden[van];
    const boven = voorwaarden[tot];
    if (onder === undefined || boven === undefined || onder <= boven) return [];
    return [
      { message: `${wie}: ${van} (${onder}) is greater than ${tot} (${boven})`, path: [...pad, 'voorwaarden', van] },
    ];
  });
}

export function controleerAlleGrenzen(
  routeregels: RouteRegel[],
  regelingregels: RegelingRegel[],
): Regeltabelprobleem[] {
  return [
    ...routeregels.flatMap((regel, index) =>
      controleerGrenzen(regel.voorwaarden, `routeregel '${regel.naam}'`, ['routeregels', index]),
    ),
    ...regelingregels.flatMap((regel, index) =>
      controleerGrenzen(regel.voorwaarden, `regelingregel ${index + 1} (${regel.regeling})`, ['regelingregels', index]),
    ),
  ];
}

/** domain.md: no age limit for a regeling unless the regeling says so, so every age condition names its source. */
export function controleerBronnen(regelingregels: RegelingRegel[]): Regeltabelprobleem[] {
  return regelingregels.flatMap((regel, index) => {
    const { leeftijdVan, leeftijdTot } = regel.voorwaarden;
    if ((leeftijdVan === undefined && leeftijdTot === undefined) || regel.bron) return [];
    return [
      {
        message: `regelingregel ${index + 1} (${regel.regeling}) sets an age limit without its bron: name the regeling and article that state it`,
        path: ['regelingregels', index, 'bron'],
      },
    ];
  });
}
