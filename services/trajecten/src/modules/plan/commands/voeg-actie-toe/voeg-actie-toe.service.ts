import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Principal } from '@wiz/platform';
import { PlanFout, type Actie } from '../../domain/plan';
import { PlanRepository } from '../../database/plan.repository';
import { PlanWijziging } from '../plan-wijziging';

/** A new action under a goal of the plan, open. */
@Injectable()
export class VoegActieToe {
  constructor(
    private readonly wijziging: PlanWijziging,
    private readonly plan: PlanRepository,
  ) {}

  execute(trajectId: string, doelId: string, v: Omit<Actie, 'id' | 'status'>, wie: Principal) {
    return this.wijziging.voer(trajectId, wie, async (m) => {
      if (!(await this.plan.heeftDoel(m, trajectId, doelId))) throw PlanFout.onbekend(`Doel ${doelId}`);
      const actie = { ...v, id: randomUUID(), status: 'open' as const };
      await this.plan.voegActieToe(m, doelId, actie, wie.subject);
      return { id: actie.id, status: actie.status };
    });
  }
}
