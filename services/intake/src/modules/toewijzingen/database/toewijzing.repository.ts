import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Begeleider, Toewijzing } from '../domain/toewijzing';
import type { Trajecthouders } from '../trajecthouders.port';

/** The traject_toewijzingen table: one row per traject, the assignment with the highest versie. */
@Injectable()
export class ToewijzingRepository implements Trajecthouders {
  /**
   * Keeps the assignment unless a newer one is stored: events of one traject may arrive late or twice (several
   * instances, redelivery, a rewind after a NATS disturbance), and the traject's versie orders them.
   */
  async bewaar(m: EntityManager, t: Toewijzing): Promise<void> {
    await m.query(
      `INSERT INTO traject_toewijzingen (traject_id, inwoner_id, organisatie, team, consulent, versie, toegewezen_op)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (traject_id) DO UPDATE
          SET organisatie = EXCLUDED.organisatie, team = EXCLUDED.team, consulent = EXCLUDED.consulent,
              versie = EXCLUDED.versie, toegewezen_op = EXCLUDED.toegewezen_op
        WHERE traject_toewijzingen.versie < EXCLUDED.versie`,
      [t.trajectId, t.inwonerId, t.organisatie, t.team, t.consulent, t.versie, t.toegewezenOp],
    );
  }

  async begeleidt(m: EntityManager, inwonerId: string, wie: Begeleider): Promise<boolean> {
    // A caller without a team matches no team (NULL = NULL is not true), only trajecten assigned to them.
    const rows = await m.query(
      `SELECT 1 FROM traject_toewijzingen
        WHERE inwoner_id = $1 AND organisatie = $2 AND (consulent = $3 OR team = $4)
        LIMIT 1`,
      [inwonerId, wie.organisatie, wie.subject, wie.team ?? null],
    );
    return rows.length > 0;
  }
}
