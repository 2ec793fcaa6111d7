import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** The erased state of trajecten: their erasure moment, and their planned follow-ups lapsed. */
@Injectable()
export class WissingRepository {
  /** Marks the inwoner's trajecten erased (the first moment stays) and answers them, for their text to go. */
  async markeer(m: EntityManager, inwonerId: string, gewistOp: string): Promise<string[]> {
    const [rows]: [{ id: string }[]] = await m.query(
      `UPDATE trajecten SET gewist_op = coalesce(gewist_op, $2) WHERE inwoner_id = $1 RETURNING id`,
      [inwonerId, gewistOp],
    );
    const ids = rows.map((r) => r.id);
    await this.laatOpvolgingenVervallen(m, ids);
    return ids;
  }

  /** `markeer` of these trajecten only (retention's, judged in the caller's transaction), whatever else the person has. */
  async markeerTrajecten(m: EntityManager, trajectIds: readonly string[], gewistOp: string): Promise<void> {
    await m.query(`UPDATE trajecten SET gewist_op = coalesce(gewist_op, $2) WHERE id = ANY($1)`, [
      trajectIds,
      gewistOp,
    ]);
    await this.laatOpvolgingenVervallen(m, trajectIds);
  }

  /** An erased traject's planned follow-ups lapse: nobody is to be reminded of them. */
  private async laatOpvolgingenVervallen(m: EntityManager, trajectIds: readonly string[]): Promise<void> {
    await m.query(`UPDATE opvolgingen SET status = 'vervallen' WHERE traject_id = ANY($1) AND status = 'gepland'`, [
      trajectIds,
    ]);
  }

  /** The erased trajecten under a fresh random inwoner id: what stays of them links to nobody. */
  async anonimiseer(m: EntityManager, trajectIds: readonly string[], anoniem: string): Promise<void> {
    await m.query('UPDATE trajecten SET inwoner_id = $2 WHERE id = ANY($1)', [trajectIds, anoniem]);
  }
}
