import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 19, parts 4–6. Corrections: the inwoner gets a version (If-Match) and an append-only history of every
 * changed field. Merges: a merged-away record points to the one kept and pairs can be marked as different people.
 * Anonymous orientation: an inwoner and an aanmelding may lack surname, birth date and address until identified,
 * and an anonymous aanmelding's aanmelding-afgerond waits (afgerond_gepubliceerd) until then.
 * The two histories are append-only for the runtime role (IntakeModule's appendOnly) but carry no owner trigger:
 * they hold names and addresses, which an erasure (AVG art. 17) must still be able to destroy.
 */
export class CorrectieSamenvoegingAnoniem1766100000000 implements MigrationInterface {
  name = 'CorrectieSamenvoegingAnoniem1766100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE inwoners
        ADD COLUMN versie integer NOT NULL DEFAULT 1,
        ADD COLUMN samengevoegd_in uuid REFERENCES inwoners (id),
        ADD COLUMN samengevoegd_op timestamptz,
        ADD COLUMN anoniem boolean NOT NULL DEFAULT false,
        ALTER COLUMN achternaam DROP NOT NULL,
        ALTER COLUMN geboortedatum DROP NOT NULL,
        ALTER COLUMN postcode DROP NOT NULL,
        ALTER COLUMN huisnummer DROP NOT NULL,
        ALTER COLUMN dubbel_sleutel DROP NOT NULL,
        ALTER COLUMN dubbel_sleutel DROP DEFAULT`);
    await q.query(`
      ALTER TABLE aanmeldingen
        ADD COLUMN anoniem boolean NOT NULL DEFAULT false,
        ADD COLUMN afgerond_gepubliceerd boolean NOT NULL DEFAULT true,
        ALTER COLUMN achternaam DROP NOT NULL,
        ALTER COLUMN geboortedatum DROP NOT NULL,
        ALTER COLUMN postcode DROP NOT NULL,
        ALTER COLUMN huisnummer DROP NOT NULL`);
    await q.query(`
      CREATE TABLE inwoner_wijzigingen (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        inwoner_id uuid NOT NULL REFERENCES inwoners (id),
        versie integer NOT NULL,
        veld text NOT NULL,
        oud text,
        nieuw text,
        reden text NOT NULL,
        gewijzigd_door text NOT NULL,
        gewijzigd_door_organisatie text NOT NULL,
        gewijzigd_op timestamptz NOT NULL
      )`);
    await q.query('CREATE INDEX inwoner_wijzigingen_inwoner ON inwoner_wijzigingen (inwoner_id, id)');
    await q.query(`
      CREATE TABLE inwoner_samenvoegingen (
        vervallen_id uuid PRIMARY KEY REFERENCES inwoners (id),
        behouden_id uuid NOT NULL REFERENCES inwoners (id),
        reden text NOT NULL,
        samengevoegd_door text NOT NULL,
        samengevoegd_door_organisatie text NOT NULL,
        samengevoegd_op timestamptz NOT NULL
      )`);
    // Trajecten's events name the inwoner they were about; after a merge they still name the vervallen one.
    await q.query(`
      CREATE TABLE traject_inwoner_samenvoegingen (
        vervallen_id uuid PRIMARY KEY,
        behouden_id uuid NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE traject_inwoner_samenvoegingen, inwoner_samenvoegingen, inwoner_wijzigingen');
    await q.query('ALTER TABLE aanmeldingen DROP COLUMN anoniem, DROP COLUMN afgerond_gepubliceerd');
    await q.query(
      'ALTER TABLE inwoners DROP COLUMN versie, DROP COLUMN samengevoegd_in, DROP COLUMN samengevoegd_op, DROP COLUMN anoniem',
    );
  }
}
