import { MigrationInterface, QueryRunner } from 'typeorm';
import { createAuditLogIndexes, renameLegacyAuditColumns } from '@wiz/platform';

/**
 * werkgevers' audit_log in the one shape of every service, its rows kept: `onderwerp` (the record changed) becomes
 * `wat_id`, its kind follows from the actie (a stored generated column, then a plain one: no row is UPDATEd, which
 * the append-only trigger refuses). Those rows were configuration changes and confirmations, about no inwoner.
 */
export class AuditLogEenvormig1766000000000 implements MigrationInterface {
  name = 'AuditLogEenvormig1766000000000';

  async up(q: QueryRunner): Promise<void> {
    await renameLegacyAuditColumns(q);
    await q.query('ALTER TABLE audit_log RENAME COLUMN onderwerp TO wat_id');
    await q.query('ALTER TABLE audit_log ALTER COLUMN wat_id DROP NOT NULL, ALTER COLUMN details DROP NOT NULL');
    await q.query(`
      ALTER TABLE audit_log ADD COLUMN wat_soort text GENERATED ALWAYS AS (CASE actie
        WHEN 'skill-toevoegen' THEN 'skill' WHEN 'synoniem-toevoegen' THEN 'skill'
        WHEN 'sroi-doelgroep-bevestigen' THEN 'plaatsing' WHEN 'vacature-status-wijzigen' THEN 'vacature'
        ELSE actie END) STORED`);
    await q.query('ALTER TABLE audit_log ALTER COLUMN wat_soort DROP EXPRESSION');
    await q.query('ALTER TABLE audit_log ALTER COLUMN wat_soort SET NOT NULL');
    await q.query(`ALTER TABLE audit_log ADD COLUMN doel text NOT NULL DEFAULT 'werkgeversdienstverlening'`);
    await q.query('ALTER TABLE audit_log ALTER COLUMN doel DROP DEFAULT');
    await q.query(`ALTER TABLE audit_log ADD COLUMN inwoner_ids uuid[] NOT NULL DEFAULT '{}'`);
    await createAuditLogIndexes(q);
  }

  async down(): Promise<void> {
    throw new Error('AuditLogEenvormig1766000000000 cannot be reverted');
  }
}
