import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Consents per purpose (issue 20): one row per inwoner, purpose and (for one vacancy's purpose) vacancy, each the
 * newest change heard, with its last valid day and the consent record it belongs to. The rows held so far were
 * all for sharing with employers.
 */
export class ToestemmingPerDoel1766510000000 implements MigrationInterface {
  name = 'ToestemmingPerDoel1766510000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE toestemmingen
        ADD COLUMN doel text NOT NULL DEFAULT 'profiel-delen-met-werkgevers',
        ADD COLUMN vacature_id uuid,
        ADD COLUMN geldig_tot date,
        ADD COLUMN toestemming_id uuid,
        DROP CONSTRAINT toestemmingen_pkey`);
    await q.query('ALTER TABLE toestemmingen ALTER COLUMN doel DROP DEFAULT');
    // NULLS NOT DISTINCT: the purposes without a vacancy still have one row each.
    await q.query(
      'ALTER TABLE toestemmingen ADD CONSTRAINT toestemmingen_per_doel UNIQUE NULLS NOT DISTINCT (inwoner_id, doel, vacature_id)',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM toestemmingen WHERE doel <> 'profiel-delen-met-werkgevers'`);
    await q.query('ALTER TABLE toestemmingen DROP CONSTRAINT toestemmingen_per_doel');
    await q.query(
      'ALTER TABLE toestemmingen DROP COLUMN doel, DROP COLUMN vacature_id, DROP COLUMN geldig_tot, DROP COLUMN toestemming_id',
    );
    await q.query('ALTER TABLE toestemmingen ADD PRIMARY KEY (inwoner_id)');
  }
}
