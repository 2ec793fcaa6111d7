import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { maySee, Principal, TransactionRunner } from '@wiz/platform';
import { controleerOpen } from '../../domain/traject';
import { wijsToe } from '../../domain/houder';
import { eisVoorgesteld } from '../../domain/overdracht';
import { OverdrachtRepository, type Overdracht } from '../../database/overdracht-repository';
import { TOEWIJZER, type Toewijzer } from '../../../caseload/caseload.port';
import { TrajectWijziging } from '../traject-wijziging';
import { toegewezen } from '../toegewezen';

/**
 * The receiving organisation answers a handover, once. Accepting moves the traject: its organisation (so its
 * scoping follows in the same transaction), the consulent the receiver's rule chooses, a new version and
 * traject-toegewezen (reason overdracht). Declining keeps the traject where it is, with the reason.
 */
@Injectable()
export class BeslisOverdracht {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly wijziging: TrajectWijziging,
    private readonly overdrachten: OverdrachtRepository,
    @Inject(TOEWIJZER) private readonly toewijzer: Toewijzer,
  ) {}

  async accepteer(id: string, wie: Principal) {
    const o = await this.transactions.run((m) => this.voorOntvanger(m, id, wie));
    const { resultaat } = await this.wijziging.voer(
      o.trajectId,
      wie,
      undefined,
      async (t, m) => {
        eisVoorgesteld((await this.voorOntvanger(m, id, wie, true)).status, {
          organisatie: o.naarOrganisatie,
          stap: t.huidigeStap,
        });
        controleerOpen(t);
        const op = new Date();
        const aan = await this.toewijzer.volgensRegel(m, o.naarOrganisatie);
        const nieuw = wijsToe(t, { organisatie: o.naarOrganisatie, ...aan });
        await this.overdrachten.besluit(m, id, { status: 'geaccepteerd', door: wie.subject, op, reden: null });
        const { organisatie, consulent } = nieuw;
        return {
          nieuw,
          aankondiging: toegewezen(nieuw, 'overdracht', op),
          resultaat: { id, status: 'geaccepteerd' as const, trajectId: t.id, organisatie, consulent },
        };
      },
      () => [o.naarOrganisatie],
    );
    return resultaat;
  }

  wijsAf(id: string, reden: string, wie: Principal) {
    return this.transactions.run(async (m) => {
      const o = await this.voorOntvanger(m, id, wie, true);
      eisVoorgesteld(o.status);
      await this.overdrachten.besluit(m, id, { status: 'afgewezen', door: wie.subject, op: new Date(), reden });
      return {
        id,
        status: 'afgewezen' as const,
        trajectId: o.trajectId,
        organisatie: o.vanOrganisatie,
        consulent: null,
      };
    });
  }

  /** Only the receiving organisation (and beheer) answers; for anyone else the handover is not there. */
  private async voorOntvanger(m: EntityManager, id: string, wie: Principal, voorBesluit = false): Promise<Overdracht> {
    const o = await this.overdrachten.laad(m, id, voorBesluit);
    if (!o || !maySee(wie, [o.naarOrganisatie])) throw new NotFoundException(`Overdracht ${id} not found.`);
    return o;
  }
}
