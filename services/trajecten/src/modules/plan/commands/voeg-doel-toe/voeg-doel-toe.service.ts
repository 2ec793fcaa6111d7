import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Principal } from '@wiz/platform';
import { PlanRepository } from '../../database/plan.repository';
import { PlanWijziging } from '../plan-wijziging';

/** A new goal in the plan, open. */
@Injectable()
export class VoegDoelToe {
  constructor(
    private readonly wijziging: PlanWijziging,
    private readonly plan: PlanRepository,
  ) {}

  execute(trajectId: string, v: { omschrijving: string; streefdatum?: string }, wie: Principal) {
    return this.wijziging.voer(trajectId, wie, async (m) => {
      const doel = {
        id: randomUUID(),
        omschrijving: v.omschrijving,
        streefdatum: v.streefdatum ?? null,
        status: 'open' as const,
      };
      await this.plan.voegDoelToe(m, trajectId, doel, wie.subject);
      return { id: doel.id, status: doel.status };
    });
  }
}
