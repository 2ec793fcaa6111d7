import { Injectable } from '@nestjs/common';
import { maySee, Principal, TransactionRunner } from '@wiz/platform';
import { eisBeheerbaar } from '../../domain/beheerbaar';
import { CaseloadFout } from '../../domain/caseload-fout';
import { eisActieveCollega } from '../../domain/medewerker';
import type { Toewijzingsregel } from '../../domain/toewijzing';
import { MedewerkerRepository } from '../../database/medewerker.repository';
import { ToewijzingsregelRepository } from '../../database/toewijzingsregel.repository';

/** Sets an organisation's assignment rule; `vast` needs an active consulent of that organisation. */
@Injectable()
export class StelToewijzingsregelVast {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly regels: ToewijzingsregelRepository,
    private readonly medewerkers: MedewerkerRepository,
  ) {}

  execute(r: Toewijzingsregel, wie: Principal): Promise<Toewijzingsregel> {
    return this.transactions.run(async (m) => {
      eisBeheerbaar(maySee(wie, [r.organisatie]), `Organisation ${r.organisatie}`);
      if (r.regel === 'vast') {
        if (!r.consulent) throw CaseloadFout.ongeldig('consulent', 'The rule vast names its consulent.');
        eisActieveCollega(await this.medewerkers.een(m, r.consulent), r.organisatie, 'consulent');
      } else if (r.consulent) throw CaseloadFout.ongeldig('consulent', 'Only the rule vast names a consulent.');
      await this.regels.bewaar(m, r);
      return r;
    });
  }
}
