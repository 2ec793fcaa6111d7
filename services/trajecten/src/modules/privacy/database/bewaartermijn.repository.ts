import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { beperktSql } from '@wiz/platform';

/** bewaartermijn_verwerkt: which kind of record of which traject the retention run has done. */
@Injectable()
export class BewaartermijnRepository {
  /** Trajecten closed on or before the day `grens` whose `soort` is not done yet, locked against a second run's batch. */
  async teVerwerken(m: EntityManager, soort: string, grens: string, aantal: number): Promise<string[]> {
    const rows: { id: string }[] = await m.query(
      `SELECT t.id FROM trajecten t
        WHERE t.afgesloten_op IS NOT NULL AND t.afgesloten_op <= $2::date
          AND NOT EXISTS (SELECT 1 FROM bewaartermijn_verwerkt v WHERE v.traject_id = t.id AND v.soort = $1)
          AND NOT ${beperktSql('t.inwoner_id')}
        ORDER BY t.afgesloten_op, t.id LIMIT $3 FOR UPDATE OF t SKIP LOCKED`,
      [soort, grens, aantal],
    );
    return rows.map((r) => r.id);
  }

  /**
   * People whose trajecten are all closed and past every kind's period (each kind done for each), not erased or made
   * anonymous yet and not restricted, each with those trajecten: what is left of them may no longer link to them.
   * `alleen`: judge only these people (again, under their lock).
   */
  async teAnonimiseren(
    m: EntityManager,
    soorten: number,
    aantal: number,
    alleen?: readonly string[],
  ): Promise<{ inwonerId: string; trajectIds: string[] }[]> {
    const klaar = (traject: string) =>
      `(SELECT count(*) FROM bewaartermijn_verwerkt v WHERE v.traject_id = ${traject}.id) >= $1`;
    return m.query(
      `SELECT p.inwoner_id AS "inwonerId", array_agg(t.id ORDER BY t.id)::text[] AS "trajectIds"
         FROM (SELECT DISTINCT t.inwoner_id FROM trajecten t
                WHERE t.gewist_op IS NULL AND t.afgesloten_op IS NOT NULL AND ${klaar('t')}
                  AND ($3::uuid[] IS NULL OR t.inwoner_id = ANY($3::uuid[]))
                  AND NOT EXISTS (SELECT 1 FROM trajecten o WHERE o.inwoner_id = t.inwoner_id AND o.gewist_op IS NULL
                                     AND (o.afgesloten_op IS NULL OR NOT ${klaar('o')}))
                  AND NOT ${beperktSql('t.inwoner_id')}
                LIMIT $2) p
         JOIN trajecten t ON t.inwoner_id = p.inwoner_id AND t.gewist_op IS NULL
        GROUP BY p.inwoner_id`,
      [soorten, aantal, alleen ?? null],
    );
  }

  async verwerkt(m: EntityManager, soort: string, trajectIds: readonly string[]): Promise<void> {
    await m.query(
      `INSERT INTO bewaartermijn_verwerkt (traject_id, soort) SELECT unnest($2::uuid[]), $1 ON CONFLICT DO NOTHING`,
      [soort, trajectIds],
    );
  }
}
