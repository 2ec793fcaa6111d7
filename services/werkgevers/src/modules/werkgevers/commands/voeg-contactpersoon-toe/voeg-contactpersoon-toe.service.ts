import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Principal, TransactionRunner } from '@wiz/platform';
import { WerkgeverRepository } from '../../database/werkgever-repository';
import { eisWijzigbareWerkgever } from '../wijzigbare-werkgever';

export interface NieuweContactpersoon {
  naam: string;
  functie?: string;
  email?: string;
  telefoon?: string;
}

/** A contact person at an employer the caller may change. */
@Injectable()
export class VoegContactpersoonToe {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly werkgevers: WerkgeverRepository,
  ) {}

  execute(werkgeverId: string, c: NieuweContactpersoon, wie: Principal): Promise<{ id: string }> {
    return this.transactions.run(async (m) => {
      await eisWijzigbareWerkgever(m, this.werkgevers, werkgeverId, wie);
      const id = randomUUID();
      await this.werkgevers.voegContactpersoonToe(m, {
        id,
        werkgeverId,
        naam: c.naam,
        functie: c.functie ?? null,
        email: c.email ?? null,
        telefoon: c.telefoon ?? null,
      });
      return { id };
    });
  }
}
