import { type AanmeldingAfgerondData, type Geslacht, kalenderdag, type Kanaal } from '@wiz/contracts';
import type { RouteringsUitkomst } from '../../routering/domain';
import type { IntakeSituatie } from './aanmelding.types';
import { deelnemerkenmerken, doelgroepen } from './deelnemerkenmerken';

export interface AfgerondeAanmelding {
  aanmeldingId: string;
  inwonerId: string;
  kanaal: Kanaal;
  route: Omit<RouteringsUitkomst, 'regel'>;
  routeringsversie: number;
  /** The inwoner's gemeente, known once the person is identified. */
  gemeentecode: string;
  aangemeldOp: Date;
  situatie: IntakeSituatie;
  geboortedatum: string;
  geslacht: string | null;
}

/**
 * What aanmelding-afgerond tells the other services: the route and what is derived from the answers (never a name,
 * address or BSN). Derived on the aanmelding's own date, also when it is published later, at identification.
 */
export function aanmeldingAfgerond(a: AfgerondeAanmelding): AanmeldingAfgerondData {
  const gegevens = {
    situatie: a.situatie,
    geboortedatum: a.geboortedatum,
    peildatum: kalenderdag(a.aangemeldOp),
  };
  const { route, situatie } = a;
  return {
    aanmeldingId: a.aanmeldingId,
    inwonerId: a.inwonerId,
    kanaal: a.kanaal,
    organisatie: route.organisatie,
    gemeentecode: a.gemeentecode,
    stap: route.stap,
    dienst: route.dienst,
    regelingen: route.regelingen,
    aangemeldOp: a.aangemeldOp.toISOString(),
    deelnemer: { ...deelnemerkenmerken(gegevens), ...(a.geslacht ? { geslacht: a.geslacht as Geslacht } : {}) },
    ...(situatie.participatieladder ? { participatieladder: situatie.participatieladder } : {}),
    doelgroepen: doelgroepen(gegevens),
    routeringVersie: a.routeringsversie,
  };
}
