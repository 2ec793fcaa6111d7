import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Stap } from '@wiz/contracts';
import type { OverdrachtStatus } from '../domain/overdracht';

export interface Overdracht {
  id: string;
  trajectId: string;
  vanOrganisatie: string;
  naarOrganisatie: string;
  /** The step the receiver takes the traject on in (every proposal since it existed has one). */
  naarStap: Stap | null;
  status: OverdrachtStatus;
}

export interface NieuweOverdracht extends Omit<Overdracht, 'naarStap'> {
  naarStap: Stap;
  toelichting: string;
  door: string;
  op: Date;
}

export interface Besluit {
  status: Exclude<OverdrachtStatus, 'voorgesteld'>;
  door: string;
  op: Date;
  reden: string | null;
}

/** The one writer of overdrachten: proposals and their answers, kept as the traject's handover history. */
@Injectable()
export class OverdrachtRepository {
  async voegToe(m: EntityManager, o: NieuweOverdracht): Promise<void> {
    await m.query(
      `INSERT INTO overdrachten (id, traject_id, van_organisatie, naar_organisatie, naar_stap, toelichting, status,
                                voorgesteld_door, voorgesteld_op)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [o.id, o.trajectId, o.vanOrganisatie, o.naarOrganisatie, o.naarStap, o.toelichting, o.status, o.door, o.op],
    );
  }

  async heeftOpenstaande(m: EntityManager, trajectId: string): Promise<boolean> {
    const rows = await m.query(`SELECT 1 FROM overdrachten WHERE traject_id = $1 AND status = 'voorgesteld'`, [
      trajectId,
    ]);
    return rows.length > 0;
  }

  /** `voorBesluit` locks the row, so a handover is answered once. */
  async laad(m: EntityManager, id: string, voorBesluit = false): Promise<Overdracht | undefined> {
    const [r] = await m.query(
      `SELECT id, traject_id, van_organisatie, naar_organisatie, naar_stap, status FROM overdrachten
        WHERE id = $1 ${voorBesluit ? 'FOR UPDATE' : ''}`,
      [id],
    );
    if (!r) return undefined;
    return {
      id: r.id,
      trajectId: r.traject_id,
      vanOrganisatie: r.van_organisatie,
      naarOrganisatie: r.naar_organisatie,
      naarStap: r.naar_stap,
      status: r.status,
    };
  }

  async besluit(m: EntityManager, id: string, b: Besluit): Promise<void> {
    await m.query(
      'UPDATE overdrachten SET status = $2, besloten_door = $3, besloten_op = $4, reden = $5 WHERE id = $1',
      [id, b.status, b.door, b.op, b.reden],
    );
  }
}
