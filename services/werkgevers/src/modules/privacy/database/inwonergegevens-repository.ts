import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { vergrendelInwoners } from '@wiz/platform';

type Sql = Pick<EntityManager, 'query'>;

/**
 * Placements made anonymous: the inwoner and traject ids replaced by fresh random ones (one per person and per
 * traject in the batch, so counts per person stay), the free-text end reason dropped, and marked so they take no
 * further change. What the afspraakbanen, SROI and monitor figures count stays: dates, hours, employer, doelgroep.
 * `kiesSql` selects the placements (`id, inwoner_id, traject_id`), locking them.
 */
async function anonimiseer(m: Sql, kiesSql: string, args: unknown[]): Promise<number> {
  const rijen: { id: string; inwoner_id: string; traject_id: string }[] = await m.query(kiesSql, args);
  if (rijen.length === 0) return 0;
  const nieuw = new Map<string, string>();
  const pseudoniem = (id: string) => nieuw.get(id) ?? nieuw.set(id, randomUUID()).get(id)!;
  await m.query(
    `UPDATE plaatsingen p SET inwoner_id = v.i, traject_id = v.t, eind_reden = NULL, geanonimiseerd_op = now()
       FROM unnest($1::uuid[], $2::uuid[], $3::uuid[]) AS v (id, i, t) WHERE p.id = v.id`,
    [rijen.map((r) => r.id), rijen.map((r) => pseudoniem(r.inwoner_id)), rijen.map((r) => pseudoniem(r.traject_id))],
  );
  return rijen.length;
}

/**
 * What werkgevers holds about one inwoner across its tables (kandidaten, toestemmingen, uitkeringssituaties,
 * plaatsingen), for the inwoner's rights and retention: the one place that moves, destroys or anonymises it.
 */
@Injectable()
export class InwonergegevensRepository {
  /** A merge: every row of `van` now belongs to `naar`; of two consents (per purpose and vacancy) or benefit situations the newest stays. */
  async verplaats(m: Sql, van: string, naar: string): Promise<void> {
    await m.query('UPDATE kandidaten SET inwoner_id = $2 WHERE inwoner_id = $1', [van, naar]);
    await m.query('UPDATE plaatsingen SET inwoner_id = $2 WHERE inwoner_id = $1', [van, naar]);
    await m.query(
      `INSERT INTO toestemmingen (inwoner_id, doel, vacature_id, gegeven, gewijzigd_op, geldig_tot, toestemming_id)
       SELECT $2, doel, vacature_id, gegeven, gewijzigd_op, geldig_tot, toestemming_id FROM toestemmingen WHERE inwoner_id = $1
       ON CONFLICT (inwoner_id, doel, vacature_id) DO UPDATE SET gegeven = excluded.gegeven, gewijzigd_op = excluded.gewijzigd_op,
              geldig_tot = excluded.geldig_tot, toestemming_id = excluded.toestemming_id
       WHERE toestemmingen.gewijzigd_op < excluded.gewijzigd_op`,
      [van, naar],
    );
    await m.query(
      `INSERT INTO uitkeringssituaties (inwoner_id, uitkering, uitkering_sinds, doelgroepregister, aangemeld_op)
       SELECT $2, uitkering, uitkering_sinds, doelgroepregister, aangemeld_op FROM uitkeringssituaties WHERE inwoner_id = $1
       ON CONFLICT (inwoner_id) DO UPDATE SET uitkering = excluded.uitkering, uitkering_sinds = excluded.uitkering_sinds,
         doelgroepregister = excluded.doelgroepregister, aangemeld_op = excluded.aangemeld_op
       WHERE uitkeringssituaties.aangemeld_op < excluded.aangemeld_op`,
      [van, naar],
    );
    await this.wisProfielen(m, [van]);
  }

  /** Erasure: the profile, consent and benefit situation destroyed, the placements made anonymous. */
  async wis(m: Sql, inwonerId: string): Promise<void> {
    await anonimiseer(
      m,
      'SELECT id, inwoner_id, traject_id FROM plaatsingen WHERE inwoner_id = $1 AND geanonimiseerd_op IS NULL FOR UPDATE',
      [inwonerId],
    );
    await this.wisProfielen(m, [inwonerId]);
  }

  /** The traject projections with their profiles (skills, release), consents and benefit situations of these inwoners. */
  async wisProfielen(m: Sql, inwonerIds: readonly string[]): Promise<void> {
    for (const tabel of ['kandidaten', 'toestemmingen', 'uitkeringssituaties'])
      await m.query(`DELETE FROM ${tabel} WHERE inwoner_id = ANY($1::uuid[])`, [inwonerIds]);
  }

  /**
   * Retention of profiles: destroys the profiles, consents and benefit situations of up to `aantal` inwoners whose
   * every traject here closed on or before `grens`; answers how many inwoners. Chosen again after locking them (a
   * traject may have started meanwhile).
   */
  async wisVerlopenProfielen(m: Sql, grens: string, aantal: number): Promise<number> {
    const verlopen = async (ids: string[] | null): Promise<string[]> => {
      const rijen: { inwoner_id: string }[] = await m.query(
        `SELECT k.inwoner_id FROM kandidaten k LEFT JOIN traject_afsluitingen a ON a.traject_id = k.traject_id
          WHERE $3::uuid[] IS NULL OR k.inwoner_id = ANY($3::uuid[])
          GROUP BY k.inwoner_id HAVING bool_and(a.afgesloten_op IS NOT NULL AND a.afgesloten_op <= $1::date)
          ORDER BY k.inwoner_id LIMIT $2`,
        [grens, aantal, ids],
      );
      return rijen.map((r) => r.inwoner_id);
    };
    const kandidaten = await verlopen(null);
    if (kandidaten.length === 0) return 0;
    await vergrendelInwoners(m, kandidaten);
    const ids = await verlopen(kandidaten);
    await this.wisProfielen(m, ids);
    return Math.max(ids.length, 1);
  }

  /** Anonymises up to `aantal` placements whose traject closed on or before `grens`; answers how many. */
  async anonimiseerAfgesloten(m: Sql, grens: string, aantal: number): Promise<number> {
    return anonimiseer(
      m,
      `SELECT p.id, p.inwoner_id, p.traject_id FROM plaatsingen p JOIN traject_afsluitingen a ON a.traject_id = p.traject_id
        WHERE a.afgesloten_op <= $1::date AND p.geanonimiseerd_op IS NULL ORDER BY p.id LIMIT $2 FOR UPDATE OF p SKIP LOCKED`,
      [grens, aantal],
    );
  }
}
