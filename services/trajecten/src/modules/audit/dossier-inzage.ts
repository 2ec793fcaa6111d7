import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditTrail, Principal, TransactionRunner } from '@wiz/platform';
import { TRAJECT_TOEGANG, type TrajectToegang } from '../caseload/caseload.port';

/**
 * A read of a traject's journal or plan: 404 unless the caller may see the traject's dossier (its holders and
 * beheer); then the read and its audit row (naming the traject's inwoner) in one transaction, so what is answered
 * is logged and a refused read leaves no row.
 */
@Injectable()
export class DossierInzage {
  constructor(
    private readonly transactions: TransactionRunner,
    @Inject(TRAJECT_TOEGANG) private readonly toegang: TrajectToegang,
    private readonly audit: AuditTrail,
  ) {}

  lees<T>(trajectId: string, wie: Principal, actie: string, lees: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.transactions.run(async (m) => {
      const dossier = await this.toegang.eis(m, trajectId, wie);
      const resultaat = await lees(m);
      await this.audit.schrijf(m, wie, {
        actie,
        doel: 'begeleiding',
        wat: { soort: 'traject', id: trajectId },
        inwonerIds: [dossier.inwonerId],
      });
      return resultaat;
    });
  }
}
