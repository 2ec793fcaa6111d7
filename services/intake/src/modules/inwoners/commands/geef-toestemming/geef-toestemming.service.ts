import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { kalenderdag } from '@wiz/contracts';
import { Principal, TransactionRunner } from '@wiz/platform';
import { Toestemmingen, namensInwoner } from '../../database/toestemmingen';
import { beoordeelGeven, type Toestemming, type ToestemmingVerzoek } from '../../domain/toestemming';
import { ToestemmingToegang } from '../toestemming-toegang';
import { ToestemmingWijziging } from '../toestemming-wijziging';

/**
 * Gives a consent: by the inwoner for themself, or by staff on their behalf (namens). A new record each time, so
 * giving again after a withdrawal leaves the old consent and its history as they were.
 */
@Injectable()
export class GeefToestemming {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly toegang: ToestemmingToegang,
    private readonly toestemmingen: Toestemmingen,
    private readonly wijziging: ToestemmingWijziging,
  ) {}

  execute(verzoek: ToestemmingVerzoek, wie: Principal, inwonerId?: string): Promise<Toestemming> {
    return this.transactions.run(async (m) => {
      const eigenaar = await this.toegang.eigenaar(m, wie, inwonerId);
      const nu = new Date();
      beoordeelGeven(await this.toestemmingen.alle(m, eigenaar), verzoek, kalenderdag(nu));
      const toestemming: Toestemming = {
        id: randomUUID(),
        inwonerId: eigenaar,
        doel: verzoek.doel,
        ...(verzoek.vacatureId ? { vacatureId: verzoek.vacatureId } : {}),
        gegevenOp: nu.toISOString(),
        ...(verzoek.geldigTot ? { geldigTot: verzoek.geldigTot } : {}),
        namens: namensInwoner(wie),
      };
      await this.wijziging.geef(m, toestemming, wie);
      return toestemming;
    });
  }
}
