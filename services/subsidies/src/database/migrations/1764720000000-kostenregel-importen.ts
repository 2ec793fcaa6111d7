import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Large cost-line imports run as jobs: the upload waits here (`bestand`, cleared once handled) and the row shows
 * the status, progress and outcome (the number stored, or the problem with its row errors).
 */
export class KostenregelImporten1764720000000 implements MigrationInterface {
  name = 'KostenregelImporten1764720000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE kostenregel_importen (
        id uuid PRIMARY KEY, status text NOT NULL CHECK (status IN ('in-bewerking', 'verwerkt', 'geweigerd')),
        voortgang integer NOT NULL DEFAULT 0, content_type text NOT NULL, bestand bytea, aantal integer, uitkomst jsonb,
        organisatie text, aangemaakt_door text NOT NULL, created_at timestamptz NOT NULL DEFAULT now(), afgerond_op timestamptz
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE kostenregel_importen');
  }
}
