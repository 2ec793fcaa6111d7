import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { kalenderdag, limietEnBegin, pagina, type Paginering } from '@wiz/contracts';
import { AuditTrail, type Principal, TransactionRunner } from '@wiz/platform';
import { EigenVerzoeken } from '../../../inwoners/eigen-verzoeken';
import { type Rechtenverzoek, RechtenverzoekenRepository } from '../../database/rechtenverzoeken.repository';
import {
  isUitgevoerd,
  RechtenverzoekAlAfgehandeld,
  RechtenverzoekNietUitgevoerd,
  RechtenverzoekOnbekend,
  type Recht,
  type RechtenverzoekStatus,
  type RechtenverzoekUitkomst,
  verlengdTot,
  type VerlengingMaanden,
} from '../../domain/rechtenverzoek';

const DOEL = 'avg-verzoek';

/**
 * The inwoner's own requests to erase, restrict or object (AVG art. 17, 18, 21): filed from "Mijn gegevens", a task
 * for the privacy officer, who carries out a granted one with the existing erasure or restriction and answers it
 * within the month; the person reads the answer. Every step is audited.
 */
@Injectable()
export class RechtenverzoekenService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly verzoeken: RechtenverzoekenRepository,
    private readonly eigen: EigenVerzoeken,
    private readonly audit: AuditTrail,
  ) {}

  dienIn(v: { recht: Recht; toelichting?: string }, wie: Principal) {
    // A record merged away files on the one it lives on in, which the officer acts on.
    return this.eigen.dienIn(
      wie,
      'rechtenverzoek',
      DOEL,
      (m, inwonerId) => this.verzoeken.voegToe(m, { ...v, inwonerId }),
      { recht: v.recht },
    );
  }

  mijnVerzoeken(wie: Principal) {
    return this.eigen.lees(wie, 'rechtenverzoek', (m, ids) => this.verzoeken.vanInwoner(m, ids));
  }

  werkvoorraad(vraag: Paginering & { status?: RechtenverzoekStatus }, wie: Principal) {
    return this.transactions.run(async (m) => {
      const { rijen, totaal } = await this.verzoeken.werkvoorraad(m, vraag.status, ...limietEnBegin(vraag));
      await this.audit.schrijf(m, wie, {
        actie: 'rechtenverzoeken-inzien',
        doel: DOEL,
        wat: { soort: 'rechtenverzoeken' },
        inwonerIds: rijen.map((r) => r.inwonerId),
      });
      return pagina(rijen, vraag, totaal);
    });
  }

  /** The term extended by one or two months (AVG art. 12(3)), with the reason the person reads. */
  verleng(id: string, maanden: VerlengingMaanden, reden: string, wie: Principal) {
    return this.wijzigOpen(id, wie, 'rechtenverzoek-verlengen', { maanden }, async (m, verzoek) => {
      const tot = verlengdTot({ ...verzoek, verlengd: !!verzoek.verlenging }, maanden, kalenderdag(new Date()));
      const { gewist } = await this.verzoeken.uitvoering(m, verzoek.inwonerId);
      return this.verzoeken.verleng(m, id, tot, gewist ? null : reden, wie);
    });
  }

  handelAf(id: string, uitkomst: RechtenverzoekUitkomst, toelichting: string, wie: Principal) {
    return this.wijzigOpen(id, wie, 'rechtenverzoek-afhandelen', { uitkomst }, async (m, verzoek) => {
      const uitvoering = await this.verzoeken.uitvoering(m, verzoek.inwonerId);
      if (uitkomst === 'toegekend' && !isUitgevoerd(verzoek.recht, uitvoering))
        throw new RechtenverzoekNietUitgevoerd(verzoek.recht);
      return this.verzoeken.handelAf(m, id, uitkomst, toelichting, wie, uitvoering.gewist);
    });
  }

  /**
   * A change of an open request by the officer: the request locked (404 when absent, 409 once answered), the change,
   * and its audit row with the right asked for and `details`, in one transaction.
   */
  private wijzigOpen(
    id: string,
    wie: Principal,
    actie: string,
    details: Record<string, unknown>,
    wijzig: (m: EntityManager, verzoek: Rechtenverzoek) => Promise<Rechtenverzoek>,
  ) {
    return this.transactions.run(async (m) => {
      const verzoek = await this.verzoeken.voorAfhandeling(m, id);
      if (!verzoek) throw new RechtenverzoekOnbekend(id);
      if (verzoek.status !== 'open') throw new RechtenverzoekAlAfgehandeld(verzoek.status);
      const gewijzigd = await wijzig(m, verzoek);
      await this.audit.schrijf(m, wie, {
        actie,
        doel: DOEL,
        wat: { soort: 'rechtenverzoek', id },
        inwonerIds: [verzoek.inwonerId],
        details: { recht: verzoek.recht, ...details },
      });
      return gewijzigd;
    });
  }
}
