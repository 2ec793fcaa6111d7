import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The traject version at which werkgevers last learnt a traject's organisation (traject-toegewezen: at its start,
 * a reassignment, an accepted handover). Kept apart from `versie`, the version of the step: the two kinds of change
 * interleave in one numbering, so one column would let a newer handover swallow an older step change still on its
 * way. 0: the organisation as traject-gestart told it, before any assignment arrived (every existing row).
 */
export class TrajectOrganisatieVersie1765200000000 implements MigrationInterface {
  name = 'TrajectOrganisatieVersie1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE kandidaten ADD COLUMN organisatie_versie integer NOT NULL DEFAULT 0');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE kandidaten DROP COLUMN organisatie_versie');
  }
}
