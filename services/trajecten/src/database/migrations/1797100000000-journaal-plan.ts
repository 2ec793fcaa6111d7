import { MigrationInterface, QueryRunner } from 'typeorm';
import { createAppendOnlyTriggers } from '@wiz/platform';

/** Tables no role of the application may rewrite: the runtime role gets SELECT and INSERT (app.module's appendOnly). */
const ALLEEN_TOEVOEGEN = ['journaal_notities', 'plan_akkoorden', 'audit_log'];

/** The columns goals and actions share: their status (who set it, when) and who added them, when. */
const STATUS_EN_HERKOMST = `
  status text NOT NULL CHECK (status IN ('open', 'bezig', 'behaald', 'vervallen')),
  aangemaakt_door text NOT NULL,
  aangemaakt_op timestamptz NOT NULL DEFAULT clock_timestamp(),
  status_door text NOT NULL,
  status_op timestamptz NOT NULL DEFAULT clock_timestamp()`;

/**
 * The journal and the plan of a traject (issue 18), and trajecten's audit log of reading them. A note is never
 * changed or removed: a correction is a new row (the next versie of the same notitie_id, linked to the row it
 * corrects). Goals and actions carry a status that changes; each agreement with the inwoner is a new row. A trigger
 * refuses UPDATE, DELETE and TRUNCATE on the append-only tables even to the owner.
 */
export class JournaalPlan1797100000000 implements MigrationInterface {
  name = 'JournaalPlan1797100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE journaal_notities (
        id uuid PRIMARY KEY,
        notitie_id uuid NOT NULL,
        versie int NOT NULL CHECK (versie >= 1),
        vorige_id uuid REFERENCES journaal_notities (id),
        traject_id uuid NOT NULL REFERENCES trajecten (id),
        soort text NOT NULL CHECK (soort IN ('gesprek', 'afspraak', 'signaal')),
        tekst text NOT NULL,
        datum date NOT NULL,
        gevoelig boolean NOT NULL,
        auteur text NOT NULL,
        auteur_organisatie text NOT NULL,
        auteur_team text,
        reden text,
        geschreven_op timestamptz NOT NULL DEFAULT clock_timestamp(),
        UNIQUE (notitie_id, versie),
        CHECK ((versie = 1) = (vorige_id IS NULL AND reden IS NULL))
      )`);
    await q.query('CREATE INDEX journaal_notities_traject ON journaal_notities (traject_id, notitie_id, versie)');
    await q.query(`
      CREATE TABLE plan_doelen (
        id uuid PRIMARY KEY,
        traject_id uuid NOT NULL REFERENCES trajecten (id),
        omschrijving text NOT NULL,
        streefdatum date,${STATUS_EN_HERKOMST}
      )`);
    await q.query('CREATE INDEX plan_doelen_traject ON plan_doelen (traject_id, aangemaakt_op)');
    await q.query(`
      CREATE TABLE plan_acties (
        id uuid PRIMARY KEY,
        doel_id uuid NOT NULL REFERENCES plan_doelen (id),
        omschrijving text NOT NULL,
        eigenaar text NOT NULL,
        streefdatum date NOT NULL,${STATUS_EN_HERKOMST}
      )`);
    await q.query('CREATE INDEX plan_acties_doel ON plan_acties (doel_id, aangemaakt_op)');
    await q.query(`
      CREATE TABLE plan_akkoorden (
        id uuid PRIMARY KEY,
        traject_id uuid NOT NULL REFERENCES trajecten (id),
        door text NOT NULL,
        op date NOT NULL,
        vastgelegd_door text NOT NULL,
        vastgelegd_op timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await q.query('CREATE INDEX plan_akkoorden_traject ON plan_akkoorden (traject_id, vastgelegd_op)');
    await q.query(`
      CREATE TABLE audit_log (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        tijdstip timestamptz NOT NULL DEFAULT now(),
        actor text NOT NULL,
        rollen text[] NOT NULL,
        organisatie text NOT NULL,
        actie text NOT NULL,
        traject_id uuid NOT NULL,
        correlation_id text NOT NULL
      )`);
    await q.query('CREATE INDEX audit_log_traject ON audit_log (traject_id, tijdstip)');
    await createAppendOnlyTriggers(q, 'alleen_toevoegen', ALLEEN_TOEVOEGEN);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE audit_log, plan_akkoorden, plan_acties, plan_doelen, journaal_notities');
    await q.query('DROP FUNCTION alleen_toevoegen');
  }
}
