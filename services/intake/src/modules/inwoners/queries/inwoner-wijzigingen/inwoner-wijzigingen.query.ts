import { Injectable } from '@nestjs/common';
import { Principal, TransactionRunner, AuditTrail } from '@wiz/platform';
import { InwonerWijziging, InwonerWijzigingen } from '../../database/inwoner-wijzigingen';
import { InwonerToegang } from '../../commands/inwoner-toegang';

/**
 * The corrections of an inwoner, oldest first, for those who may change the person; an audited read. The old value
 * is shown to beheer and to the organisation that made the change only: before a correction the held identity may
 * be what another organisation captured, which an organisation sees only through its own aanmeldingen.
 */
@Injectable()
export class InwonerWijzigingenLijst {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly wijzigingen: InwonerWijzigingen,
    private readonly toegang: InwonerToegang,
    private readonly audit: AuditTrail,
  ) {}

  execute(inwonerId: string, wie: Principal): Promise<{ items: InwonerWijziging[] }> {
    return this.transactions.run(async (m) => {
      await this.toegang.eis(m, inwonerId, wie);
      const items = (await this.wijzigingen.van(m, inwonerId)).map((w) =>
        wie.roles.includes('beheer') || w.gewijzigdDoorOrganisatie === wie.organisatie ? w : { ...w, oud: null },
      );
      await this.audit.schrijf(m, wie, {
        actie: 'inzage',
        doel: 'wijzigingen-inzien',
        wat: { soort: 'inwoner-wijzigingen', id: inwonerId },
        inwonerIds: [inwonerId],
      });
      return { items };
    });
  }
}
