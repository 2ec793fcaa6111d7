import { MigrationInterface, QueryRunner } from 'typeorm';
import { createAuditLogTable } from '@wiz/platform';

/** subsidies' audit_log, in the one shape of every service: reads and changes of the participant register. */
export class AuditLog1766000000000 implements MigrationInterface {
  name = 'AuditLog1766000000000';

  async up(q: QueryRunner): Promise<void> {
    await createAuditLogTable(q);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE audit_log');
    await q.query('DROP FUNCTION audit_log_alleen_toevoegen');
  }
}
