import { Injectable } from '@nestjs/common';
import { pagina, Paginering } from '@wiz/contracts';
import { Principal, TransactionRunner, AuditTrail } from '@wiz/platform';
import { Identiteitscontroles } from '../../database/identiteitscontroles';
import type { IdentiteitscontroleStatus } from '../../domain/identiteit';

/** Beheer's worklist of identity checks with one status, oldest first; every inwoner on the page is an audited read. */
@Injectable()
export class IdentiteitscontrolesLijst {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly controles: Identiteitscontroles,
    private readonly audit: AuditTrail,
  ) {}

  pagina(vraag: Paginering & { status: IdentiteitscontroleStatus }, wie: Principal) {
    return this.transactions.run(async (manager) => {
      const { items, totaal } = await this.controles.lijst(manager, vraag.status, vraag);
      await this.audit.schrijf(manager, wie, {
        actie: 'identiteitscontroles-inzien',
        doel: 'identiteit-controleren',
        wat: { soort: 'identiteitscontroles', id: null },
        inwonerIds: [...new Set(items.map((c) => c.inwonerId))],
      });
      return pagina(items, vraag, totaal);
    });
  }
}
