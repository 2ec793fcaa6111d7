import { Injectable } from '@nestjs/common';
import { Principal, TransactionRunner, AuditTrail } from '@wiz/platform';
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
    private readonly audit: AuditTrail,
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
      await this.audit.schrijf(manager, wie, {
        actie: 'identiteit-beoordelen',
        doel: 'identiteit-controleren',
        wat: { soort: 'identiteitscontrole', id: id },
        inwonerIds: [controle.inwonerId],
      });
      return controle;
    });
  }
}
