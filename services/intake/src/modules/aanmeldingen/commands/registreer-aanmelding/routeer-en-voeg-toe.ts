import type { EntityManager } from 'typeorm';
import type { AanmeldingRepository, NieuweAanmeldingRij } from '../../database/aanmelding.repository';
import type { Routeringstabel } from '../../../routering/routeringstabel.port';
import { routeer, RouteringsInvoer, RouteringsUitkomst } from '../../../routering/domain';

type ZonderRoute = Omit<NieuweAanmeldingRij, 'organisatie' | 'route' | 'routeringsversie' | 'routeringsregel'>;

/**
 * Routes with the version in force (kept in memory) and stores the aanmelding in one statement that also checks
 * that version; when another instance published a newer one meanwhile, nothing was stored: route again with it.
 */
export async function routeerEnVoegToe(
  m: EntityManager,
  tabellen: Routeringstabel,
  aanmeldingen: AanmeldingRepository,
  invoer: RouteringsInvoer,
  rij: ZonderRoute,
): Promise<{ versie: number; route: Omit<RouteringsUitkomst, 'regel'> }> {
  for (;;) {
    const { versie, tabel } = await tabellen.huidige(m);
    const { regel, ...route } = routeer(tabel, invoer);
    const opgeslagen = await aanmeldingen.voegToeOpVersie(m, {
      ...rij,
      organisatie: route.organisatie,
      route,
      routeringsversie: versie,
      routeringsregel: regel,
    });
    if (opgeslagen) return { versie, route };
    tabellen.verouderd(versie);
  }
}
