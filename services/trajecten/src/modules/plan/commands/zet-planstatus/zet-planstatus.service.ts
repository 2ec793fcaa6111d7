import { Injectable } from '@nestjs/common';
import type { Principal } from '@wiz/platform';
import { PlanFout, type PlanStatus } from '../../domain/plan';
import { PlanRepository } from '../../database/plan.repository';
import { PlanWijziging } from '../plan-wijziging';

/** The status of a goal or an action: any of the four, in any order (a lapsed goal may be taken up again). */
@Injectable()
export class ZetPlanstatus {
  constructor(
    private readonly wijziging: PlanWijziging,
    private readonly plan: PlanRepository,
  ) {}

  vanDoel(trajectId: string, doelId: string, status: PlanStatus, wie: Principal) {
    return this.wijziging.voer(trajectId, wie, async (m) => {
      if (!(await this.plan.zetDoelStatus(m, trajectId, doelId, status, wie.subject)))
        throw PlanFout.onbekend(`Doel ${doelId}`);
      return { id: doelId, status };
    });
  }

  vanActie(trajectId: string, ids: { doelId: string; actieId: string }, status: PlanStatus, wie: Principal) {
    return this.wijziging.voer(trajectId, wie, async (m) => {
      if (!(await this.plan.zetActieStatus(m, trajectId, ids, status, wie.subject)))
        throw PlanFout.onbekend(`Actie ${ids.actieId}`);
      return { id: ids.actieId, status };
    });
  }
}
