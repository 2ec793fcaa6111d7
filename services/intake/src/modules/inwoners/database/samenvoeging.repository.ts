import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '@wiz/platform';

export interface Samenvoeging {
  behoudenInwonerId: string;
  vervallenInwonerId: string;
  samengevoegdOp: string;
}

/**
 * A merge as one unit of work over every intake table that names the inwoner: the vervallen record's aanmeldingen
 * and identity checks are re-pointed to the kept one (their own ids and data unchanged), its likely-duplicate pairs
 * closed, and the record itself kept as a pointer (inwoners.samengevoegd_in) with the merge in the append-only
 * inwoner_samenvoegingen. Histories written under the vervallen id (corrections, consents, audit) stay as written.
 */
@Injectable()
export class SamenvoegingRepository {
  async gedaan(m: EntityManager, vervallenId: string): Promise<Samenvoeging | undefined> {
    const [r] = await m.query(
      'SELECT behouden_id, vervallen_id, samengevoegd_op FROM inwoner_samenvoegingen WHERE vervallen_id = $1',
      [vervallenId],
    );
    return (
      r && {
        behoudenInwonerId: r.behouden_id,
        vervallenInwonerId: r.vervallen_id,
        samengevoegdOp: r.samengevoegd_op.toISOString(),
      }
    );
  }

  async voegSamen(m: EntityManager, s: Samenvoeging, reden: string, door: Principal): Promise<void> {
    const { behoudenInwonerId: behouden, vervallenInwonerId: vervallen, samengevoegdOp: op } = s;
    await m.query('UPDATE aanmeldingen SET inwoner_id = $2 WHERE inwoner_id = $1', [vervallen, behouden]);
    await m.query('UPDATE identiteitscontroles SET inwoner_id = $2 WHERE inwoner_id = $1', [vervallen, behouden]);
    await m.query('DELETE FROM toestemmingen WHERE inwoner_id = $1', [vervallen]);
    await m.query(
      `UPDATE mogelijke_dubbelen SET status = 'samengevoegd' WHERE status = 'open' AND (inwoner_id = $1 OR kandidaat_id = $1)`,
      [vervallen],
    );
    // Earlier merges into the vervallen record now lead to the kept one too: a pointer is always one step.
    await m.query('UPDATE inwoners SET samengevoegd_in = $2 WHERE samengevoegd_in = $1', [vervallen, behouden]);
    await m.query('UPDATE inwoners SET samengevoegd_in = $2, samengevoegd_op = $3, versie = versie + 1 WHERE id = $1', [
      vervallen,
      behouden,
      op,
    ]);
    await m.query('UPDATE inwoners SET versie = versie + 1 WHERE id = $1', [behouden]);
    await m.query(
      `INSERT INTO inwoner_samenvoegingen (vervallen_id, behouden_id, reden, samengevoegd_door, samengevoegd_door_organisatie, samengevoegd_op)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [vervallen, behouden, reden, door.subject, door.organisatie, op],
    );
  }

  /** Marks the pair as two people, in both directions, so neither a new registration nor a correction proposes it again. */
  async markeerVerschillend(m: EntityManager, a: string, b: string): Promise<void> {
    const [{ n }] = await m.query(
      `WITH bijgewerkt AS (
         UPDATE mogelijke_dubbelen SET status = 'verschillend'
          WHERE (inwoner_id = $1 AND kandidaat_id = $2) OR (inwoner_id = $2 AND kandidaat_id = $1) RETURNING id)
       SELECT count(*)::int AS n FROM bijgewerkt`,
      [a, b],
    );
    if (n === 0)
      await m.query(
        `INSERT INTO mogelijke_dubbelen (id, inwoner_id, kandidaat_id, status) VALUES (gen_random_uuid(), $1, $2, 'verschillend')`,
        [a, b],
      );
  }
}
