import { ConflictException, Inject, Injectable } from '@nestjs/common';
import { PlaatsingBeeindigd } from '@wiz/contracts';
import { Outbox, Principal, TransactionRunner, problemException } from '@wiz/platform';
import { PlaatsingRepository } from '../../database/plaatsing-repository';
import { KANDIDATENREGISTER, type Kandidatenregister } from '../../../kandidaten/kandidatenregister.port';
import { eisWijzigbarePlaatsing } from '../wijzigbare-plaatsing';

/** Ends a running placement with a reason, not before its start, and announces it (plaatsing-beeindigd). */
@Injectable()
export class BeeindigPlaatsing {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly outbox: Outbox,
    private readonly plaatsingen: PlaatsingRepository,
    @Inject(KANDIDATENREGISTER) private readonly kandidaten: Kandidatenregister,
  ) {}

  execute(id: string, b: { einddatum: string; reden: string }, wie: Principal) {
    return this.transactions.run(async (m) => {
      const p = await eisWijzigbarePlaatsing(m, this.plaatsingen, this.kandidaten, id, wie);
      if (p.einddatum) throw new ConflictException('This placement has ended already.');
      if (b.einddatum < p.startdatum)
        throw problemException(400, 'The end is before the start.', {
          errors: [{ field: 'einddatum', message: 'must not be before the startdatum' }],
        });
      await this.plaatsingen.beeindig(m, id, b.einddatum, b.reden);
      await this.outbox.add(
        m,
        PlaatsingBeeindigd,
        { plaatsingId: id, trajectId: p.trajectId, inwonerId: p.inwonerId, einddatum: b.einddatum, reden: b.reden },
        { subject: id },
      );
      return { id, einddatum: b.einddatum, reden: b.reden };
    });
  }
}
