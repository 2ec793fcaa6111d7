import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actie, Akkoord, Doel, PlanStatus } from '../domain/plan';

/** A date column as the API gives it (YYYY-MM-DD), under `naam`. */
const datum = (kolom: string, naam = kolom) => `to_char(${kolom}, 'YYYY-MM-DD') AS ${naam}`;

/** plan_doelen, plan_acties (their status changes) and plan_akkoorden (only added). */
@Injectable()
export class PlanRepository {
  async voegDoelToe(m: EntityManager, trajectId: string, d: Omit<Doel, 'acties'>, door: string): Promise<void> {
    await m.query(
      `INSERT INTO plan_doelen (id, traject_id, omschrijving, streefdatum, status, aangemaakt_door, status_door)
       VALUES ($1, $2, $3, $4, $5, $6, $6)`,
      [d.id, trajectId, d.omschrijving, d.streefdatum, d.status, door],
    );
  }

  async heeftDoel(m: EntityManager, trajectId: string, doelId: string): Promise<boolean> {
    const rows = await m.query('SELECT 1 FROM plan_doelen WHERE id = $1 AND traject_id = $2', [doelId, trajectId]);
    return rows.length > 0;
  }

  async voegActieToe(m: EntityManager, doelId: string, a: Actie, door: string): Promise<void> {
    await m.query(
      `INSERT INTO plan_acties (id, doel_id, omschrijving, eigenaar, streefdatum, status, aangemaakt_door, status_door)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $7)`,
      [a.id, doelId, a.omschrijving, a.eigenaar, a.streefdatum, a.status, door],
    );
  }

  /** False when the traject has no such goal. */
  async zetDoelStatus(m: EntityManager, trajectId: string, doelId: string, status: PlanStatus, door: string) {
    const [, aantal] = await m.query(
      `UPDATE plan_doelen SET status = $3, status_door = $4, status_op = clock_timestamp()
        WHERE id = $1 AND traject_id = $2`,
      [doelId, trajectId, status, door],
    );
    return aantal === 1;
  }

  /** False when the traject has no such goal with this action. */
  async zetActieStatus(
    m: EntityManager,
    trajectId: string,
    ids: { doelId: string; actieId: string },
    status: PlanStatus,
    door: string,
  ) {
    const [, aantal] = await m.query(
      `UPDATE plan_acties a SET status = $4, status_door = $5, status_op = clock_timestamp()
         FROM plan_doelen d
        WHERE a.id = $1 AND a.doel_id = $2 AND d.id = a.doel_id AND d.traject_id = $3`,
      [ids.actieId, ids.doelId, trajectId, status, door],
    );
    return aantal === 1;
  }

  async voegAkkoordToe(m: EntityManager, id: string, trajectId: string, a: Akkoord): Promise<void> {
    await m.query(
      'INSERT INTO plan_akkoorden (id, traject_id, door, op, vastgelegd_door, vastgelegd_op) VALUES ($1, $2, $3, $4, $5, $6)',
      [id, trajectId, a.door, a.op, a.vastgelegdDoor, a.vastgelegdOp],
    );
  }

  /** The goals (oldest first) with their actions, and the latest agreement. */
  async lees(m: EntityManager, trajectId: string): Promise<{ doelen: Doel[]; akkoord: Akkoord | null }> {
    const doelen: Omit<Doel, 'acties'>[] = await m.query(
      `SELECT id, omschrijving, ${datum('streefdatum')}, status FROM plan_doelen
        WHERE traject_id = $1 ORDER BY aangemaakt_op, id`,
      [trajectId],
    );
    const acties: (Actie & { doel_id: string })[] = await m.query(
      `SELECT a.id, a.doel_id, a.omschrijving, a.eigenaar, ${datum('a.streefdatum', 'streefdatum')}, a.status
         FROM plan_acties a JOIN plan_doelen d ON d.id = a.doel_id
        WHERE d.traject_id = $1 ORDER BY a.aangemaakt_op, a.id`,
      [trajectId],
    );
    const [akkoord] = await m.query(
      `SELECT door, ${datum('op')}, vastgelegd_door AS "vastgelegdDoor", vastgelegd_op AS "vastgelegdOp"
         FROM plan_akkoorden WHERE traject_id = $1 ORDER BY vastgelegd_op DESC, id LIMIT 1`,
      [trajectId],
    );
    return {
      doelen: doelen.map((d) => ({
        ...d,
        acties: acties.filter((a) => a.doel_id === d.id).map(({ doel_id: _, ...a }) => a),
      })),
      akkoord: akkoord ?? null,
    };
  }
}
