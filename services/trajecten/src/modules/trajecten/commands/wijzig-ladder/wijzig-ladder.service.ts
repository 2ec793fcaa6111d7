import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '@wiz/platform';
import { wijzig } from '../../domain/traject';
import { TRAJECT_REPOSITORY, type TrajectRepositoryPort } from '../../database/traject.repository.port';
import { TrajectWijziging } from '../traject-wijziging';

/** Records the participatieladder rung (1 isolated … 6 paid work); the monitor counts a rise as een stap vooruit. */
@Injectable()
export class WijzigLadder {
  constructor(
    private readonly wijziging: TrajectWijziging,
    @Inject(TRAJECT_REPOSITORY) private readonly trajecten: TrajectRepositoryPort,
  ) {}

  execute(id: string, trede: number, wie: Principal, ifMatch: string | undefined) {
    return this.wijziging.voer(id, wie, ifMatch, async (t, m) => {
      const op = new Date();
      const nieuw = { ...t, ...wijzig(t), participatieladder: trede };
      await this.trajecten.voegLadderMetingToe(m, { trajectId: id, trede, op, door: wie.subject });
      return {
        nieuw,
        feit: {
          gebeurtenis: { soort: 'ladder' as const, van: t.participatieladder, naar: trede },
          bron: `ladder:${id}:${nieuw.versie}`,
          op,
        },
        resultaat: { id, participatieladder: trede, versie: nieuw.versie },
      };
    });
  }
}
