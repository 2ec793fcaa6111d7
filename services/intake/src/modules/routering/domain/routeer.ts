import type { Gemeentecode, RegelingCode, Stap } from '@wiz/contracts';
import { passendeRegelingen } from './regelingen';
import { toelichtingMetRegelingen } from './regelingen-toelichting';
import type { Regeltabel } from './regeltabel';
import type { RouteOrganisatie, RouteRegel } from './route-regel';
import type { RouteringsInvoer } from './routerings-invoer';
import { voldoetAan } from './voldoet-aan';

/** Who delivers: the inwoner's own gemeente (by code) or one of the regional organisations. */
export type UitkomstOrganisatie = Gemeentecode | Exclude<RouteOrganisatie, 'gemeente'>;

export interface RouteringsUitkomst {
  stap: Stap;
  organisatie: UitkomstOrganisatie;
  dienst: string;
  /** Sorted and distinct. */
  regelingen: RegelingCode[];
  /** Dutch, for the inwoner; mentions the regelingen in plain words when there are any. */
  toelichting: string;
  /** Name of the routeregel that matched, so every outcome can be explained and audited. */
  regel: string;
}

/** First match wins: the order of the table is the policy, which is why beheer orders specific before general. */
export function eerstePassendeRouteregel(routeregels: RouteRegel[], invoer: RouteringsInvoer): RouteRegel {
  const regel = routeregels.find((kandidaat) => voldoetAan(kandidaat.voorwaarden, invoer));
  // Unreachable for a table parsed by RegeltabelSchema (its last rule is the catch-all); only a hand-built,
  // unvalidated table can get here, and that is a programming error rather than a person without a route.
  if (regel === undefined) {
    throw new Error(
      'No routeregel matched: validate the table with RegeltabelSchema, which requires a final catch-all',
    );
  }
  return regel;
}

/**
 * Routes one inwoner: pure and deterministic. Total for every table that passed RegeltabelSchema and every
 * input that passed RouteringsInvoerSchema (No Wrong Door).
 */
export function routeer(tabel: Regeltabel, invoer: RouteringsInvoer): RouteringsUitkomst {
  const { naam, route } = eerstePassendeRouteregel(tabel.routeregels, invoer);
  const regelingen = passendeRegelingen(tabel.regelingregels, invoer);
  return {
    stap: route.stap,
    organisatie: route.organisatie === 'gemeente' ? invoer.gemeentecode : route.organisatie,
    dienst: route.dienst,
    regelingen,
    toelichting: toelichtingMetRegelingen(route.toelichting, regelingen),
    regel: naam,
  };
}
