import { Injectable } from '@nestjs/common';
import { type Principal, seesOrganisation } from '@wiz/platform';
import { DossierInzage } from '../../../audit/dossier-inzage';
import { magNotitieZien, type NotitieVersie } from '../../domain/notitie';
import { NotitieRepository } from '../../database/notitie.repository';

/**
 * The journal as the caller may see it (the notes of the caller's organisation's time as holder, sensitive notes of
 * another team left out); the read is audited.
 */
@Injectable()
export class NotitiesQuery {
  constructor(
    private readonly inzage: DossierInzage,
    private readonly notities: NotitieRepository,
  ) {}

  lijst(trajectId: string, metHistorie: boolean, wie: Principal) {
    return this.inzage.lees(trajectId, wie, 'journaal-inzien', async (m) => {
      const versies = (await this.notities.alle(m, trajectId)).filter((n) =>
        magNotitieZien(n, wie, seesOrganisation(wie)),
      );
      return {
        items: perNotitie(versies).map(([nieuwste, ...eerder]) => notitie(nieuwste, metHistorie ? eerder : undefined)),
      };
    });
  }
}

/** Versions grouped per note, in the order given (each note's newest version first). */
function perNotitie(versies: NotitieVersie[]): NotitieVersie[][] {
  const groepen = new Map<string, NotitieVersie[]>();
  for (const v of versies) groepen.set(v.notitieId, [...(groepen.get(v.notitieId) ?? []), v]);
  return [...groepen.values()];
}

function versie(v: NotitieVersie) {
  return {
    versie: v.versie,
    tekst: v.tekst,
    auteur: v.auteur,
    geschrevenOp: v.geschrevenOp.toISOString(),
    reden: v.reden,
  };
}

function notitie(v: NotitieVersie, eerder: NotitieVersie[] | undefined) {
  return {
    id: v.notitieId,
    ...versie(v),
    soort: v.soort,
    datum: v.datum,
    gevoelig: v.gevoelig,
    ...(eerder ? { historie: eerder.map(versie) } : {}),
  };
}
