import { Injectable } from '@nestjs/common';
import { AuditTrail, Principal, TransactionRunner } from '@wiz/platform';
import { PrivacyverzoekenRepository, type VerzoekFilter } from '../../database/privacyverzoeken.repository';

/** The privacy officer's register of requests, newest first; the read is audited naming every inwoner listed. */
@Injectable()
export class PrivacyverzoekenLijst {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly verzoeken: PrivacyverzoekenRepository,
    private readonly audit: AuditTrail,
  ) {}

  execute(filter: VerzoekFilter, wie: Principal) {
    return this.transactions.run(async (m) => {
      const { items, totaal } = await this.verzoeken.lijst(m, filter);
      await this.audit.schrijf(m, wie, {
        actie: 'privacyverzoeken-inzien',
        doel: 'avg-verzoek',
        wat: { soort: 'privacyverzoeken', id: null },
        inwonerIds: items.map((v) => v.inwonerId),
      });
      return { items, pagina: filter.pagina, paginagrootte: filter.paginagrootte, totaal };
    });
  }
}
