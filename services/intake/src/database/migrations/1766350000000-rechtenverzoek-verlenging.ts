import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An extension of a rights request's term (AVG art. 12(3)): when, by whom and why, with the first deadline kept
 * beside the new one in `uiterlijk_op` (the task list sorts by the deadline in force).
 */
export class RechtenverzoekVerlenging1766350000000 implements MigrationInterface {
  name = 'RechtenverzoekVerlenging1766350000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE rechtenverzoeken
        ADD COLUMN oorspronkelijk_uiterlijk_op date,
        ADD COLUMN verlengd_op timestamptz,
        ADD COLUMN verlengd_door text,
        ADD COLUMN verlenging_reden text,
        ADD CHECK ((verlengd_op IS NULL) = (oorspronkelijk_uiterlijk_op IS NULL))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE rechtenverzoeken DROP COLUMN oorspronkelijk_uiterlijk_op, DROP COLUMN verlengd_op,
        DROP COLUMN verlengd_door, DROP COLUMN verlenging_reden`);
  }
}
