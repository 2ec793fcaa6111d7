import { Injectable } from '@nestjs/common';
import { Principal, TransactionRunner } from '@wiz/platform';
import { Toestemmingen } from '../../database/toestemmingen';
import { beoordeelIntrekken, ToestemmingOnbekend, type Toestemming } from '../../domain/toestemming';
import { ToestemmingToegang } from '../toestemming-toegang';
import { ToestemmingWijziging } from '../toestemming-wijziging';

/**
 * Withdraws one consent, found only among the caller's own (the inwoner) or the named inwoner's (staff): another
 * person's consent id is answered as absent.
 */
@Injectable()
export class TrekToestemmingIn {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly toegang: ToestemmingToegang,
    private readonly toestemmingen: Toestemmingen,
    private readonly wijziging: ToestemmingWijziging,
  ) {}

  execute(toestemmingId: string, wie: Principal, inwonerId?: string): Promise<Toestemming> {
    return this.transactions.run(async (m) => {
      const eigenaar = await this.toegang.eigenaar(m, wie, inwonerId);
      const toestemming = await this.toestemmingen.vanInwoner(m, eigenaar, toestemmingId);
      if (!toestemming) throw new ToestemmingOnbekend(toestemmingId);
      beoordeelIntrekken(toestemming);
      return this.wijziging.trekIn(m, toestemming, wie);
    });
  }
}
