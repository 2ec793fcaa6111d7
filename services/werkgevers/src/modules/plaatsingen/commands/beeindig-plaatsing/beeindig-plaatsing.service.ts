import { Inject, Injectable } from '@nestjs/common';
import { eindeRedenCode, PlaatsingBeeindigd, type PlaatsingEindeReden } from '@wiz/contracts';
import { Outbox, Principal, TransactionRunner } from '@wiz/platform';
import { beeindigingsFout } from '../../domain/plaatsing-regels';
import { PlaatsingRepository } from '../../database/plaatsing-repository';
import { KANDIDATENREGISTER, type Kandidatenregister } from '../../../kandidaten/kandidatenregister.port';
import { eisWijzigbarePlaatsing } from '../wijzigbare-plaatsing';

/**
 * Ends a running placement with a reason, not before its start, and announces it (plaatsing-beeindigd). The event
 * carries only the reason's code: the team's own words may name the person and the stream is beyond erasure.
 */
@Injectable()
export class BeeindigPlaatsing {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly outbox: Outbox,
    private readonly plaatsingen: PlaatsingRepository,
    @Inject(KANDIDATENREGISTER) private readonly kandidaten: Kandidatenregister,
  ) {}

  execute(id: string, b: { einddatum: string; reden: string; redenCode?: PlaatsingEindeReden }, wie: Principal) {
    return this.transactions.run(async (m) => {
      const p = await eisWijzigbarePlaatsing(m, this.plaatsingen, this.kandidaten, id, wie);
      const fout = beeindigingsFout(p, b.einddatum);
      if (fout) throw fout;
      const redenCode = eindeRedenCode(b.redenCode, b.reden);
      await this.plaatsingen.beeindig(m, id, b.einddatum, b.reden, redenCode);
      await this.outbox.add(
        m,
        PlaatsingBeeindigd,
        { plaatsingId: id, trajectId: p.trajectId, inwonerId: p.inwonerId, einddatum: b.einddatum, reden: redenCode },
        { subject: id },
      );
      return { id, einddatum: b.einddatum, reden: b.reden, redenCode };
    });
  }
}
