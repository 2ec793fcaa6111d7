import { MigrationInterface, QueryRunner } from 'typeorm';

/** Schemes, the participant register (built from events), cost lines, claims and what was submitted. */
export class Subsidies1763930000000 implements MigrationInterface {
  name = 'Subsidies1763930000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE regelingen (
        code text PRIMARY KEY, naam text NOT NULL, startdatum date NOT NULL, einddatum date NOT NULL CHECK (einddatum >= startdatum),
        gemeentecodes text[] NOT NULL, cofinancieringspercentage numeric(5,2) NOT NULL CHECK (cofinancieringspercentage BETWEEN 0 AND 100),
        flat_rate_percentage numeric(5,2) CHECK (flat_rate_percentage BETWEEN 0 AND 40), kostensoorten text[] NOT NULL
      )`);
    await q.query(`
      CREATE TABLE deelnemers (
        inwoner_id uuid PRIMARY KEY, gemeentecode text NOT NULL, intrede_op date NOT NULL,
        arbeidsmarktstatus text, leeftijdsband text, opleidingsniveau text, geslacht text, arbeidsbeperking boolean NOT NULL DEFAULT false,
        uitstroom_op date, onderwijs boolean NOT NULL DEFAULT false, kwalificatie boolean NOT NULL DEFAULT false,
        werk_binnen_vier_weken boolean NOT NULL DEFAULT false, werk_na_zes_maanden boolean NOT NULL DEFAULT false
      )`);
    await q.query('CREATE TABLE deelnemer_trajecten (traject_id uuid PRIMARY KEY, inwoner_id uuid NOT NULL)');
    await q.query(`
      CREATE TABLE kostenregels (
        id uuid PRIMARY KEY, regeling_code text NOT NULL REFERENCES regelingen (code), inwoner_id uuid,
        soort text NOT NULL, bedrag_centen bigint NOT NULL CHECK (bedrag_centen >= 0), datum date NOT NULL,
        omschrijving text NOT NULL, bewijsstuk text, uren numeric(8,2), uurtarief_centen bigint, created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX kostenregels_regeling_datum ON kostenregels (regeling_code, datum)');
    await q.query(`
      CREATE TABLE declaraties (
        id uuid PRIMARY KEY, regeling_code text NOT NULL REFERENCES regelingen (code), periode_van date NOT NULL, periode_tot date NOT NULL,
        status text NOT NULL, voortgang integer NOT NULL DEFAULT 0, resultaat jsonb, fout text,
        aangemaakt_door text NOT NULL, created_at timestamptz NOT NULL DEFAULT now(), ingediend_op timestamptz
      )`);
    await q.query(`
      CREATE TABLE declaratie_regels (
        declaratie_id uuid NOT NULL REFERENCES declaraties (id), kostenregel_id uuid NOT NULL REFERENCES kostenregels (id),
        opgenomen boolean NOT NULL, reden text, PRIMARY KEY (declaratie_id, kostenregel_id)
      )`);
    // The rule "a cost line is claimed at most once, ever" is this primary key: two submissions that share a line
    // cannot both commit, whatever the code does.
    await q.query(`
      CREATE TABLE ingediende_kostenregels (
        kostenregel_id uuid PRIMARY KEY REFERENCES kostenregels (id), declaratie_id uuid NOT NULL REFERENCES declaraties (id),
        regeling_code text NOT NULL, bewijsstuk text
      )`);
    await q.query(
      'CREATE INDEX ingediende_bewijsstukken ON ingediende_kostenregels (bewijsstuk) WHERE bewijsstuk IS NOT NULL',
    );
    await q.query(`
      CREATE TABLE declaratie_audit (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, declaratie_id uuid NOT NULL, actie text NOT NULL, door text NOT NULL,
        op timestamptz NOT NULL DEFAULT now(), details jsonb
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      'DROP TABLE declaratie_audit, ingediende_kostenregels, declaratie_regels, declaraties, kostenregels, deelnemer_trajecten, deelnemers, regelingen',
    );
  }
}
