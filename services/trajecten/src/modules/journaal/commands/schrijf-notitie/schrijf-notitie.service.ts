import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Principal, TransactionRunner } from '@wiz/platform';
import { TRAJECT_TOEGANG, type TrajectToegang } from '../../../caseload/caseload.port';
import type { NotitieSoort } from '../../domain/notitie';
import { NotitieRepository } from '../../database/notitie.repository';

/**
 * A new note: version 1, written by the caller, with the caller's team as the team that may read it if sensitive, in
 * the file of the organisation that holds the traject now.
 */
@Injectable()
export class SchrijfNotitie {
  constructor(
    private readonly transactions: TransactionRunner,
    @Inject(TRAJECT_TOEGANG) private readonly toegang: TrajectToegang,
    private readonly notities: NotitieRepository,
  ) {}

  execute(
    trajectId: string,
    v: { soort: NotitieSoort; tekst: string; datum: string; gevoelig: boolean },
    wie: Principal,
  ) {
    return this.transactions.run(async (m) => {
      const dossier = await this.toegang.eis(m, trajectId, wie);
      const id = randomUUID();
      await this.notities.voegToe(m, {
        ...v,
        id,
        notitieId: id,
        versie: 1,
        vorigeId: null,
        trajectId,
        auteur: wie.subject,
        auteurOrganisatie: wie.organisatie,
        auteurTeam: wie.team ?? null,
        houderOrganisatie: dossier.organisatie,
        reden: null,
        geschrevenOp: new Date(),
      });
      return { id, versie: 1 };
    });
  }
}
