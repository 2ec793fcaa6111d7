import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Principal } from '@wiz/platform';
import { PlanRepository } from '../../database/plan.repository';
import { PlanWijziging } from '../plan-wijziging';

/** Records the plan as agreed with the inwoner. Every agreement is kept; the plan shows the latest. */
@Injectable()
export class LegAkkoordVast {
  constructor(
    private readonly wijziging: PlanWijziging,
    private readonly plan: PlanRepository,
  ) {}

  execute(trajectId: string, v: { door: string; op: string }, wie: Principal) {
    return this.wijziging.voer(trajectId, wie, async (m) => {
      const akkoord = { ...v, vastgelegdDoor: wie.subject, vastgelegdOp: new Date() };
      await this.plan.voegAkkoordToe(m, randomUUID(), trajectId, akkoord);
      return { ...akkoord, vastgelegdOp: akkoord.vastgelegdOp.toISOString() };
    });
  }
}
