import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A vacancy's status (open, vervuld, ingetrokken) with the reason it was last set; every existing vacancy is open.
 * Placements are counted per vacancy for "x van y vervuld", so they get an index on it.
 */
export class VacatureStatus1765100000000 implements MigrationInterface {
  name = 'VacatureStatus1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE vacatures
        ADD COLUMN status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'vervuld', 'ingetrokken')),
        ADD COLUMN status_reden text`);
    await q.query('CREATE INDEX vacatures_status ON vacatures (status)');
    await q.query('CREATE INDEX plaatsingen_vacature ON plaatsingen (vacature_id) WHERE vacature_id IS NOT NULL');
    await q.query(
      'CREATE INDEX plaatsingen_arrangement ON plaatsingen (arrangement_id) WHERE arrangement_id IS NOT NULL',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX plaatsingen_arrangement, plaatsingen_vacature, vacatures_status');
    await q.query('ALTER TABLE vacatures DROP COLUMN status_reden, DROP COLUMN status');
  }
}
