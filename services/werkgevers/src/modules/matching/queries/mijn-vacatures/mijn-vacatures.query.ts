import { Inject, Injectable } from '@nestjs/common';
import { AuditTrail, huidigeInwoner, Principal, TransactionRunner } from '@wiz/platform';
import { WERKGEVERREGISTER, type Werkgeverregister } from '../../../werkgevers/werkgeverregister.port';
import { KANDIDATENREGISTER, type Kandidatenregister } from '../../../kandidaten/kandidatenregister.port';

/**
 * The vacancies the inwoner is a candidate for, to choose one for the consent profiel-delen-met-vacature: while they
 * have an open traject in step Matchen they are on the candidate list of every open vacancy (ranked, never left out),
 * so these are all open vacancies of the region; none before or after. The person comes from the token only.
 */
@Injectable()
export class MijnVacaturesLijst {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditTrail,
    @Inject(WERKGEVERREGISTER) private readonly werkgevers: Werkgeverregister,
    @Inject(KANDIDATENREGISTER) private readonly kandidaten: Kandidatenregister,
  ) {}

  execute(wie: Principal) {
    return this.transactions.run(async (m) => {
      // A merged record's token still finds the person under the kept id; an erased one finds nothing.
      const inwonerId = wie.inwonerId && (await huidigeInwoner(m, wie.inwonerId));
      const kandidaat = inwonerId !== undefined && (await this.kandidaten.isMatchbaar(m, inwonerId));
      const items = kandidaat ? await this.werkgevers.openVacatures(m) : [];
      await this.audit.schrijf(m, wie, {
        actie: 'vacatures-als-kandidaat-inzien',
        doel: 'werkgeversdienstverlening',
        wat: { soort: 'vacatures', id: null },
        inwonerIds: inwonerId ? [inwonerId] : [],
      });
      return { items };
    });
  }
}
