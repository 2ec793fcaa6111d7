import { MigrationInterface, QueryRunner } from 'typeorm';
import { addAuditWieNaam } from '@wiz/platform';

/** Issue 20: the reader's display name on each audit row, for the inwoner's "who read my data". */
export class AuditWieNaam1766420000000 implements MigrationInterface {
  name = 'AuditWieNaam1766420000000';

  async up(q: QueryRunner): Promise<void> {
    await addAuditWieNaam(q);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE audit_log DROP COLUMN wie_naam');
  }
}
