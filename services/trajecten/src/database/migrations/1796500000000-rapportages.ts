import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Published council reports. A report is frozen when published: its figures (as the JSON text that was served),
 * the counting definition version and both files are stored once and never regenerated. Nothing may change or
 * remove them: the runtime role gets SELECT and INSERT only (app.module's appendOnly), and a trigger refuses
 * UPDATE, DELETE and TRUNCATE even to the owner. A correction is a new version of the same periode and gemeente,
 * with its reason; the unique index makes two simultaneous publications of one version impossible.
 */
export class Rapportages1796500000000 implements MigrationInterface {
  name = 'Rapportages1796500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE rapportages (
        id uuid PRIMARY KEY,
        periode text NOT NULL,
        gemeentecode text,
        versie int NOT NULL,
        reden text,
        definitie_versie int NOT NULL,
        cijfers text NOT NULL,
        gepubliceerd_door text NOT NULL,
        rollen text[] NOT NULL,
        organisatie text NOT NULL,
        correlation_id text,
        gepubliceerd_op timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE UNIQUE INDEX rapportages_versie ON rapportages (periode, coalesce(gemeentecode, 'regio'), versie)`,
    );
    await q.query(`
      CREATE TABLE rapportage_bestanden (
        rapportage_id uuid NOT NULL REFERENCES rapportages (id),
        formaat text NOT NULL CHECK (formaat IN ('pdf', 'xlsx')),
        inhoud bytea NOT NULL,
        sha256 text NOT NULL,
        PRIMARY KEY (rapportage_id, formaat)
      )`);
    await q.query(`
      CREATE FUNCTION rapportage_bevroren() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'a published rapportage never changes'; END $$`);
    for (const tabel of ['rapportages', 'rapportage_bestanden']) {
      await q.query(
        `CREATE TRIGGER ${tabel}_bevroren BEFORE UPDATE OR DELETE ON ${tabel} FOR EACH ROW EXECUTE FUNCTION rapportage_bevroren()`,
      );
      await q.query(
        `CREATE TRIGGER ${tabel}_geen_truncate BEFORE TRUNCATE ON ${tabel} FOR EACH STATEMENT EXECUTE FUNCTION rapportage_bevroren()`,
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE rapportage_bestanden, rapportages');
    await q.query('DROP FUNCTION rapportage_bevroren');
  }
}
