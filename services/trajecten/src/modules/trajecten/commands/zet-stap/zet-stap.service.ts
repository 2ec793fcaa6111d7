import { Inject, Injectable } from '@nestjs/common';
import type { Stap } from '@wiz/contracts';
import type { Principal } from '@wiz/platform';
import { TRAJECT_REPOSITORY, type TrajectRepositoryPort } from '../../database/traject.repository.port';
import { TrajectWijziging } from '../traject-wijziging';
import { stapOvergang } from './stap-overgang';

/** Moves the traject to another step (forward, back or skipping), recording who, when and why; publishes stap-gezet. */
@Injectable()
export class ZetStap {
  constructor(
    private readonly wijziging: TrajectWijziging,
    @Inject(TRAJECT_REPOSITORY) private readonly trajecten: TrajectRepositoryPort,
  ) {}

  execute(id: string, s: { stap: Stap; toelichting: string }, wie: Principal, ifMatch: string | undefined) {
    return this.wijziging.voer(id, wie, ifMatch, async (t, m) => {
      const overgang = await stapOvergang(this.trajecten, m, t, { ...s, door: wie.subject, op: new Date() });
      const { nieuw } = overgang;
      return { ...overgang, resultaat: { id, huidigeStap: nieuw.huidigeStap, versie: nieuw.versie } };
    });
  }
}
