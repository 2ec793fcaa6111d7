import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export interface InwonerStand {
  /** The inwoner asked about, or the one it was merged into. */
  inwonerId: string;
  /** It and every record merged into it, locked for the change: one person, erased or restricted as one. */
  ids: string[];
  gewist: boolean;
}

/** Which inwoner records are one person (merges, either way) for a privacy request; undefined when unknown. */
@Injectable()
export class InwonerSamenhang {
  async vergrendel(m: EntityManager, gevraagdId: string): Promise<InwonerStand | undefined> {
    const rijen: { id: string; samengevoegd_in: string | null; gewist_op: Date | null }[] = await m.query(
      `WITH RECURSIVE omhoog AS (
         SELECT id, samengevoegd_in FROM inwoners WHERE id = $1
         UNION SELECT i.id, i.samengevoegd_in FROM inwoners i JOIN omhoog o ON i.id = o.samengevoegd_in),
       hoofd AS (SELECT id FROM omhoog WHERE samengevoegd_in IS NULL),
       omlaag AS (
         SELECT id FROM hoofd
         UNION SELECT i.id FROM inwoners i JOIN omlaag o ON i.samengevoegd_in = o.id)
       SELECT i.id, i.samengevoegd_in, i.gewist_op FROM inwoners i WHERE i.id IN (SELECT id FROM omlaag)
        ORDER BY i.id FOR UPDATE`,
      [gevraagdId],
    );
    const hoofd = rijen.find((r) => r.samengevoegd_in === null);
    if (!hoofd) return undefined;
    return { inwonerId: hoofd.id, ids: rijen.map((r) => r.id), gewist: hoofd.gewist_op !== null };
  }
}
