import { MigrationInterface, QueryRunner } from 'typeorm';

export class Aanmeldingen1763856100000 implements MigrationInterface {
  name = 'Aanmeldingen1763856100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE inwoners (
        id uuid PRIMARY KEY,
        voornaam text NOT NULL,
        achternaam text NOT NULL,
        geboortedatum date NOT NULL,
        postcode text NOT NULL,
        huisnummer text NOT NULL,
        gemeentecode text NOT NULL,
        email text,
        telefoon text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE aanmeldingen (
        id uuid PRIMARY KEY,
        inwoner_id uuid NOT NULL REFERENCES inwoners (id),
        kanaal text NOT NULL,
        status text NOT NULL,
        organisatie text NOT NULL,
        gemeentecode text NOT NULL,
        route jsonb NOT NULL,
        situatie jsonb NOT NULL,
        hulpvraag text NOT NULL,
        geregistreerd_door text NOT NULL,
        geregistreerd_door_organisatie text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX aanmeldingen_inwoner ON aanmeldingen (inwoner_id)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE aanmeldingen');
    await q.query('DROP TABLE inwoners');
  }
}
