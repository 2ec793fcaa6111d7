import { Injectable } from '@nestjs/common';
import { AuditTrail, type Principal, TransactionRunner } from '@wiz/platform';
import { InwonerRepository } from '../../database/inwoner.repository';
import { gemaskeerdBsn } from '../../domain/correctieverzoek';
import { InwonerOnbekend } from '../../domain/inwoner-fouten';
import { BsnVault } from '../../identity/bsn-vault';
import { eigenInwoner } from '../../eigen-inwoner';

/** The inwoner's own details as intake holds them now (every correction applied), BSN masked; an audited read. */
@Injectable()
export class MijnGegevens {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly inwoners: InwonerRepository,
    private readonly vault: BsnVault,
    private readonly audit: AuditTrail,
  ) {}

  execute(wie: Principal) {
    const gevraagd = eigenInwoner(wie);
    return this.transactions.run(async (m) => {
      const inwonerId = await this.inwoners.behoudenVan(m, gevraagd);
      const r = await this.inwoners.eigenGegevens(m, inwonerId);
      if (!r) throw new InwonerOnbekend(inwonerId);
      await this.audit.schrijf(m, wie, {
        actie: 'mijn-gegevens-inzien',
        doel: 'eigen-gegevens',
        wat: { soort: 'inwoner', id: inwonerId },
        inwonerIds: [inwonerId],
      });
      const bsn = r.bsnVersleuteld
        ? this.vault.decrypt({ sleutelId: r.bsnSleutelId!, versleuteld: r.bsnVersleuteld }, inwonerId)
        : null;
      return {
        naam: { voornaam: r.voornaam, achternaam: r.achternaam },
        geboortedatum: r.geboortedatum,
        adres: { postcode: r.postcode, huisnummer: r.huisnummer },
        contact: { email: r.email, telefoon: r.telefoon },
        gemeente: r.gemeentecode,
        bsn: gemaskeerdBsn(bsn),
      };
    });
  }
}
