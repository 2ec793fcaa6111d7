import { Injectable } from '@nestjs/common';
import type { Principal } from '@wiz/platform';
import { EigenInzage } from '../../eigen-inzage';
import { MijnDossier } from '../../database/mijn-dossier';
import { AFSPRAAK_OMSCHRIJVINGEN, organisatieNaam } from '../../domain/resultaat';
import type { MijnTrajecten } from './mijn-trajecten.response';

/** Every traject of the caller, newest first, with its steps, plan goals, activities and next appointments. */
@Injectable()
export class MijnTrajectenQuery {
  constructor(
    private readonly inzage: EigenInzage,
    private readonly dossier: MijnDossier,
  ) {}

  lees(wie: Principal): Promise<MijnTrajecten> {
    return this.inzage.lees(wie, 'mijn-trajecten-inzien', { soort: 'trajecten' }, async (m, inwonerId) => {
      const trajecten = await this.dossier.trajecten(m, inwonerId);
      const ids = trajecten.map((t) => t.id);
      // One after another: the queries share the transaction's one connection.
      const activiteiten = await this.dossier.activiteiten(m, ids);
      const doelen = await this.dossier.planDoelen(m, ids);
      const afspraken = await this.dossier.volgendeAfspraken(m, ids);
      const items = trajecten.map((t) => ({
        id: t.id,
        status: t.status,
        huidigeStap: t.huidigeStap,
        stappen: t.stappen.map((s) => ({ stap: s.stap, van: s.van, ...(s.tot ? { tot: s.tot } : {}) })),
        gestartOp: t.gestartOp,
        ...(t.afgeslotenOp ? { afgeslotenOp: t.afgeslotenOp } : {}),
        organisatie: organisatieNaam(t.organisatie),
        ...(t.consulent ? { consulent: t.consulentNaam ? { naam: t.consulentNaam } : {} } : {}),
        planDoelen: doelen
          .filter((d) => d.trajectId === t.id)
          .map((d) => ({ omschrijving: d.omschrijving, status: d.status as 'open' })),
        activiteiten: activiteiten
          .filter((a) => a.trajectId === t.id)
          .map((a) => ({
            id: a.id,
            soort: a.soort,
            status: a.resultaat ? ('afgerond' as const) : ('lopend' as const),
            ...(a.resultaat ? { resultaat: a.resultaat } : {}),
            van: a.startdatum,
            ...(a.datum ? { tot: a.datum } : {}),
          })),
        volgendeAfspraken: afspraken
          .filter((a) => a.trajectId === t.id)
          .map((a) => ({ op: a.op, soort: a.soort, omschrijving: AFSPRAAK_OMSCHRIJVINGEN[a.soort] })),
      }));
      return { items };
    });
  }
}
