import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { maySee, Principal, TransactionRunner } from '@wiz/platform';
import { controleerOpen } from '../../domain/traject';
import { wijsToe } from '../../domain/houder';
import { eisVoorgesteld } from '../../domain/overdracht';
import { OverdrachtRepository, type Overdracht } from '../../database/overdracht-repository';
import { TOEWIJZER, type Toewijzer } from '../../../caseload/caseload.port';
import { TRAJECT_REPOSITORY, type TrajectRepositoryPort } from '../../database/traject.repository.port';
import { TrajectWijziging } from '../traject-wijziging';
import { toegewezen } from '../toegewezen';
import { stapOvergang } from '../zet-stap/stap-overgang';

/**
 * The receiving organisation answers a handover, once. Accepting moves the traject into the proposal's step (a step
 * change like any, with stap-gezet and its monitor fact, when it is elsewhere), then to the receiver: its
 * organisation (so its scoping follows in the same transaction), the consulent the receiver's rule chooses, a new
 * version and traject-toegewezen (reason overdracht). Declining keeps the traject where it is, with the reason.
 */
@Injectable()
export class BeslisOverdracht {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly wijziging: TrajectWijziging,
    private readonly overdrachten: OverdrachtRepository,
    @Inject(TOEWIJZER) private readonly toewijzer: Toewijzer,
    @Inject(TRAJECT_REPOSITORY) private readonly trajecten: TrajectRepositoryPort,
  ) {}

  async accepteer(id: string, wie: Principal) {
    const o = await this.transactions.run((m) => this.voorOntvanger(m, id, wie));
    const { resultaat } = await this.wijziging.voer(
      o.trajectId,
      wie,
      undefined,
      async (t, m) => {
        const { status, naarStap } = await this.voorOntvanger(m, id, wie, true);
        // A proposal from before the step was part of it gives the traject in the step it is in.
        const stap = naarStap ?? t.huidigeStap;
        eisVoorgesteld(status, { organisatie: o.naarOrganisatie, stap });
        controleerOpen(t);
        const op = new Date();
        const overgang =
          stap === t.huidigeStap
            ? undefined
            : await stapOvergang(this.trajecten, m, t, {
                stap,
                toelichting: `Warme overdracht aan ${o.naarOrganisatie} geaccepteerd`,
                door: wie.subject,
                op,
              });
        const aan = await this.toewijzer.volgensRegel(m, o.naarOrganisatie);
        const nieuw = wijsToe(overgang?.nieuw ?? t, { organisatie: o.naarOrganisatie, ...aan });
        await this.overdrachten.besluit(m, id, { status: 'geaccepteerd', door: wie.subject, op, reden: null });
        const { organisatie, consulent } = nieuw;
        return {
          nieuw,
          aankondiging: [...(overgang ? [overgang.aankondiging] : []), toegewezen(nieuw, 'overdracht', op)],
          feit: overgang?.feit,
          resultaat: {
            id,
            status: 'geaccepteerd' as const,
            trajectId: t.id,
            organisatie,
            consulent,
            huidigeStap: nieuw.huidigeStap,
          },
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
