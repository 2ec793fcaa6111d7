import { Inject, Injectable } from '@nestjs/common';
import { Principal, TransactionRunner } from '@wiz/platform';
import { AUDIT_LOG, type AuditLog } from '../../../audit/audit-log.port';
import { Identiteitscontrole, Identiteitscontroles } from '../../database/identiteitscontroles';
import type { Identiteitsuitkomst } from '../../domain/identiteit';
import { IdentiteitscontroleAlBeoordeeld, IdentiteitscontroleOnbekend } from '../../domain/inwoner-fouten';

/**
 * Beheer judges a differing identity: `zelfde-persoon` confirms the aanmelding (its organisation then sees and
 * records consents), `andere-persoon` keeps it apart for good. Judged once; audited in the same transaction.
 */
@Injectable()
export class BeoordeelIdentiteit {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly controles: Identiteitscontroles,
    @Inject(AUDIT_LOG) private readonly audit: AuditLog,
  ) {}

  execute(
    id: string,
    beoordeling: { uitkomst: Identiteitsuitkomst; toelichting?: string },
    wie: Principal,
  ): Promise<Identiteitscontrole> {
    return this.transactions.run(async (manager) => {
      const { uitkomst, toelichting } = beoordeling;
      const controle = await this.controles.beoordeel(manager, id, uitkomst, toelichting, wie);
      if (controle === undefined) throw new IdentiteitscontroleOnbekend(id);
      if (controle === false) throw new IdentiteitscontroleAlBeoordeeld(id);
      await this.audit.schrijf(manager, wie, 'identiteit-beoordelen', [controle.inwonerId], 'identiteit-controleren');
      return controle;
    });
  }
}
