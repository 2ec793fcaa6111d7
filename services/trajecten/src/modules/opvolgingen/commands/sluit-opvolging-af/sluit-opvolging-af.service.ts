import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { maySee, Principal, TransactionRunner } from '@wiz/platform';
import { TRAJECTEN_CONFIG, TrajectenConfig } from '../../../../config/trajecten-config';
import {
  eisAfTeSluiten,
  eisToekomstig,
  herinneringenNaAfsluiting,
  type AfsluitbareSoort,
} from '../../domain/afsluiting';
import { OpvolgingRepository } from '../../database/opvolging-repository';
import { OpvolgingPlanner } from '../../database/opvolging-planner';
import { herinneringsInterval } from '../../domain/opvolging';

export interface Afsluiting {
  uitkomst: string;
  volgende?: { soort: AfsluitbareSoort; vervaldatum: Date };
}

/**
 * Closes a contact moment or stalled reminder once, with its outcome, and plans what comes next in the same
 * transaction: the next one asked for in place of the one of its kind planned already, and the series' own next one
 * when it was closed before it was due (herinneringenNaAfsluiting).
 */
@Injectable()
export class SluitOpvolgingAf {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly opvolgingen: OpvolgingRepository,
    private readonly planner: OpvolgingPlanner,
    @Inject(TRAJECTEN_CONFIG) private readonly config: TrajectenConfig,
  ) {}

  execute(id: string, a: Afsluiting, wie: Principal) {
    return this.transactions.run(async (m) => {
      // Two closings of one traject's reminders at once would each hold their own and wait for the other's.
      await this.opvolgingen.eenAfsluitingTegelijk(m, id);
      const o = await this.opvolgingen.voorUitkomst(m, id);
      if (!o || !maySee(wie, [o.organisatie])) throw new NotFoundException(`Opvolging ${id} not found.`);
      eisAfTeSluiten(o);
      const nu = new Date();
      if (a.volgende) eisToekomstig(a.volgende.vervaldatum, nu);
      await this.opvolgingen.handelAf(m, id, { uitkomst: a.uitkomst, door: wie.subject, op: nu });
      const interval = (soort: AfsluitbareSoort) => herinneringsInterval(soort, this.config);
      let volgendeId: string | undefined;
      for (const h of herinneringenNaAfsluiting(o, a.volgende, nu, interval)) {
        const nieuw = await this.planner.vervangHerinnering(m, {
          soort: h.soort,
          trajectId: o.trajectId,
          vervaldatum: h.vervaldatum,
        });
        if (h.gevraagd) volgendeId = nieuw;
      }
      if (!a.volgende) return { id, status: 'afgehandeld' as const };
      const { soort, vervaldatum } = a.volgende;
      return {
        id,
        status: 'afgehandeld' as const,
        volgende: { id: volgendeId!, soort, vervaldatum: vervaldatum.toISOString() },
      };
    });
  }
}
