import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Whether a stand-in was announced (vervanging-geregeld). Those stored before the event existed are not; the
 * service announces the ones still running or to come at start (VervangingenAankondiging), so intake learns them.
 */
export class VervangingenAangekondigd1797700000000 implements MigrationInterface {
  name = 'VervangingenAangekondigd1797700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE vervangingen ADD COLUMN aangekondigd boolean NOT NULL DEFAULT false');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE vervangingen DROP COLUMN aangekondigd');
  }
}
