import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Consents as records (issue 20): each consent has its own id per inwoner, purpose and (for one vacancy's purpose)
 * vacancy, with when it was given, its last valid day, when it was withdrawn, who last changed it (with role) and
 * whether staff acted on behalf of the inwoner (namens). Giving again after a withdrawal makes a new record, so an
 * inwoner may hold several for one purpose, at most one not withdrawn (enforced under the inwoner's lock).
 * The history (append-only) names the consent each change belongs to.
 *
 * Existing data: one row per purpose with its history of staff changes. Each 'given' in the history starts a
 * consent, the withdrawals after it belong to it; its id (shaped as a version-4 uuid) is derived from the inwoner,
 * purpose and its number, so the history and the current row agree. A current row that was never given (only withdrawn) holds no consent and
 * goes; its history stays.
 */
export class ToestemmingPerDoel1766310000000 implements MigrationInterface {
  name = 'ToestemmingPerDoel1766310000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE toestemming_wijzigingen
        ADD COLUMN toestemming_id uuid, ADD COLUMN vacature_id uuid, ADD COLUMN geldig_tot date,
        ADD COLUMN gewijzigd_door_rol text, ADD COLUMN namens boolean NOT NULL DEFAULT true`);
    await q.query('ALTER TABLE toestemming_wijzigingen ALTER COLUMN namens DROP DEFAULT');
    await q.query(`
      UPDATE toestemming_wijzigingen w
         SET toestemming_id = (substr(n.h, 1, 8) || '-' || substr(n.h, 9, 4) || '-4' || substr(n.h, 14, 3) || '-8' ||
                               substr(n.h, 18, 3) || '-' || substr(n.h, 21, 12))::uuid
        FROM (SELECT id, md5(inwoner_id::text || '/' || doel || '/' || nummer) AS h FROM (SELECT id, inwoner_id, doel,
                     count(*) FILTER (WHERE gegeven) OVER (PARTITION BY inwoner_id, doel ORDER BY gewijzigd_op, id) AS nummer
                FROM toestemming_wijzigingen) genummerd) n
       WHERE n.id = w.id`);
    await q.query('ALTER TABLE toestemming_wijzigingen ALTER COLUMN toestemming_id SET NOT NULL');

    await q.query(`
      ALTER TABLE toestemmingen
        ADD COLUMN id uuid, ADD COLUMN vacature_id uuid, ADD COLUMN gegeven_op timestamptz, ADD COLUMN geldig_tot date,
        ADD COLUMN ingetrokken_op timestamptz, ADD COLUMN gewijzigd_door_rol text, ADD COLUMN namens boolean NOT NULL DEFAULT true`);
    await q.query('ALTER TABLE toestemmingen ALTER COLUMN namens DROP DEFAULT');
    await q.query(`
      UPDATE toestemmingen t SET id = g.toestemming_id, gegeven_op = g.gewijzigd_op,
             ingetrokken_op = CASE WHEN t.gegeven THEN NULL ELSE t.gewijzigd_op END
        FROM (SELECT DISTINCT ON (inwoner_id, doel) inwoner_id, doel, toestemming_id, gewijzigd_op
                FROM toestemming_wijzigingen WHERE gegeven ORDER BY inwoner_id, doel, gewijzigd_op DESC, id DESC) g
       WHERE g.inwoner_id = t.inwoner_id AND g.doel = t.doel`);
    await q.query('DELETE FROM toestemmingen WHERE id IS NULL');
    await q.query(`
      ALTER TABLE toestemmingen
        DROP CONSTRAINT toestemmingen_pkey,
        ADD PRIMARY KEY (id),
        ALTER COLUMN gegeven_op SET NOT NULL,
        ADD CONSTRAINT toestemmingen_gegeven_tot_ingetrokken CHECK (gegeven = (ingetrokken_op IS NULL)),
        ADD CONSTRAINT toestemmingen_vacature_bij_doel CHECK ((doel = 'profiel-delen-met-vacature') = (vacature_id IS NOT NULL))`);
    await q.query('CREATE INDEX toestemmingen_inwoner ON toestemmingen (inwoner_id, doel)');
    await q.query('CREATE INDEX toestemming_wijzigingen_inwoner ON toestemming_wijzigingen (inwoner_id, gewijzigd_op)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX toestemming_wijzigingen_inwoner, toestemmingen_inwoner');
    // Back to one row per purpose: the newest record of each.
    await q.query(`
      DELETE FROM toestemmingen t WHERE doel = 'profiel-delen-met-vacature'
         OR EXISTS (SELECT 1 FROM toestemmingen n WHERE n.inwoner_id = t.inwoner_id AND n.doel = t.doel AND n.gegeven_op > t.gegeven_op)`);
    await q.query(`
      ALTER TABLE toestemmingen
        DROP CONSTRAINT toestemmingen_vacature_bij_doel, DROP CONSTRAINT toestemmingen_gegeven_tot_ingetrokken,
        DROP CONSTRAINT toestemmingen_pkey, ADD PRIMARY KEY (inwoner_id, doel),
        DROP COLUMN id, DROP COLUMN vacature_id, DROP COLUMN gegeven_op, DROP COLUMN geldig_tot, DROP COLUMN ingetrokken_op,
        DROP COLUMN gewijzigd_door_rol, DROP COLUMN namens`);
    await q.query(`
      ALTER TABLE toestemming_wijzigingen
        DROP COLUMN toestemming_id, DROP COLUMN vacature_id, DROP COLUMN geldig_tot, DROP COLUMN gewijzigd_door_rol, DROP COLUMN namens`);
  }
}
