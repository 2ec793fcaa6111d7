import { Inject, Injectable } from '@nestjs/common';
import { DeclaratieIngediend } from '@wiz/contracts';
import { assertReach, Outbox, Principal, TransactionRunner } from '@wiz/platform';
import { SCOPING } from '../../../scoping';
import { eisIndienbaar, ingediendFeit, RegelsEldersIngediend } from '../../domain';
import { DECLARATIE_REPOSITORY, DeclaratieRepositoryPort } from '../../database/declaratie.repository.port';
import { KOSTENREGELS, KostenregelsPort } from '../../../kostenregels/kostenregels.port';

/**
 * Submits a concept claim. Its included lines are marked submitted, for ever: of two submissions sharing a line,
 * one commits and the other is refused. The claim, its history and the event go in one transaction.
 */
@Injectable()
export class DienDeclaratieInService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly outbox: Outbox,
    @Inject(DECLARATIE_REPOSITORY) private readonly declaraties: DeclaratieRepositoryPort,
    @Inject(KOSTENREGELS) private readonly kostenregels: KostenregelsPort,
  ) {}

  dienIn(id: string, wie: Principal): Promise<{ id: string; status: 'ingediend' }> {
    return this.transactions.run(async (m) => {
      const d = await this.declaraties.voorIndiening(m, id);
      assertReach(wie, SCOPING.declaratie, 'write', d && [d.organisatie], `Declaratie ${id}`);
      eisIndienbaar(d!);
      if (!(await this.kostenregels.dienIn(m, id))) throw new RegelsEldersIngediend();
      const nu = new Date();
      const feit = ingediendFeit(d, await this.declaraties.aantalOpgenomen(m, id), nu);
      await this.declaraties.markeerIngediend(m, id, nu, wie.subject);
      await this.outbox.add(m, DeclaratieIngediend, feit, { subject: id });
      return { id, status: 'ingediend' };
    });
  }
}
