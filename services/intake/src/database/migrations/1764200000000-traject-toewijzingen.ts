import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 18: who holds each traject, as trajecten's traject-toegewezen tells it (the highest versie only), and the
 * aanmelding it came from (traject-gestart), so intake can let the consulent of that traject read that aanmelding's
 * person. Names employees, never the inwoner's data.
 */
export class TrajectToewijzingen1764200000000 implements MigrationInterface {
  name = 'TrajectToewijzingen1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE traject_toewijzingen (
        traject_id uuid PRIMARY KEY,
        inwoner_id uuid NOT NULL,
        organisatie text NOT NULL,
        team text,
        consulent text,
        versie integer NOT NULL,
        toegewezen_op timestamptz NOT NULL
      )`);
    await q.query('CREATE INDEX traject_toewijzingen_inwoner ON traject_toewijzingen (inwoner_id)');
    // From traject-gestart: the aanmelding each traject came from, the only one its holders read.
    await q.query(`
      CREATE TABLE traject_aanmeldingen (
        traject_id uuid PRIMARY KEY,
        aanmelding_id uuid NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE traject_aanmeldingen, traject_toewijzingen');
  }
}
