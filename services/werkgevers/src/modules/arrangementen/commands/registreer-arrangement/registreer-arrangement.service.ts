import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Principal, TransactionRunner, problemException } from '@wiz/platform';
import { ArrangementRepository } from '../../database/arrangement-repository';
import { WERKGEVERREGISTER, type Werkgeverregister } from '../../../werkgevers/werkgeverregister.port';

export interface NieuwArrangement {
  naam: string;
  soort: string;
  werkgeverIds: string[];
  onderwijsinstelling?: string;
  plaatsen: number;
  startdatum: string;
  einddatum: string;
}

/**
 * Deals with employers and a school for a pathway (e.g. Kansrijk Opleiden in care: N places, a period). Any employer
 * team records one with any of the region's employers; the recording organisation owns it.
 */
@Injectable()
export class RegistreerArrangement {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly arrangementen: ArrangementRepository,
    @Inject(WERKGEVERREGISTER) private readonly werkgevers: Werkgeverregister,
  ) {}

  execute(a: NieuwArrangement, wie: Principal): Promise<{ id: string }> {
    return this.transactions.run(async (m) => {
      const werkgeverIds = [...new Set(a.werkgeverIds)];
      if (!(await this.werkgevers.bestaanAlle(m, werkgeverIds)))
        throw problemException(400, 'Unknown reference.', {
          errors: [{ field: 'werkgeverIds', message: 'contains an unknown werkgever' }],
        });
      const id = randomUUID();
      await this.arrangementen.voegToe(m, {
        id,
        naam: a.naam,
        soort: a.soort,
        werkgeverIds,
        onderwijsinstelling: a.onderwijsinstelling ?? null,
        plaatsen: a.plaatsen,
        startdatum: a.startdatum,
        einddatum: a.einddatum,
        organisatie: wie.organisatie,
      });
      return { id };
    });
  }
}
