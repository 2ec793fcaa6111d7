import type { EntityManager } from 'typeorm';
import type { NieuweAanmeldingRij, Opslag } from '../../database/aanmelding.repository';
import type { Routeringstabel } from '../../../routering/routeringstabel.port';
import { routeer, RouteringsInvoer, RouteringsUitkomst } from '../../../routering/domain';

/** The routing an attempt stores: the version in force as this instance knows it and its outcome. */
export interface Routering {
  versie: number;
  route: Omit<RouteringsUitkomst, 'regel'>;
  regel: string;
}

type ZonderRoute = Omit<NieuweAanmeldingRij, 'organisatie' | 'route' | 'routeringsversie' | 'routeringsregel'>;

/**
 * Routes with the version in force (kept in memory) and has `schrijf` store the aanmelding with it, in one statement
 * with what goes with it whose INSERT checks that version (AanmeldingRepository.voegToeMee). When another instance
 * published a newer version meanwhile, nothing was stored: route again with it. On `zonder-na` (the part the
 * aanmelding waited for wrote nothing) `schrijf` is called again on the same version, and must not wait for it again.
 */
export async function routeerEnVoegToe(
  m: EntityManager,
  tabellen: Routeringstabel,
  invoer: RouteringsInvoer,
  schrijf: (routering: Routering) => Promise<Opslag>,
): Promise<Routering> {
  for (;;) {
    const { versie, tabel } = await tabellen.huidige(m);
    const { regel, ...route } = routeer(tabel, invoer);
    const routering = { versie, route, regel };
    const opslag = await schrijf(routering);
    if (opslag === 'opgeslagen') return routering;
    if (opslag === 'verouderd') tabellen.verouderd(versie);
  }
}

/** The aanmelding's row with the routing it stores. */
export function metRoute(rij: ZonderRoute, { versie, route, regel }: Routering) {
  return { ...rij, organisatie: route.organisatie, route, routeringsversie: versie, routeringsregel: regel };
}
