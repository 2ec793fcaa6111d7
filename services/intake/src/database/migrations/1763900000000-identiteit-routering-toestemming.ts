import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Protected identity (encrypted BSN + lookup hash), likely-duplicate flags, the versioned routing table,
 * consents with their history, and the append-only audit log of reads of personal data.
 */
export class IdentiteitRouteringToestemming1763900000000 implements MigrationInterface {
  name = 'IdentiteitRouteringToestemming1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE inwoners
        ADD COLUMN bsn_hash bytea UNIQUE,
        ADD COLUMN bsn_versleuteld bytea,
        ADD COLUMN bsn_sleutel_id text,
        ADD COLUMN geslacht text,
        ADD COLUMN dubbel_sleutel text NOT NULL DEFAULT '',
        ADD CONSTRAINT inwoners_bsn_compleet CHECK ((bsn_hash IS NULL) = (bsn_versleuteld IS NULL) AND (bsn_hash IS NULL) = (bsn_sleutel_id IS NULL))`);
    await q.query('CREATE INDEX inwoners_dubbel_sleutel ON inwoners (dubbel_sleutel)');
    await q.query('CREATE INDEX inwoners_naam_geboortedatum ON inwoners (lower(achternaam), geboortedatum)');
    await q.query(`
      ALTER TABLE aanmeldingen
        ADD COLUMN routeringsversie integer,
        ADD COLUMN routeringsregel text,
        ADD COLUMN hulpvraag_soort text NOT NULL DEFAULT 'onbekend',
        ADD COLUMN participatieladder smallint`);
    await q.query('CREATE INDEX aanmeldingen_organisatie ON aanmeldingen (organisatie)');
    await q.query(`
      CREATE TABLE mogelijke_dubbelen (
        id uuid PRIMARY KEY,
        inwoner_id uuid NOT NULL REFERENCES inwoners (id),
        kandidaat_id uuid NOT NULL REFERENCES inwoners (id),
        gevonden_op timestamptz NOT NULL DEFAULT now(),
        status text NOT NULL DEFAULT 'open',
        UNIQUE (inwoner_id, kandidaat_id)
      )`);
    await q.query(`
      CREATE TABLE routeringsregels (
        versie integer PRIMARY KEY,
        tabel jsonb NOT NULL,
        toelichting text NOT NULL,
        vastgesteld_door text NOT NULL,
        vastgesteld_op timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE toestemmingen (
        inwoner_id uuid NOT NULL REFERENCES inwoners (id),
        doel text NOT NULL,
        gegeven boolean NOT NULL,
        gewijzigd_op timestamptz NOT NULL,
        gewijzigd_door text NOT NULL,
        PRIMARY KEY (inwoner_id, doel)
      )`);
    await q.query(`
      CREATE TABLE toestemming_wijzigingen (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        inwoner_id uuid NOT NULL REFERENCES inwoners (id),
        doel text NOT NULL,
        gegeven boolean NOT NULL,
        gewijzigd_op timestamptz NOT NULL,
        gewijzigd_door text NOT NULL
      )`);
    await q.query(`
      CREATE TABLE audit_log (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        tijdstip timestamptz NOT NULL DEFAULT now(),
        actor text NOT NULL,
        rollen text[] NOT NULL,
        organisatie text NOT NULL,
        actie text NOT NULL,
        inwoner_id uuid NOT NULL,
        doel text NOT NULL,
        correlation_id text NOT NULL
      )`);
    await q.query('CREATE INDEX audit_log_inwoner ON audit_log (inwoner_id, tijdstip)');
    // Append-only, enforced by the database: no role of the application can rewrite what was read by whom.
    await q.query(`
      CREATE FUNCTION audit_log_alleen_toevoegen() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$`);
    await q.query(
      `CREATE TRIGGER audit_log_geen_wijziging BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_alleen_toevoegen()`,
    );
    await q.query(
      `CREATE TRIGGER audit_log_geen_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_alleen_toevoegen()`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE audit_log');
    await q.query('DROP FUNCTION audit_log_alleen_toevoegen');
    await q.query('DROP TABLE toestemming_wijzigingen, toestemmingen, routeringsregels, mogelijke_dubbelen');
    await q.query(
      'ALTER TABLE aanmeldingen DROP COLUMN routeringsversie, DROP COLUMN routeringsregel, DROP COLUMN hulpvraag_soort, DROP COLUMN participatieladder',
    );
    await q.query(
      'ALTER TABLE inwoners DROP CONSTRAINT inwoners_bsn_compleet, DROP COLUMN bsn_hash, DROP COLUMN bsn_versleuteld, DROP COLUMN bsn_sleutel_id, DROP COLUMN geslacht, DROP COLUMN dubbel_sleutel',
    );
  }
}
