import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * When each traject closed, and which inwoners are due for a kind of record: no traject of theirs still open (a
 * traject intake heard of through traject-gestart or traject-toegewezen without a closing), and the latest of their
 * closings, their aanmeldingen and their registration on or before `grens`.
 */
@Injectable()
export class TrajectAfsluitingen {
  async bewaar(m: EntityManager, trajectId: string, inwonerId: string, afgeslotenOp: string): Promise<void> {
    await m.query(
      `INSERT INTO traject_afsluitingen (traject_id, inwoner_id, afgesloten_op) VALUES ($1, $2, $3)
       ON CONFLICT (traject_id) DO UPDATE SET afgesloten_op = EXCLUDED.afgesloten_op`,
      [trajectId, inwonerId, afgeslotenOp],
    );
  }

  /** Up to `max` inwoners due at `grens` for whom `nogTeDoen` (SQL on alias i) still finds something. */
  async verlopen(m: EntityManager, grens: Date, nogTeDoen: string, max: number): Promise<string[]> {
    const rijen: { id: string }[] = await m.query(
      `SELECT i.id FROM inwoners i
        WHERE (${nogTeDoen})
          AND NOT EXISTS (
            SELECT 1 FROM (
              SELECT ta.traject_id FROM traject_aanmeldingen ta JOIN aanmeldingen a ON a.id = ta.aanmelding_id
               WHERE a.inwoner_id = i.id
              UNION SELECT tt.traject_id FROM traject_toewijzingen tt WHERE tt.inwoner_id = i.id) t
             WHERE NOT EXISTS (SELECT 1 FROM traject_afsluitingen s WHERE s.traject_id = t.traject_id))
          AND GREATEST(i.created_at,
                (SELECT max(a.created_at) FROM aanmeldingen a WHERE a.inwoner_id = i.id),
                (SELECT max(s.afgesloten_op)::timestamptz FROM traject_afsluitingen s WHERE s.inwoner_id = i.id)) <= $1
        ORDER BY i.id LIMIT $2
        FOR UPDATE OF i SKIP LOCKED`,
      [grens, max],
    );
    return rijen.map((r) => r.id);
  }
}
