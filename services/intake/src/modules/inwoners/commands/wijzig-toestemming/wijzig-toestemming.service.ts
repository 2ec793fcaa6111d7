import { Injectable } from '@nestjs/common';
import { ToestemmingDoelSchema, ToestemmingGewijzigd } from '@wiz/contracts';
import { Outbox, Principal, TransactionRunner, AuditTrail } from '@wiz/platform';
import { zichtbareAanmeldingen } from '../../database/zichtbaarheid';
import { ToestemmingStand, Toestemmingen } from '../../database/toestemmingen';
import { InwonerRepository } from '../../database/inwoner.repository';
import { geeftGedeeldeGegevens } from '../../domain/identiteit';
import { IdentiteitNietBevestigd, InwonerOnbekend, ToestemmingsdoelOnbekend } from '../../domain/inwoner-fouten';

/**
 * Records or withdraws an inwoner's consent for one purpose. The current state is one row per purpose; every
 * change is kept in the history and announced (toestemming-gewijzigd) so werkgevers hides a profile at once.
 * Setting the state it already has changes nothing and announces nothing. Only an organisation that sees the inwoner
 * through an aanmelding with a confirmed identity may change it: one that knows the person only through aanmeldingen
 * whose name or birth date differed from the identity held for the BSN gets 409 until beheer confirms one.
 */
@Injectable()
export class WijzigToestemming {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly outbox: Outbox,
    private readonly inwoners: InwonerRepository,
    private readonly toestemmingen: Toestemmingen,
    private readonly audit: AuditTrail,
  ) {}

  execute(inwonerId: string, doelText: string, gegeven: boolean, wie: Principal): Promise<ToestemmingStand> {
    const doel = ToestemmingDoelSchema.safeParse(doelText);
    if (!doel.success) throw new ToestemmingsdoelOnbekend(doelText);
    return this.transactions.run(async (manager) => {
      const aanmeldingen = await zichtbareAanmeldingen(manager, wie, [inwonerId]);
      if (aanmeldingen.length === 0) throw new InwonerOnbekend(inwonerId);
      if (!aanmeldingen.some((a) => geeftGedeeldeGegevens(a.controle))) throw new IdentiteitNietBevestigd();
      // One change of this inwoner's consents at a time.
      await this.inwoners.vergrendel(manager, inwonerId);
      const huidig = await this.toestemmingen.stand(manager, inwonerId, doel.data);
      if (huidig && huidig.gegeven === gegeven) return huidig;
      const nieuw = { doel: doel.data, gegeven, gewijzigdOp: new Date().toISOString() };
      await this.toestemmingen.wijzig(manager, inwonerId, nieuw, wie);
      await this.outbox.add(manager, ToestemmingGewijzigd, { inwonerId, ...nieuw }, { subject: inwonerId });
      await this.audit.schrijf(manager, wie, {
        actie: 'toestemming-wijzigen',
        doel: 'toestemming-vastleggen',
        wat: { soort: 'toestemming', id: inwonerId },
        inwonerIds: [inwonerId],
      });
      return nieuw;
    });
  }
}
