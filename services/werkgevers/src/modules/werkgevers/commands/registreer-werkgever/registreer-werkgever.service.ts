import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Principal, TransactionRunner, problemException } from '@wiz/platform';
import { WerkgeverRepository } from '../../database/werkgever-repository';

export interface NieuweWerkgever {
  kvkNummer: string;
  naam: string;
  gemeentecode: string;
  sbiCode?: string;
  strategischPartner: boolean;
}

/**
 * An employer is known by its KvK number, once: the unique index decides, also for two requests at the same moment
 * (409 with the existing id). The caller's organisation owns the record.
 */
@Injectable()
export class RegistreerWerkgever {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly werkgevers: WerkgeverRepository,
  ) {}

  execute(w: NieuweWerkgever, wie: Principal): Promise<{ id: string }> {
    return this.transactions.run(async (m) => {
      const id = randomUUID();
      const nieuw = await this.werkgevers.voegToe(m, {
        id,
        kvkNummer: w.kvkNummer,
        naam: w.naam,
        gemeentecode: w.gemeentecode,
        sbiCode: w.sbiCode ?? null,
        strategischPartner: w.strategischPartner,
        organisatie: wie.organisatie,
      });
      if (!nieuw) {
        const bestaandId = await this.werkgevers.idVanKvkNummer(m, w.kvkNummer);
        throw problemException(409, `An employer with KvK number ${w.kvkNummer} exists already.`, { bestaandId });
      }
      return { id };
    });
  }
}
