import { Inject, Injectable } from '@nestjs/common';
import { Principal, TransactionRunner } from '@wiz/platform';
import { TRAJECT_TOEGANG, type TrajectToegang } from '../../../caseload/caseload.port';
import { AUDIT_LOG, type AuditLog } from '../../../audit/audit-log.port';
import { magNotitieZien, type NotitieVersie } from '../../domain/notitie';
import { NotitieRepository } from '../../database/notitie.repository';

/** The journal as the caller may see it; the read is audited in the same transaction. */
@Injectable()
export class NotitiesQuery {
  constructor(
    private readonly transactions: TransactionRunner,
    @Inject(TRAJECT_TOEGANG) private readonly toegang: TrajectToegang,
    @Inject(AUDIT_LOG) private readonly audit: AuditLog,
    private readonly notities: NotitieRepository,
  ) {}

  lijst(trajectId: string, metHistorie: boolean, wie: Principal) {
    return this.transactions.run(async (m) => {
      await this.toegang.eis(m, trajectId, wie);
      const versies = (await this.notities.alle(m, trajectId)).filter((n) => magNotitieZien(n, wie));
      await this.audit.schrijf(m, wie, 'journaal-inzien', trajectId);
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
