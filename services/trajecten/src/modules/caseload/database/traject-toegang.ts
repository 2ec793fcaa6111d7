import { Injectable, NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type Principal, VANDAAG_SQL } from '@wiz/platform';
import { magDossierIn } from '../domain/toegang';
import type { Dossier, TrajectToegang as Port } from '../caseload.port';

/** Reads who holds the traject and whether the caller stands in for its consulent today, then applies the rule. */
@Injectable()
export class TrajectToegang implements Port {
  async eis(m: EntityManager, trajectId: string, wie: Principal): Promise<Dossier> {
    const [t] = await m.query(
      `SELECT t.id, t.inwoner_id, t.organisatie, t.team, t.consulent, t.status,
              EXISTS (SELECT 1 FROM vervangingen v
                       WHERE v.vervanger = $2 AND v.organisatie = t.organisatie AND v.voor = t.consulent
                         AND ${VANDAAG_SQL} BETWEEN v.van AND v.tot) AS staat_in
         FROM trajecten t WHERE t.id = $1`,
      [trajectId, wie.subject],
    );
    if (!t || !magDossierIn(wie, t, t.staat_in)) throw new NotFoundException(`Traject ${trajectId} not found.`);
    return {
      id: t.id,
      inwonerId: t.inwoner_id,
      organisatie: t.organisatie,
      team: t.team,
      gesloten: t.status !== 'actief',
    };
  }
}
