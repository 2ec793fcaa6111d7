import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The stand-ins trajecten arranged (vervanging-geregeld): in their period the vervanger reads the people whose
 * trajecten the consulent stood in for holds, as trajecten lets them read the journal and plan. Employees only.
 */
export class TrajectVervangingen1766340000000 implements MigrationInterface {
  name = 'TrajectVervangingen1766340000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE traject_vervangingen (
        id uuid PRIMARY KEY,
        organisatie text NOT NULL,
        vervanger text NOT NULL,
        voor text NOT NULL,
        van date NOT NULL,
        tot date NOT NULL
      )`);
    await q.query('CREATE INDEX traject_vervangingen_vervanger ON traject_vervangingen (vervanger, voor)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE traject_vervangingen');
  }
}
