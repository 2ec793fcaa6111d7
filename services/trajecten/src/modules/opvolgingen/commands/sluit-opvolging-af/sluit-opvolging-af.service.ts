import { Injectable, NotFoundException } from '@nestjs/common';
import { maySee, Principal, TransactionRunner } from '@wiz/platform';
import { eisAfTeSluiten, eisToekomstig, type AFSLUITBARE_SOORTEN } from '../../domain/afsluiting';
import { OpvolgingRepository } from '../../database/opvolging-repository';
import { OpvolgingPlanner } from '../../database/opvolging-planner';

export interface Afsluiting {
  uitkomst: string;
  volgende?: { soort: (typeof AFSLUITBARE_SOORTEN)[number]; vervaldatum: Date };
}

/** Closes a contact moment or stalled reminder once, with its outcome, and plans the next in the same transaction. */
@Injectable()
export class SluitOpvolgingAf {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly opvolgingen: OpvolgingRepository,
    private readonly planner: OpvolgingPlanner,
  ) {}

  execute(id: string, a: Afsluiting, wie: Principal) {
    return this.transactions.run(async (m) => {
      const o = await this.opvolgingen.voorUitkomst(m, id);
      if (!o || !maySee(wie, [o.organisatie])) throw new NotFoundException(`Opvolging ${id} not found.`);
      eisAfTeSluiten(o);
      const nu = new Date();
      if (a.volgende) eisToekomstig(a.volgende.vervaldatum, nu);
      await this.opvolgingen.handelAf(m, id, { uitkomst: a.uitkomst, door: wie.subject, op: nu });
      if (!a.volgende) return { id, status: 'afgehandeld' as const };
      const { soort, vervaldatum } = a.volgende;
      const volgendeId = await this.planner.plan(m, { soort, trajectId: o.trajectId, vervaldatum });
      return {
        id,
        status: 'afgehandeld' as const,
        volgende: { id: volgendeId!, soort, vervaldatum: vervaldatum.toISOString() },
      };
    });
  }
}
