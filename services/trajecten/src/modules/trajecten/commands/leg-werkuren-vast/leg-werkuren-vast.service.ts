import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { kalenderdag } from '@wiz/contracts';
import type { Principal } from '@wiz/platform';
import { wijzig } from '../../domain/traject';
import { vorigeWerkuren, type WerkurenInvoer } from '../../domain/werkuren';
import { TRAJECT_REPOSITORY, type TrajectRepositoryPort } from '../../database/traject.repository.port';
import { isStapVooruit, type Gebeurtenis } from '../../../monitor/monitor.port';
import { TrajectWijziging } from '../traject-wijziging';

/**
 * Records a change of the hours a week someone already working outside a placement works; the monitor counts a rise
 * as een stap vooruit on its ingangsdatum (a placement's hours come from werkgevers instead).
 */
@Injectable()
export class LegWerkurenVast {
  constructor(
    private readonly wijziging: TrajectWijziging,
    @Inject(TRAJECT_REPOSITORY) private readonly trajecten: TrajectRepositoryPort,
  ) {}

  execute(trajectId: string, w: WerkurenInvoer, wie: Principal, ifMatch: string | undefined) {
    return this.wijziging.voer(trajectId, wie, ifMatch, async (t, m) => {
      const laatste = await this.trajecten.laatsteWerkuren(m, trajectId);
      const vorigeUrenPerWeek = vorigeWerkuren(t, w, laatste, kalenderdag(new Date()));
      const id = randomUUID();
      const { urenPerWeek, ingangsdatum } = w;
      await this.trajecten.voegWerkurenToe(m, {
        id,
        trajectId,
        ingangsdatum,
        urenPerWeek,
        vorigeUrenPerWeek,
        op: new Date(),
        door: wie.subject,
      });
      const nieuw = { ...t, ...wijzig(t) };
      const gebeurtenis: Gebeurtenis = { soort: 'uren', van: vorigeUrenPerWeek, naar: urenPerWeek };
      return {
        nieuw,
        feit: {
          gebeurtenis,
          bron: `werkuren:${id}`,
          op: ingangsdatum,
        },
        resultaat: {
          id,
          trajectId,
          ingangsdatum,
          urenPerWeek,
          vorigeUrenPerWeek,
          stapVooruit: isStapVooruit(gebeurtenis),
          versie: nieuw.versie,
        },
      };
    });
  }
}
