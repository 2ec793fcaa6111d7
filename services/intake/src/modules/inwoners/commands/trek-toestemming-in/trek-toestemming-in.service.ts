import { Injectable } from '@nestjs/common';
import { OutboxRelay, Principal, TransactionRunner } from '@wiz/platform';
import { Toestemmingen } from '../../database/toestemmingen';
import { beoordeelIntrekken, ToestemmingOnbekend, type Toestemming } from '../../domain/toestemming';
import { ToestemmingToegang } from '../toestemming-toegang';
import { ToestemmingWijziging } from '../toestemming-wijziging';

/** How long a withdrawal waits for its event to be in the stream before it answers anyway. */
const PUBLICATIE_WACHTTIJD_MS = 2_000;

/**
 * Withdraws one consent, found only among the caller's own (the inwoner) or the named inwoner's (staff): another
 * person's consent id is answered as absent. It answers once toestemming-gewijzigd is in the stream (not only in the
 * outbox), and werkgevers' candidate list first applies what its consumers have pending: so the list requested after
 * this answer no longer shows the profile (read your withdrawal). Therefore it runs in its own transaction, which
 * commits before the wait: its routes are audited after the work (`naAanname`), never inside a request transaction.
 */
@Injectable()
export class TrekToestemmingIn {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly toegang: ToestemmingToegang,
    private readonly toestemmingen: Toestemmingen,
    private readonly wijziging: ToestemmingWijziging,
    private readonly relay: OutboxRelay,
  ) {}

  async execute(toestemmingId: string, wie: Principal, inwonerId?: string): Promise<Toestemming> {
    const ingetrokken = await this.transactions.run(async (m) => {
      const eigenaar = await this.toegang.eigenaar(m, wie, inwonerId);
      const toestemming = await this.toestemmingen.vanInwoner(m, eigenaar, toestemmingId);
      if (!toestemming) throw new ToestemmingOnbekend(toestemmingId);
      beoordeelIntrekken(toestemming);
      // The route's audit row comes after the work (naAanname), naming the inwoner.
      return this.wijziging.trekIn(m, toestemming, wie, false);
    });
    await this.relay.publishedFor(ingetrokken.inwonerId, PUBLICATIE_WACHTTIJD_MS);
    return ingetrokken;
  }
}
