import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { ActiviteitSoort } from '@wiz/contracts';
import type { Principal } from '@wiz/platform';
import { wijzig } from '../../domain/traject';
import { TRAJECT_REPOSITORY, type TrajectRepositoryPort } from '../../database/traject.repository.port';
import { MONITOR_PERSONEN, type MonitorPersonenPort } from '../../../monitor/monitor.port';
import { TrajectWijziging } from '../traject-wijziging';

/** Starts an activity (Kansrijk Opleiden, werkfit, …) in an open traject; the monitor keeps it per person. */
@Injectable()
export class StartActiviteit {
  constructor(
    private readonly wijziging: TrajectWijziging,
    @Inject(TRAJECT_REPOSITORY) private readonly trajecten: TrajectRepositoryPort,
    @Inject(MONITOR_PERSONEN) private readonly personen: MonitorPersonenPort,
  ) {}

  execute(id: string, a: { soort: ActiviteitSoort; startdatum: string }, wie: Principal, ifMatch: string | undefined) {
    return this.wijziging.voer(id, wie, ifMatch, async (t, m) => {
      const nieuw = { ...t, ...wijzig(t) };
      const activiteitId = randomUUID();
      await this.trajecten.voegActiviteitToe(m, { id: activiteitId, trajectId: id, ...a, door: wie.subject });
      const { inwonerId, gemeentecode } = t;
      await this.personen.activiteitGestart(m, { activiteitId, inwonerId, gemeentecode, ...a });
      return { nieuw, resultaat: { id: activiteitId } };
    });
  }
}
