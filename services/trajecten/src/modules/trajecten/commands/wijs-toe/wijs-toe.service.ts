import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '@wiz/platform';
import { controleerOpen } from '../../domain/traject';
import { wijsToe } from '../../domain/houder';
import { TOEWIJZER, type Toewijzer } from '../../../caseload/caseload.port';
import { TrajectWijziging } from '../traject-wijziging';
import { toegewezen } from '../toegewezen';

/** A team lead (or beheer) gives the traject to another consulent of its organisation; publishes traject-toegewezen. */
@Injectable()
export class WijsToe {
  constructor(
    private readonly wijziging: TrajectWijziging,
    @Inject(TOEWIJZER) private readonly toewijzer: Toewijzer,
  ) {}

  execute(id: string, consulent: string, wie: Principal, ifMatch: string | undefined) {
    return this.wijziging.voer(id, wie, ifMatch, async (t, m) => {
      controleerOpen(t); // a closed traject is a conflict before the choice of consulent is judged
      const aan = await this.toewijzer.aanCollega(m, consulent, t.organisatie, 'consulent');
      const nieuw = wijsToe(t, { organisatie: t.organisatie, ...aan });
      const { organisatie, team, versie } = nieuw;
      return {
        nieuw,
        aankondiging: toegewezen(nieuw, 'herverdeling', new Date()),
        resultaat: { id, organisatie, team, consulent: nieuw.consulent, versie },
      };
    });
  }
}
