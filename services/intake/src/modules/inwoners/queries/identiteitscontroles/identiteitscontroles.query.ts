import { Inject, Injectable } from '@nestjs/common';
import { pagina, Paginering } from '@wiz/contracts';
import { Principal, TransactionRunner } from '@wiz/platform';
import { AUDIT_LOG, type AuditLog } from '../../../audit/audit-log.port';
import { Identiteitscontroles } from '../../database/identiteitscontroles';
import type { IdentiteitscontroleStatus } from '../../domain/identiteit';

/** Beheer's worklist of identity checks with one status, oldest first; every inwoner on the page is an audited read. */
@Injectable()
export class IdentiteitscontrolesLijst {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly controles: Identiteitscontroles,
    @Inject(AUDIT_LOG) private readonly audit: AuditLog,
  ) {}

  pagina(vraag: Paginering & { status: IdentiteitscontroleStatus }, wie: Principal) {
    return this.transactions.run(async (manager) => {
      const { items, totaal } = await this.controles.lijst(manager, vraag.status, vraag);
      await this.audit.schrijf(
        manager,
        wie,
        'identiteitscontroles-inzien',
        [...new Set(items.map((c) => c.inwonerId))],
        'identiteit-controleren',
      );
      return pagina(items, vraag, totaal);
    });
  }
}
