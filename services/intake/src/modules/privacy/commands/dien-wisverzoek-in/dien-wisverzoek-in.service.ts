import { Injectable } from '@nestjs/common';
import { InwonerGewist } from '@wiz/contracts';
import { AuditTrail, Outbox, Principal, TransactionRunner } from '@wiz/platform';
import { InwonerOnbekend } from '../../../inwoners/domain/inwoner-fouten';
import { InwonerSamenhang } from '../../database/inwoner-samenhang';
import { PersoonsgegevensWisser } from '../../database/persoonsgegevens-wisser';
import { PrivacyverzoekenRepository } from '../../database/privacyverzoeken.repository';
import { InwonerAlGewist, type Privacyverzoek } from '../../domain/privacyverzoek';

/**
 * An erasure request granted by the privacy officer (AVG art. 17): in one transaction the request is recorded, every
 * part of intake's personal data of the person (and of records merged into it) is destroyed, the restriction, if
 * any, ends with the data, and inwoner-gewist goes to every other service through the outbox (ids only; the reason
 * stays here). A second request for the same person is 409 naming the first.
 */
@Injectable()
export class DienWisverzoekIn {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly samenhang: InwonerSamenhang,
    private readonly verzoeken: PrivacyverzoekenRepository,
    private readonly wisser: PersoonsgegevensWisser,
    private readonly outbox: Outbox,
    private readonly audit: AuditTrail,
  ) {}

  execute(gevraagdId: string, reden: string, wie: Principal): Promise<Privacyverzoek> {
    return this.transactions.run(async (m) => {
      const stand = await this.samenhang.vergrendel(m, gevraagdId);
      if (!stand) throw new InwonerOnbekend(gevraagdId);
      if (stand.gewist) {
        const eerder = await this.verzoeken.eerder(m, stand.ids, 'wissen');
        throw new InwonerAlGewist(eerder?.id ?? stand.inwonerId);
      }
      const op = new Date();
      const verzoek = await this.verzoeken.leg(m, stand.inwonerId, 'wissen', reden, wie, op);
      await this.wisser.alles(m, stand.ids, op);
      await m.query('DELETE FROM beperkingen WHERE inwoner_id = ANY($1::uuid[])', [stand.ids]);
      await this.outbox.add(m, InwonerGewist, {
        inwonerId: stand.inwonerId,
        verzoekId: verzoek.id,
        gewistOp: op.toISOString(),
      });
      await this.audit.schrijf(m, wie, {
        actie: 'wisverzoek-indienen',
        doel: 'avg-verzoek',
        wat: { soort: 'wisverzoek', id: stand.inwonerId },
        inwonerIds: stand.ids,
      });
      return verzoek;
    });
  }
}
