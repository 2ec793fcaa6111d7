import { Injectable } from '@nestjs/common';
import { AuditTrail, Principal, TransactionRunner } from '@wiz/platform';
import { kalenderdag } from '@wiz/contracts';
import { ToestemmingToegang } from '../../commands/toestemming-toegang';
import { Toestemmingen } from '../../database/toestemmingen';
import { isActief, type Toestemming } from '../../domain/toestemming';

/** A consent as shown: whether it is in force today. */
export const toestemmingView = (t: Toestemming, vandaag = kalenderdag(new Date())) => {
  const { inwonerId: _eigenaar, ...rest } = t;
  return { ...rest, actief: isActief(t, vandaag) };
};

/**
 * An inwoner's consents and their history, for the inwoner or staff acting for them. The history says only whether
 * the inwoner or a staff member (with their organisation) acted, never which staff member.
 */
@Injectable()
export class ToestemmingenLijst {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly toegang: ToestemmingToegang,
    private readonly toestemmingen: Toestemmingen,
    private readonly audit: AuditTrail,
  ) {}

  execute(wie: Principal, inwonerId?: string) {
    return this.transactions.run(async (m) => {
      const eigenaar = await this.toegang.eigenaar(m, wie, inwonerId, false);
      const vandaag = kalenderdag(new Date());
      const items = (await this.toestemmingen.alle(m, eigenaar)).map((t) => toestemmingView(t, vandaag));
      const geschiedenis = (await this.toestemmingen.geschiedenis(m, eigenaar)).map(({ namens, ...h }) => ({
        ...h,
        door: namens ? ('medewerker' as const) : ('uzelf' as const),
      }));
      await this.audit.schrijf(m, wie, {
        actie: 'toestemmingen-inzien',
        doel: 'toestemming-vastleggen',
        wat: { soort: 'toestemmingen', id: eigenaar },
        inwonerIds: [eigenaar],
      });
      return { items, geschiedenis };
    });
  }
}
