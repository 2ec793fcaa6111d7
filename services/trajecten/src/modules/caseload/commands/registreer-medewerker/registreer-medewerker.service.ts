import { Injectable } from '@nestjs/common';
import { maySee, Principal, TransactionRunner } from '@wiz/platform';
import { eisBeheerbaar } from '../../domain/beheerbaar';
import type { Medewerker } from '../../domain/medewerker';
import { MedewerkerRepository } from '../../database/medewerker.repository';

/** Registers or changes a medewerker; a team lead only within their organisation, and cannot take one from another. */
@Injectable()
export class RegistreerMedewerker {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly medewerkers: MedewerkerRepository,
  ) {}

  execute(w: Medewerker, wie: Principal): Promise<Medewerker> {
    return this.transactions.run(async (m) => {
      const bestaand = await this.medewerkers.een(m, w.subject, true);
      eisBeheerbaar(maySee(wie, [w.organisatie]) && (!bestaand || maySee(wie, [bestaand.organisatie])), 'Medewerker');
      await this.medewerkers.bewaar(m, w);
      return w;
    });
  }
}
