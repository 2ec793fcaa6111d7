import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { ActiviteitAfgerond, type ActiviteitResultaat } from '@wiz/contracts';
import type { Principal } from '@wiz/platform';
import { wijzig } from '../../domain/traject';
import { rondActiviteitAf } from '../../domain/activiteit';
import { TRAJECT_REPOSITORY, type TrajectRepositoryPort } from '../../database/traject.repository.port';
import { MONITOR_PERSONEN, type MonitorPersonenPort } from '../../../monitor/monitor.port';
import { aankondiging, TrajectWijziging } from '../traject-wijziging';

/**
 * Completes an activity once, with its result, on or after its start; publishes activiteit-afgerond. The monitor
 * counts it on the activity's datum, the moment of the fact, whenever it is recorded.
 */
@Injectable()
export class RondActiviteitAf {
  constructor(
    private readonly wijziging: TrajectWijziging,
    @Inject(TRAJECT_REPOSITORY) private readonly trajecten: TrajectRepositoryPort,
    @Inject(MONITOR_PERSONEN) private readonly personen: MonitorPersonenPort,
  ) {}

  execute(
    id: string,
    activiteitId: string,
    afronding: { resultaat: ActiviteitResultaat; datum: string },
    wie: Principal,
    ifMatch: string | undefined,
  ) {
    const { resultaat, datum } = afronding;
    return this.wijziging.voer(id, wie, ifMatch, async (t, m) => {
      const a = await this.trajecten.activiteitVoorAfronding(m, id, activiteitId);
      if (!a) throw new NotFoundException(`Activiteit ${activiteitId} not found in this traject.`);
      const nieuw = { ...t, ...wijzig(t) };
      rondActiviteitAf(a, datum);
      await this.trajecten.rondActiviteitAf(m, { id: activiteitId, resultaat, datum, door: wie.subject });
      await this.personen.activiteitAfgerond(m, activiteitId, resultaat, datum);
      const { inwonerId, gemeentecode } = t;
      return {
        nieuw,
        aankondiging: aankondiging(ActiviteitAfgerond, {
          trajectId: id,
          inwonerId,
          gemeentecode,
          activiteitId,
          soort: a.soort,
          resultaat,
          datum,
        }),
        feit: {
          gebeurtenis: { soort: 'activiteit' as const, resultaat },
          bron: `activiteit:${activiteitId}`,
          op: datum,
        },
        resultaat: { id: activiteitId, resultaat, datum },
      };
    });
  }
}
