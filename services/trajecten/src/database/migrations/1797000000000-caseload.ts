import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Caseload and handover (issue 18). Every traject gets a consulent (a token subject) and the team that may stand
 * in; medewerkers are registered per organisation with their team, and each organisation has one assignment rule.
 * A stand-in (vervanging) lets a colleague see someone's caseload for a period; a handover (overdracht) moves a
 * traject to another organisation once it accepts. Trajecten started before this have no consulent (null).
 */
export class Caseload1797000000000 implements MigrationInterface {
  name = 'Caseload1797000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE trajecten ADD COLUMN team text, ADD COLUMN consulent text');
    await q.query(`CREATE INDEX trajecten_consulent ON trajecten (organisatie, consulent) WHERE status = 'actief'`);
    await q.query(`CREATE INDEX trajecten_team ON trajecten (organisatie, team) WHERE status = 'actief'`);
    await q.query(`
      CREATE TABLE medewerkers (
        subject text PRIMARY KEY,
        naam text NOT NULL,
        organisatie text NOT NULL,
        team text,
        actief boolean NOT NULL,
        bijgewerkt_op timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX medewerkers_organisatie ON medewerkers (organisatie, team)');
    await q.query(`
      CREATE TABLE toewijzingsregels (
        organisatie text PRIMARY KEY,
        regel text NOT NULL CHECK (regel IN ('minst-belast', 'vast')),
        team text,
        consulent text,
        bijgewerkt_op timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE vervangingen (
        id uuid PRIMARY KEY,
        organisatie text NOT NULL,
        vervanger text NOT NULL,
        voor text NOT NULL,
        van date NOT NULL,
        tot date NOT NULL,
        geregeld_door text NOT NULL,
        geregeld_op timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX vervangingen_vervanger ON vervangingen (vervanger, van, tot)');
    await q.query(`
      CREATE TABLE overdrachten (
        id uuid PRIMARY KEY,
        traject_id uuid NOT NULL REFERENCES trajecten (id),
        van_organisatie text NOT NULL,
        naar_organisatie text NOT NULL,
        toelichting text NOT NULL,
        status text NOT NULL CHECK (status IN ('voorgesteld', 'geaccepteerd', 'afgewezen')),
        voorgesteld_door text NOT NULL,
        voorgesteld_op timestamptz NOT NULL,
        besloten_door text,
        besloten_op timestamptz,
        reden text
      )`);
    await q.query('CREATE INDEX overdrachten_traject ON overdrachten (traject_id, voorgesteld_op)');
    await q.query('CREATE INDEX overdrachten_naar ON overdrachten (naar_organisatie, status)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE overdrachten');
    await q.query('DROP TABLE vervangingen');
    await q.query('DROP TABLE toewijzingsregels');
    await q.query('DROP TABLE medewerkers');
    await q.query('ALTER TABLE trajecten DROP COLUMN consulent, DROP COLUMN team');
  }
}
