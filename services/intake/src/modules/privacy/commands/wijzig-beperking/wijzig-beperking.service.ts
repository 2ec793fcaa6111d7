import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { VerwerkingBeperkt } from '@wiz/contracts';
import { AuditTrail, Outbox, Principal, TransactionRunner, zetBeperking } from '@wiz/platform';
import { InwonerOnbekend } from '../../../inwoners/domain/inwoner-fouten';
import { InwonerSamenhang } from '../../database/inwoner-samenhang';
import { PrivacyverzoekenRepository } from '../../database/privacyverzoeken.repository';
import { BeperkingBestaatAl, BeperkingNietActief, type Privacyverzoek } from '../../domain/privacyverzoek';

/**
 * Restriction of processing (AVG art. 18) set or lifted by the privacy officer: the request is recorded, intake's
 * own `beperkingen` row changes for the person and every record merged into it, and verwerking-beperkt tells the
 * other services, in one transaction. The data stays; while restricted only the privacy role reads or changes it.
 */
@Injectable()
export class WijzigBeperking {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly samenhang: InwonerSamenhang,
    private readonly verzoeken: PrivacyverzoekenRepository,
    private readonly outbox: Outbox,
    private readonly audit: AuditTrail,
  ) {}

  beperk(gevraagdId: string, reden: string, wie: Principal): Promise<Privacyverzoek> {
    return this.wijzig(gevraagdId, wie, undefined, async (m, ids) => {
      const actief = await this.verzoeken.eerder(m, ids, 'beperken');
      if (actief) throw new BeperkingBestaatAl(actief.id);
      return this.verzoeken.leg(m, ids[0], 'beperken', reden, wie, new Date());
    });
  }

  hefOp(gevraagdId: string, beperkingId: string, reden: string, wie: Principal): Promise<Privacyverzoek> {
    return this.wijzig(gevraagdId, wie, beperkingId, async (m, ids) => {
      const actief = await this.verzoeken.eerder(m, ids, 'beperken');
      if (actief?.id !== beperkingId) throw new BeperkingNietActief();
      const opheffing = await this.verzoeken.leg(m, ids[0], 'beperking-opheffen', reden, wie, new Date());
      await this.verzoeken.markeerOpgeheven(m, beperkingId, opheffing.id);
      return opheffing;
    });
  }

  private wijzig(
    gevraagdId: string,
    wie: Principal,
    /** What the audit row names: the restriction lifted, or (setting one) the person. */
    beperkingId: string | undefined,
    leg: (m: EntityManager, ids: string[]) => Promise<Privacyverzoek>,
  ): Promise<Privacyverzoek> {
    return this.transactions.run(async (m) => {
      const stand = await this.samenhang.vergrendel(m, gevraagdId);
      if (!stand || stand.gewist) throw new InwonerOnbekend(gevraagdId);
      // The person's own id first: the request and the event name it, not a record merged into it.
      const ids = [stand.inwonerId, ...stand.ids.filter((id) => id !== stand.inwonerId)];
      const verzoek = await leg(m, ids);
      const beperkt = verzoek.soort === 'beperken';
      for (const inwonerId of ids)
        await zetBeperking(m, { inwonerId, verzoekId: verzoek.id, beperkt, gewijzigdOp: verzoek.ingediendOp });
      await this.outbox.add(m, VerwerkingBeperkt, {
        inwonerId: stand.inwonerId,
        verzoekId: verzoek.id,
        beperkt,
        gewijzigdOp: verzoek.ingediendOp,
      });
      await this.audit.schrijf(m, wie, {
        actie: beperkt ? 'beperking-vastleggen' : 'beperking-opheffen',
        doel: 'avg-verzoek',
        wat: { soort: 'beperking', id: beperkingId ?? stand.inwonerId },
        inwonerIds: ids,
      });
      return verzoek;
    });
  }
}
