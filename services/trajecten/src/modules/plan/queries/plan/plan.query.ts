import { Injectable } from '@nestjs/common';
import type { Principal } from '@wiz/platform';
import { DossierInzage } from '../../../audit/dossier-inzage';
import { voortgang } from '../../domain/plan';
import { PlanRepository } from '../../database/plan.repository';

/** The plan of a traject for its holders; the read is audited. */
@Injectable()
export class PlanQuery {
  constructor(
    private readonly inzage: DossierInzage,
    private readonly plan: PlanRepository,
  ) {}

  lees(trajectId: string, wie: Principal) {
    return this.inzage.lees(trajectId, wie, 'plan-inzien', async (m) => {
      const { doelen, akkoord } = await this.plan.lees(m, trajectId);
      return {
        doelen,
        voortgang: voortgang(doelen),
        akkoord: akkoord && { ...akkoord, vastgelegdOp: akkoord.vastgelegdOp.toISOString() },
      };
    });
  }
}
