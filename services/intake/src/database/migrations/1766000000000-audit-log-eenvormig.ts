import { MigrationInterface, QueryRunner } from 'typeorm';
import { createAuditLogIndexes, renameLegacyAuditColumns } from '@wiz/platform';

/**
 * intake's audit_log in the one shape of every service (libs/platform audit-log-table), its rows kept: one row per
 * inwoner becomes a row naming that one inwoner (`inwoner_ids`), about an inwoner (`wat_soort`). Renames, a new
 * column's default and ALTER … TYPE rewrite no row through the append-only trigger.
 */
export class AuditLogEenvormig1766000000000 implements MigrationInterface {
  name = 'AuditLogEenvormig1766000000000';

  async up(q: QueryRunner): Promise<void> {
    await renameLegacyAuditColumns(q);
    await q.query('DROP INDEX audit_log_inwoner');
    await q.query('ALTER TABLE audit_log ALTER COLUMN inwoner_id TYPE uuid[] USING ARRAY[inwoner_id]');
    await q.query('ALTER TABLE audit_log RENAME COLUMN inwoner_id TO inwoner_ids');
    await q.query(`ALTER TABLE audit_log ALTER COLUMN inwoner_ids SET DEFAULT '{}'`);
    await q.query(`ALTER TABLE audit_log ADD COLUMN wat_soort text NOT NULL DEFAULT 'inwoner'`);
    await q.query('ALTER TABLE audit_log ALTER COLUMN wat_soort DROP DEFAULT');
    await q.query('ALTER TABLE audit_log ADD COLUMN wat_id text, ADD COLUMN details jsonb');
    await createAuditLogIndexes(q);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX audit_log_inwoners, audit_log_subject_at, audit_log_at');
    await q.query('ALTER TABLE audit_log DROP COLUMN wat_soort, DROP COLUMN wat_id, DROP COLUMN details');
    await q.query('ALTER TABLE audit_log ALTER COLUMN inwoner_ids DROP DEFAULT');
    await q.query('ALTER TABLE audit_log RENAME COLUMN inwoner_ids TO inwoner_id');
    await q.query('ALTER TABLE audit_log ALTER COLUMN inwoner_id TYPE uuid USING inwoner_id[1]');
    await q.query('CREATE INDEX audit_log_inwoner ON audit_log (inwoner_id, at)');
    await q.query('ALTER TABLE audit_log RENAME COLUMN at TO tijdstip');
    await q.query('ALTER TABLE audit_log RENAME COLUMN subject TO actor');
  }
}
