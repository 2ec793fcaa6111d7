import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Stap } from '@wiz/contracts';

export interface TrajectVanInwoner {
  id: string;
  organisatie: string;
  huidigeStap: Stap;
  status: 'actief' | 'afgesloten';
  gewist: boolean;
}

/** What changes in trajecten per inwoner rather than per traject: a merge of two records, a move. */
@Injectable()
export class InwonerTrajectenRepository {
  /** The inwoner's trajecten, locked: a change of the same traject through the API waits (and the other way round). */
  async vanInwoner(m: EntityManager, inwonerId: string): Promise<TrajectVanInwoner[]> {
    const rows = await m.query(
      `SELECT id, organisatie, huidige_stap, status, gewist_op FROM trajecten WHERE inwoner_id = $1
        ORDER BY gestart_op, id FOR UPDATE`,
      [inwonerId],
    );
    return rows.map(
      (r: {
        id: string;
        organisatie: string;
        huidige_stap: Stap;
        status: 'actief' | 'afgesloten';
        gewist_op: Date | null;
      }) => ({
        id: r.id,
        organisatie: r.organisatie,
        huidigeStap: r.huidige_stap,
        status: r.status,
        gewist: r.gewist_op !== null,
      }),
    );
  }

  /** The vervallen record's trajecten become the behouden one's; their history goes with them. */
  async verhang(m: EntityManager, vervallen: string, behouden: string): Promise<number> {
    await this.vanInwoner(m, vervallen);
    const [, aantal] = await m.query('UPDATE trajecten SET inwoner_id = $2 WHERE inwoner_id = $1', [
      vervallen,
      behouden,
    ]);
    return Number(aantal);
  }

  /** The gemeente the trajecten count for from now on. */
  async zetGemeente(m: EntityManager, trajectIds: readonly string[], gemeentecode: string): Promise<void> {
    await m.query('UPDATE trajecten SET gemeentecode = $2 WHERE id = ANY($1)', [trajectIds, gemeentecode]);
  }
}
