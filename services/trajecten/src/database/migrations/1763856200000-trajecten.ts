import { MigrationInterface, QueryRunner } from 'typeorm';

export class Trajecten1763856200000 implements MigrationInterface {
  name = 'Trajecten1763856200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE trajecten (
        id uuid PRIMARY KEY,
        inwoner_id uuid NOT NULL,
        aanmelding_id uuid NOT NULL UNIQUE,
        organisatie text NOT NULL,
        gemeentecode text NOT NULL,
        status text NOT NULL,
        huidige_stap text NOT NULL,
        stappen jsonb NOT NULL,
        versie integer NOT NULL,
        gestart_op timestamptz NOT NULL
      )`);
    await q.query('CREATE INDEX trajecten_inwoner ON trajecten (inwoner_id)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE trajecten');
  }
}
