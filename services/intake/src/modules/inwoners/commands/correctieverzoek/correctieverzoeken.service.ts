import { Injectable } from '@nestjs/common';
import { limietEnBegin, pagina, type Paginering } from '@wiz/contracts';
import { assertNietBeperkt, AuditTrail, type Principal, TransactionRunner } from '@wiz/platform';
import { Correctieverzoeken } from '../../database/correctieverzoeken';
import { EigenVerzoeken } from '../../eigen-verzoeken';
import { InwonerWijzigingen } from '../../database/inwoner-wijzigingen';
import { behoudenRecord, recordsVanPersoon } from '../../samengevoegde-records';
import {
  CorrectieverzoekAlAfgehandeld,
  eisDoorgevoerd,
  CorrectieverzoekOnbekend,
  type CorrectieOnderdeel,
  type CorrectieStatus,
  type CorrectieUitkomst,
} from '../../domain/correctieverzoek';

const DOEL = 'inwoner-corrigeren';

/**
 * Correction requests (AVG art. 16): the inwoner files one from "Mijn gegevens"; it is a task for the front office
 * of the organisations that see the person, who make the correction itself with the existing, audited PATCH
 * /inwoners/{id} and close the request with its outcome, which the person then reads: carried out only once the
 * correction is recorded (eisDoorgevoerd). Every step is audited.
 */
@Injectable()
export class CorrectieverzoekenService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly verzoeken: Correctieverzoeken,
    private readonly eigen: EigenVerzoeken,
    private readonly audit: AuditTrail,
    private readonly wijzigingen: InwonerWijzigingen,
  ) {}

  dienIn(v: { onderdeel: CorrectieOnderdeel; gewenst: string; toelichting?: string }, wie: Principal) {
    // A record merged away files on the one it lives on in, where the front office finds it.
    return this.eigen.dienIn(wie, 'correctieverzoek', DOEL, (m, inwonerId) =>
      this.verzoeken.voegToe(m, { ...v, inwonerId }),
    );
  }

  mijnVerzoeken(wie: Principal) {
    return this.eigen.lees(wie, 'correctieverzoek', (m, ids) => this.verzoeken.vanInwoner(m, ids));
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
      if (uitkomst === 'doorgevoerd') {
        // The correction is made on the record the person lives on in, whichever of theirs the request named.
        const ids = await recordsVanPersoon(m, await behoudenRecord(m, verzoek.inwonerId));
        eisDoorgevoerd(verzoek.onderdeel, await this.wijzigingen.gecorrigeerdSinds(m, ids, verzoek.ingediendOp));
      }
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
