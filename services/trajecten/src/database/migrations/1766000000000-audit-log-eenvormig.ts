import { MigrationInterface, QueryRunner } from 'typeorm';
import { createAuditLogIndexes, renameLegacyAuditColumns } from '@wiz/platform';

/**
 * trajecten's audit_log in the one shape of every service, its rows kept. A database made before this change has
 * the journal-and-plan shape (one traject_id per row); a new one gets the new shape from JournaalPlan1797100000000,
 * which runs after this migration (its timestamp is later), so there is nothing to convert.
 *
 * The traject becomes `wat` (soort traject), and `inwoner_ids` is the traject's inwoner, looked up while the column
 * is rewritten (ALTER … TYPE … USING): no row goes through UPDATE, which the append-only trigger refuses.
 */
export class AuditLogEenvormig1766000000000 implements MigrationInterface {
  name = 'AuditLogEenvormig1766000000000';

  async up(q: QueryRunner): Promise<void> {
    const [oud] = await q.query(
      `SELECT 1 FROM information_schema.columns WHERE table_name = 'audit_log' AND column_name = 'traject_id'`,
    );
    if (!oud) return;
    await renameLegacyAuditColumns(q);
    await q.query('DROP INDEX audit_log_traject');
    await q.query('ALTER TABLE audit_log ADD COLUMN wat_id text GENERATED ALWAYS AS (traject_id::text) STORED');
    await q.query('ALTER TABLE audit_log ALTER COLUMN wat_id DROP EXPRESSION');
    await q.query(`
      CREATE FUNCTION audit_log_inwoner_van_traject(traject uuid) RETURNS uuid[] LANGUAGE sql STABLE AS
      $$ SELECT coalesce(array_agg(inwoner_id), '{}') FROM trajecten WHERE id = traject $$`);
    await q.query(
      'ALTER TABLE audit_log ALTER COLUMN traject_id TYPE uuid[] USING audit_log_inwoner_van_traject(traject_id)',
    );
    await q.query('DROP FUNCTION audit_log_inwoner_van_traject');
    await q.query('ALTER TABLE audit_log RENAME COLUMN traject_id TO inwoner_ids');
    await q.query(`ALTER TABLE audit_log ALTER COLUMN inwoner_ids SET DEFAULT '{}'`);
    await q.query(`ALTER TABLE audit_log ADD COLUMN wat_soort text NOT NULL DEFAULT 'traject'`);
    await q.query('ALTER TABLE audit_log ALTER COLUMN wat_soort DROP DEFAULT');
    await q.query(`ALTER TABLE audit_log ADD COLUMN doel text NOT NULL DEFAULT 'begeleiding'`);
    await q.query('ALTER TABLE audit_log ALTER COLUMN doel DROP DEFAULT');
    await q.query('ALTER TABLE audit_log ADD COLUMN details jsonb');
    await createAuditLogIndexes(q);
  }

  async down(): Promise<void> {
    // The old shape cannot hold what the new one records (lists, changes): no way back.
    throw new Error('AuditLogEenvormig1766000000000 cannot be reverted');
  }
}
