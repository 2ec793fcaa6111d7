import { Inject, Injectable } from '@nestjs/common';
import { TrajectAfgesloten, type AfsluitReden } from '@wiz/contracts';
import type { Principal } from '@wiz/platform';
import { sluitAf } from '../../domain/traject';
import { OPVOLGING_PLANNER, type OpvolgingPlannerPort } from '../../../opvolgingen/opvolging-planner.port';
import { aankondiging, TrajectWijziging } from '../traject-wijziging';

/**
 * Closes the traject with a reason; it then refuses changes. Its reminders lapse. Closing for work or schooling is
 * a step forward; any closing limits which later placements still count. Publishes traject-afgesloten.
 */
@Injectable()
export class SluitAf {
  constructor(
    private readonly wijziging: TrajectWijziging,
    @Inject(OPVOLGING_PLANNER) private readonly opvolgingen: OpvolgingPlannerPort,
  ) {}

  execute(id: string, a: { reden: AfsluitReden; datum: string }, wie: Principal, ifMatch: string | undefined) {
    const { reden, datum } = a;
    return this.wijziging.voer(id, wie, ifMatch, async (t, m) => {
      const nieuw = { ...t, ...sluitAf(t, reden, new Date().toISOString()) };
      await this.opvolgingen.laatVervallen(m, id);
      const { inwonerId, gemeentecode } = t;
      return {
        nieuw,
        afsluiting: { afsluitreden: reden, afgeslotenOp: datum },
        aankondiging: aankondiging(TrajectAfgesloten, { trajectId: id, inwonerId, gemeentecode, reden, datum }),
        feit: { gebeurtenis: { soort: 'afsluiting' as const, reden }, bron: `afsluiting:${id}`, op: datum },
        resultaat: { id, status: nieuw.status, reden, datum },
      };
    });
  }
}
