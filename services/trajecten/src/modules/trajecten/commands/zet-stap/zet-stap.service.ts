import { Inject, Injectable } from '@nestjs/common';
import { StapGezet, type Stap } from '@wiz/contracts';
import type { Principal } from '@wiz/platform';
import { zetStap } from '../../domain/traject';
import { TRAJECT_REPOSITORY, type TrajectRepositoryPort } from '../../database/traject.repository.port';
import { aankondiging, TrajectWijziging } from '../traject-wijziging';

/** Moves the traject to another step (forward, back or skipping), recording who, when and why; publishes stap-gezet. */
@Injectable()
export class ZetStap {
  constructor(
    private readonly wijziging: TrajectWijziging,
    @Inject(TRAJECT_REPOSITORY) private readonly trajecten: TrajectRepositoryPort,
  ) {}

  execute(id: string, s: { stap: Stap; toelichting: string }, wie: Principal, ifMatch: string | undefined) {
    return this.wijziging.voer(id, wie, ifMatch, async (t, m) => {
      const op = new Date();
      const nieuw = { ...t, ...zetStap(t, s.stap, op.toISOString()) };
      const overgang = { van: t.huidigeStap, naar: s.stap };
      await this.trajecten.voegOvergangToe(m, {
        trajectId: id,
        ...overgang,
        door: wie.subject,
        toelichting: s.toelichting,
        op,
      });
      return {
        nieuw,
        aankondiging: aankondiging(StapGezet, {
          trajectId: id,
          inwonerId: t.inwonerId,
          gemeentecode: t.gemeentecode,
          ...overgang,
          gezetOp: op.toISOString(),
          versie: nieuw.versie,
        }),
        feit: { gebeurtenis: { soort: 'stap', ...overgang }, bron: `stap:${id}:${nieuw.versie}`, op },
        resultaat: { id, huidigeStap: nieuw.huidigeStap, versie: nieuw.versie },
      };
    });
  }
}
