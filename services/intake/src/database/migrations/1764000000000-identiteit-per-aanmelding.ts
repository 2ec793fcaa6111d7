import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Person data per aanmelding (issue 14, finding 1). Every aanmelding keeps the person data as it captured it, and
 * an organisation sees an inwoner through its own aanmeldingen only; the inwoner row keeps the identity as first
 * registered and is never changed by a later aanmelding. An aanmelding whose name or birth date differs from the
 * identity held for its BSN gets an identiteitscontrole for beheer. Consent changes record the organisation.
 * Existing aanmeldingen get the inwoner's current data: what each captured before was not kept.
 */
export class IdentiteitPerAanmelding1764000000000 implements MigrationInterface {
  name = 'IdentiteitPerAanmelding1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE aanmeldingen
        ADD COLUMN voornaam text, ADD COLUMN achternaam text, ADD COLUMN geboortedatum date, ADD COLUMN postcode text,
        ADD COLUMN huisnummer text, ADD COLUMN email text, ADD COLUMN telefoon text, ADD COLUMN geslacht text`);
    await q.query(`
      UPDATE aanmeldingen a
         SET voornaam = i.voornaam, achternaam = i.achternaam, geboortedatum = i.geboortedatum, postcode = i.postcode,
             huisnummer = i.huisnummer, email = i.email, telefoon = i.telefoon, geslacht = i.geslacht
        FROM inwoners i WHERE i.id = a.inwoner_id`);
    await q.query(`
      ALTER TABLE aanmeldingen
        ALTER COLUMN voornaam SET NOT NULL, ALTER COLUMN achternaam SET NOT NULL, ALTER COLUMN geboortedatum SET NOT NULL,
        ALTER COLUMN postcode SET NOT NULL, ALTER COLUMN huisnummer SET NOT NULL`);
    await q.query('CREATE INDEX aanmeldingen_naam_geboortedatum ON aanmeldingen (lower(achternaam), geboortedatum)');
    await q.query(
      'CREATE INDEX aanmeldingen_geregistreerd_door_organisatie ON aanmeldingen (geregistreerd_door_organisatie)',
    );
    await q.query(`
      CREATE TABLE identiteitscontroles (
        id uuid PRIMARY KEY,
        aanmelding_id uuid NOT NULL UNIQUE REFERENCES aanmeldingen (id),
        inwoner_id uuid NOT NULL REFERENCES inwoners (id),
        afwijkende_velden text[] NOT NULL,
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'zelfde-persoon', 'andere-persoon')),
        gevonden_op timestamptz NOT NULL DEFAULT now(),
        beoordeeld_door text,
        beoordeeld_op timestamptz,
        toelichting text
      )`);
    await q.query(`CREATE INDEX identiteitscontroles_status ON identiteitscontroles (status, gevonden_op)`);
    await q.query('ALTER TABLE toestemmingen ADD COLUMN gewijzigd_door_organisatie text');
    await q.query('ALTER TABLE toestemming_wijzigingen ADD COLUMN gewijzigd_door_organisatie text');
    await q.query(
      'CREATE INDEX inwoners_dubbel_sleutel_nieuwste ON inwoners (dubbel_sleutel, created_at DESC, id DESC)',
    );
    await q.query('DROP INDEX inwoners_dubbel_sleutel');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('CREATE INDEX inwoners_dubbel_sleutel ON inwoners (dubbel_sleutel)');
    await q.query('DROP INDEX inwoners_dubbel_sleutel_nieuwste');
    await q.query('ALTER TABLE toestemming_wijzigingen DROP COLUMN gewijzigd_door_organisatie');
    await q.query('ALTER TABLE toestemmingen DROP COLUMN gewijzigd_door_organisatie');
    await q.query('DROP TABLE identiteitscontroles');
    await q.query('DROP INDEX aanmeldingen_geregistreerd_door_organisatie');
    await q.query('DROP INDEX aanmeldingen_naam_geboortedatum');
    await q.query(`
      ALTER TABLE aanmeldingen
        DROP COLUMN voornaam, DROP COLUMN achternaam, DROP COLUMN geboortedatum, DROP COLUMN postcode,
        DROP COLUMN huisnummer, DROP COLUMN email, DROP COLUMN telefoon, DROP COLUMN geslacht`);
  }
}
