import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { PlaatsingUrenGewijzigd } from '@wiz/contracts';
import { Outbox, Principal, TransactionRunner } from '@wiz/platform';
import { urenWijzigingsFout } from '../../domain/plaatsing-regels';
import { PlaatsingRepository } from '../../database/plaatsing-repository';
import { KANDIDATENREGISTER, type Kandidatenregister } from '../../../kandidaten/kandidatenregister.port';
import { eisWijzigbarePlaatsing } from '../wijzigbare-plaatsing';

/**
 * More (or fewer) hours for someone working: recorded with the hours in force before it and announced
 * (plaatsing-uren-gewijzigd), which the monitor counts as a step forward when the hours rise. The placement's hours
 * at its start stay what SROI and afspraakbanen count (one placement, valued once); this is the history beside it.
 */
@Injectable()
export class WijzigUren {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly outbox: Outbox,
    private readonly plaatsingen: PlaatsingRepository,
    @Inject(KANDIDATENREGISTER) private readonly kandidaten: Kandidatenregister,
  ) {}

  execute(plaatsingId: string, w: { urenPerWeek: number; ingangsdatum: string }, wie: Principal) {
    return this.transactions.run(async (m) => {
      const p = await eisWijzigbarePlaatsing(m, this.plaatsingen, this.kandidaten, plaatsingId, wie);
      const vorige = await this.plaatsingen.urenOp(m, plaatsingId, w.ingangsdatum);
      const fout = urenWijzigingsFout(p, w, vorige);
      if (fout) throw fout;
      const id = randomUUID();
      await this.plaatsingen.voegUrenWijzigingToe(m, {
        id,
        plaatsingId,
        vorigeUrenPerWeek: vorige,
        urenPerWeek: w.urenPerWeek,
        ingangsdatum: w.ingangsdatum,
        door: wie.subject,
        organisatie: wie.organisatie,
      });
      const wijziging = {
        plaatsingId,
        vorigeUrenPerWeek: vorige,
        urenPerWeek: w.urenPerWeek,
        ingangsdatum: w.ingangsdatum,
      };
      await this.outbox.add(
        m,
        PlaatsingUrenGewijzigd,
        { ...wijziging, trajectId: p.trajectId, inwonerId: p.inwonerId },
        { subject: plaatsingId },
      );
      return { id, ...wijziging };
    });
  }
}
