import { MigrationInterface, QueryRunner } from 'typeorm';
import { createAuditLogIndexes, renameLegacyAuditColumns } from '@wiz/platform';

/**
 * trajecten's audit_log in the one shape of every service, its rows kept: JournaalPlan1797100000000 made it with
 * one traject_id per row. (The guard below only makes a second run harmless.)
 *
 * The traject becomes `wat` (soort traject), and `inwoner_ids` is the traject's inwoner, looked up while the column
 * is rewritten (ALTER … TYPE … USING): no row goes through UPDATE, which the append-only trigger refuses.
 */
export class AuditLogEenvormig1797200000000 implements MigrationInterface {
  name = 'AuditLogEenvormig1797200000000';

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

  /** Back to one traject per row; refused while rows exist that the old shape cannot hold (lists, other kinds). */
  async down(q: QueryRunner): Promise<void> {
    const [anders] = await q.query(`SELECT 1 FROM audit_log WHERE wat_soort <> 'traject' OR wat_id IS NULL LIMIT 1`);
    if (anders) throw new Error('AuditLogEenvormig1797200000000: audit rows that name no single traject; no way back');
    for (const index of ['audit_log_inwoners', 'audit_log_subject_at', 'audit_log_at']) {
      await q.query(`DROP INDEX ${index}`);
    }
    await q.query('ALTER TABLE audit_log DROP COLUMN inwoner_ids, DROP COLUMN doel, DROP COLUMN wat_soort');
    await q.query('ALTER TABLE audit_log DROP COLUMN details');
    await q.query('ALTER TABLE audit_log ALTER COLUMN wat_id TYPE uuid USING wat_id::uuid');
    await q.query('ALTER TABLE audit_log RENAME COLUMN wat_id TO traject_id');
    await q.query('ALTER TABLE audit_log ALTER COLUMN traject_id SET NOT NULL');
    await q.query('ALTER TABLE audit_log RENAME COLUMN at TO tijdstip');
    await q.query('ALTER TABLE audit_log RENAME COLUMN subject TO actor');
    await q.query('CREATE INDEX audit_log_traject ON audit_log (traject_id, tijdstip)');
  }
}
