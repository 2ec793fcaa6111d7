import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { VervangingGeregeld } from '@wiz/contracts';
import { Outbox, Principal, TransactionRunner } from '@wiz/platform';
import { eisActieveCollega } from '../../domain/medewerker';
import { alsGeregeld, controleerVervanging, type Vervanging } from '../../domain/vervanging';
import { MedewerkerRepository } from '../../database/medewerker.repository';
import { VervangingRepository } from '../../database/vervanging.repository';

/**
 * A stand-in within one organisation: both are medewerkers of it (the team lead's own; for beheer, that of the
 * one stood in for), the stand-in active. Someone of another organisation is an unknown medewerker here (400).
 * Announced (vervanging-geregeld), so intake lets the stand-in read the people they now guide.
 */
@Injectable()
export class RegelVervanging {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly medewerkers: MedewerkerRepository,
    private readonly vervangingen: VervangingRepository,
    private readonly outbox: Outbox,
  ) {}

  execute(v: Vervanging, wie: Principal): Promise<{ id: string }> {
    return this.transactions.run(async (m) => {
      controleerVervanging(v);
      const voor = await this.medewerkers.een(m, v.voor);
      const organisatie = wie.roles.includes('beheer') && voor ? voor.organisatie : wie.organisatie;
      if (voor?.organisatie !== organisatie) eisActieveCollega(undefined, organisatie, 'voor');
      eisActieveCollega(await this.medewerkers.een(m, v.vervanger), organisatie, 'vervanger');
      const geregeld = { ...v, id: randomUUID(), organisatie };
      await this.vervangingen.voegToe(m, { ...geregeld, geregeldDoor: wie.subject });
      // Intake lets the stand-in read the people of the caseload too (their name and contact data live there).
      await this.outbox.add(m, VervangingGeregeld, alsGeregeld(geregeld), { subject: geregeld.id });
      return { id: geregeld.id };
    });
  }
}
