import { Injectable } from '@nestjs/common';
import { limietEnBegin, pagina, type Paginering } from '@wiz/contracts';
import { assertNietBeperkt, AuditTrail, type Principal, TransactionRunner } from '@wiz/platform';
import { Correctieverzoeken } from '../../database/correctieverzoeken';
import { InwonerRepository } from '../../database/inwoner.repository';
import { eigenInwoner } from '../../eigen-inwoner';
import { samengevoegdeRecords } from '../../samengevoegde-records';
import {
  CorrectieverzoekAlAfgehandeld,
  CorrectieverzoekOnbekend,
  type CorrectieOnderdeel,
  type CorrectieStatus,
  type CorrectieUitkomst,
} from '../../domain/correctieverzoek';

const DOEL = 'inwoner-corrigeren';

/**
 * Correction requests (AVG art. 16): the inwoner files one from "Mijn gegevens"; it is a task for the front office
 * of the organisations that see the person, who make the correction itself with the existing, audited PATCH
 * /inwoners/{id} and close the request with its outcome, which the person then reads. Every step is audited.
 */
@Injectable()
export class CorrectieverzoekenService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly verzoeken: Correctieverzoeken,
    private readonly inwoners: InwonerRepository,
    private readonly audit: AuditTrail,
  ) {}

  dienIn(v: { onderdeel: CorrectieOnderdeel; gewenst: string; toelichting?: string }, wie: Principal) {
    const gevraagd = eigenInwoner(wie);
    return this.transactions.run(async (m) => {
      // A record merged away files on the one it lives on in, where the front office finds it.
      const inwonerId = await this.inwoners.behoudenVan(m, gevraagd);
      const verzoek = await this.verzoeken.voegToe(m, { ...v, inwonerId });
      await this.audit.schrijf(m, wie, {
        actie: 'correctieverzoek-indienen',
        doel: DOEL,
        wat: { soort: 'correctieverzoek', id: verzoek.id },
        inwonerIds: [inwonerId],
      });
      const { inwonerId: _id, ...antwoord } = verzoek;
      return antwoord;
    });
  }

  mijnVerzoeken(wie: Principal) {
    const inwonerId = eigenInwoner(wie);
    return this.transactions.run(async (m) => {
      const ids = [inwonerId, ...(await samengevoegdeRecords(m, inwonerId))];
      const items = await this.verzoeken.vanInwoner(m, ids);
      await this.audit.schrijf(m, wie, {
        actie: 'mijn-correctieverzoeken-inzien',
        doel: 'eigen-gegevens',
        wat: { soort: 'correctieverzoeken' },
        inwonerIds: [inwonerId],
      });
      return { items: items.map(({ inwonerId: _id, ...v }) => v) };
    });
  }

  lijst(vraag: Paginering & { status?: CorrectieStatus }, wie: Principal) {
    return this.transactions.run(async (m) => {
      const { rijen, totaal } = await this.verzoeken.voorBalie(m, wie, vraag.status, ...limietEnBegin(vraag));
      await this.audit.schrijf(m, wie, {
        actie: 'correctieverzoeken-inzien',
        doel: DOEL,
        wat: { soort: 'correctieverzoeken' },
        inwonerIds: rijen.map((r) => r.inwonerId),
      });
      return pagina(rijen, vraag, totaal);
    });
  }

  handelAf(id: string, uitkomst: CorrectieUitkomst, toelichting: string, wie: Principal) {
    return this.transactions.run(async (m) => {
      const verzoek = await this.verzoeken.voorAfhandeling(m, id, wie);
      if (!verzoek) throw new CorrectieverzoekOnbekend(id);
      await assertNietBeperkt(m, verzoek.inwonerId, wie);
      if (verzoek.status !== 'open') throw new CorrectieverzoekAlAfgehandeld(verzoek.status);
      const afgehandeld = await this.verzoeken.handelAf(m, id, uitkomst, toelichting, wie);
      await this.audit.schrijf(m, wie, {
        actie: 'correctieverzoek-afhandelen',
        doel: DOEL,
        wat: { soort: 'correctieverzoek', id },
        inwonerIds: [verzoek.inwonerId],
        details: { uitkomst },
      });
      return afgehandeld;
    });
  }
}
