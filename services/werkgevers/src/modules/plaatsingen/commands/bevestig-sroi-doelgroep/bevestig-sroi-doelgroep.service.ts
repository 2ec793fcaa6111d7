import { Inject, Injectable } from '@nestjs/common';
import { Principal, TransactionRunner, AuditTrail } from '@wiz/platform';
import type { SroiDoelgroep } from '../../../sroi/domain';
import { PlaatsingRepository } from '../../database/plaatsing-repository';
import { KANDIDATENREGISTER, type Kandidatenregister } from '../../../kandidaten/kandidatenregister.port';
import { eisWijzigbarePlaatsing } from '../wijzigbare-plaatsing';
import { sroiBevestigingsFout } from '../../domain/plaatsing-regels';

/**
 * The employer team confirms (or corrects) the doelgroep of an SROI placement: from then on it counts at that
 * doelgroep's bouwblok instead of the lowest (onbevestigd) or the derived one (afgeleid). It revalues the obligation's
 * progress, so it is audited with what it was before. Also for an ended placement: its days still count.
 */
@Injectable()
export class BevestigSroiDoelgroep {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly plaatsingen: PlaatsingRepository,
    @Inject(KANDIDATENREGISTER) private readonly kandidaten: Kandidatenregister,
    private readonly audit: AuditTrail,
  ) {}

  execute(id: string, sroiDoelgroep: SroiDoelgroep, wie: Principal) {
    return this.transactions.run(async (m) => {
      const p = await eisWijzigbarePlaatsing(m, this.plaatsingen, this.kandidaten, id, wie);
      const fout = sroiBevestigingsFout(p);
      if (fout) throw fout;
      await this.plaatsingen.zetSroiDoelgroep(m, id, sroiDoelgroep, 'bevestigd');
      await this.audit.schrijf(m, wie, {
        actie: 'sroi-doelgroep-bevestigen',
        doel: 'werkgeversdienstverlening',
        wat: { soort: 'plaatsing', id: id },
        inwonerIds: [p.inwonerId],
        details: {
          sroiDoelgroep,
          was: { sroiDoelgroep: p.sroiDoelgroep, status: p.sroiDoelgroepStatus },
        },
      });
      return { id, sroiDoelgroep, sroiDoelgroepStatus: 'bevestigd' as const };
    });
  }
}
