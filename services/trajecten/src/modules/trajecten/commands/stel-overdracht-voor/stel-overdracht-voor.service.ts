import { Injectable } from '@nestjs/common';
import type { Stap } from '@wiz/contracts';
import { randomUUID } from 'node:crypto';
import type { Principal } from '@wiz/platform';
import { controleerOpen } from '../../domain/traject';
import { eisNieuweOverdracht } from '../../domain/overdracht';
import { OverdrachtRepository } from '../../database/overdracht-repository';
import { TrajectWijziging } from '../traject-wijziging';

/**
 * Proposes a handover to another organisation in a step it runs (`naarStap`, default the step the traject is in),
 * which the traject moves to only when the receiver accepts. The traject itself does not change until then (same
 * version, no event); it goes through TrajectWijziging for the lock, the scoping and the closed-traject rule all the
 * same.
 */
@Injectable()
export class StelOverdrachtVoor {
  constructor(
    private readonly wijziging: TrajectWijziging,
    private readonly overdrachten: OverdrachtRepository,
  ) {}

  async execute(
    trajectId: string,
    v: { naarOrganisatie: string; naarStap?: Stap; toelichting: string },
    wie: Principal,
  ) {
    const { resultaat } = await this.wijziging.voer(trajectId, wie, undefined, async (t, m) => {
      controleerOpen(t);
      const naarStap = v.naarStap ?? t.huidigeStap;
      eisNieuweOverdracht(
        t.organisatie,
        v.naarOrganisatie,
        naarStap,
        await this.overdrachten.heeftOpenstaande(m, trajectId),
      );
      const id = randomUUID();
      await this.overdrachten.voegToe(m, {
        id,
        trajectId,
        vanOrganisatie: t.organisatie,
        naarOrganisatie: v.naarOrganisatie,
        naarStap,
        toelichting: v.toelichting,
        status: 'voorgesteld',
        door: wie.subject,
        op: new Date(),
      });
      return { nieuw: t, resultaat: { id, status: 'voorgesteld' as const } };
    });
    return resultaat;
  }
}
