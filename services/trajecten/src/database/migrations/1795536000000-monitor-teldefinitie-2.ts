import { MigrationInterface, QueryRunner } from 'typeorm';
import { STAPPEN } from '@wiz/contracts';

/**
 * The monitor's counting definition 2 (issue 15): the facts behind each inwoner's counting moment (so a late but
 * earlier fact moves it), activities and placements per person (Kansrijk Opleiden as persons, per project,
 * afspraakbanen), doelgroepen per inwoner, and dated targets/starting balances with the seeds' defaults. Rows
 * counted under definition 1 become one fact each on the day they were counted; the new tables are filled from
 * what trajecten already holds (activiteiten); afspraakbaan placements before this release are not known here.
 */
export class MonitorTeldefinitie21795536000000 implements MigrationInterface {
  name = 'MonitorTeldefinitie21795536000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE monitor_feiten (
        bron text PRIMARY KEY, inwoner_id uuid NOT NULL, traject_id uuid, soort text NOT NULL,
        dag date NOT NULL, op timestamptz NOT NULL, stap text NOT NULL, gemeentecode text NOT NULL
      )`);
    await q.query('CREATE INDEX monitor_feiten_inwoner ON monitor_feiten (inwoner_id)');
    await q.query(`
      INSERT INTO monitor_feiten (bron, inwoner_id, soort, dag, op, stap, gemeentecode)
      SELECT 'v1:' || inwoner_id, inwoner_id, via, dag, dag::timestamptz, stap, gemeentecode FROM monitor_vooruit`);
    await q.query(`
      CREATE TABLE monitor_activiteiten (
        activiteit_id uuid PRIMARY KEY, inwoner_id uuid NOT NULL, gemeentecode text NOT NULL, soort text NOT NULL,
        gestart date NOT NULL, behaald date
      )`);
    await q.query(
      'CREATE INDEX monitor_activiteiten_behaald ON monitor_activiteiten (behaald) WHERE behaald IS NOT NULL',
    );
    await q.query('CREATE INDEX monitor_activiteiten_gestart ON monitor_activiteiten (gestart)');
    await q.query(`
      INSERT INTO monitor_activiteiten (activiteit_id, inwoner_id, gemeentecode, soort, gestart, behaald)
      SELECT a.id, t.inwoner_id, t.gemeentecode, a.soort, a.startdatum, CASE WHEN a.resultaat = 'behaald' THEN a.datum END
        FROM activiteiten a JOIN trajecten t ON t.id = a.traject_id`);
    await q.query('CREATE TABLE monitor_inwoners (inwoner_id uuid PRIMARY KEY, doelgroepen text[] NOT NULL)');
    await q.query(`
      CREATE TABLE monitor_plaatsingen (
        plaatsing_id uuid PRIMARY KEY, inwoner_id uuid NOT NULL, gemeentecode text NOT NULL, startdatum date NOT NULL,
        uren_per_week numeric NOT NULL, afspraakbaan boolean NOT NULL
      )`);
    // The doelgroepen a counted person was counted under, so moving their day moves exactly those counters.
    await q.query(`ALTER TABLE monitor_vooruit ADD COLUMN doelgroepen text[] NOT NULL DEFAULT ARRAY['onbekend']`);
    // Counted before doelgroepen were known: those persons, trajecten and placements belong to 'onbekend'.
    for (const [tabel, tijd] of [
      ['monitor_tellingen', 'dag'],
      ['monitor_maandtellingen', 'maand'],
    ]) {
      await q.query(`
        INSERT INTO ${tabel} (metriek, ${tijd}, gemeentecode, aantal)
        SELECT metriek || ':onbekend', ${tijd}, gemeentecode, aantal FROM ${tabel} WHERE metriek IN ('gestart', 'plaatsing', 'vooruit')`);
    }
    // Dated and append-only: a change is a new row; `gepubliceerd` only says whether the outbox has it yet.
    await q.query(`
      CREATE TABLE streefwaarden (
        id uuid PRIMARY KEY, sleutel text NOT NULL, gemeentecode text, geldig_vanaf date NOT NULL, basisdatum date,
        beginstand integer, beginstand_eenheden numeric, doel integer, doel_eenheden numeric,
        vastgesteld_door text NOT NULL, vastgesteld_op timestamptz NOT NULL, correlation_id text,
        gepubliceerd boolean NOT NULL DEFAULT false
      )`);
    // The rows are their own audit trail (who, when, what), so the database refuses to change or remove one.
    await q.query(`
      CREATE FUNCTION streefwaarden_alleen_toevoegen() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND (to_jsonb(NEW) - 'gepubliceerd') = (to_jsonb(OLD) - 'gepubliceerd') THEN RETURN NEW; END IF;
        RAISE EXCEPTION 'streefwaarden are append-only: set a new one instead';
      END $$`);
    await q.query(
      'CREATE TRIGGER streefwaarden_alleen_toevoegen BEFORE UPDATE OR DELETE ON streefwaarden FOR EACH ROW EXECUTE FUNCTION streefwaarden_alleen_toevoegen()',
    );
    await q.query(
      'CREATE TRIGGER streefwaarden_geen_truncate BEFORE TRUNCATE ON streefwaarden FOR EACH STATEMENT EXECUTE FUNCTION streefwaarden_alleen_toevoegen()',
    );
    await q.query('CREATE INDEX streefwaarden_sleutel ON streefwaarden (sleutel, geldig_vanaf)');
    // The seeds: 20,000 inwoners 2023–2027; 3,001 afspraakbanen at the end of 2020 (no better figure in units, so
    // one unit per job). Published to werkgevers at the next start (StreefwaardenPublicatie), not from SQL here.
    await q.query(`
      INSERT INTO streefwaarden (id, sleutel, geldig_vanaf, basisdatum, beginstand, beginstand_eenheden, doel, vastgesteld_door, vastgesteld_op) VALUES
        (gen_random_uuid(), 'inwoners-een-stap-vooruit', '2023-01-01', NULL, NULL, NULL, 20000, 'migratie', now()),
        (gen_random_uuid(), 'afspraakbanen', '2020-12-31', '2020-12-31', 3001, 3001, NULL, 'migratie', now())`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE streefwaarden CASCADE');
    await q.query('DROP FUNCTION streefwaarden_alleen_toevoegen');
    await q.query('DROP TABLE monitor_plaatsingen, monitor_inwoners, monitor_activiteiten, monitor_feiten');
    await q.query('ALTER TABLE monitor_vooruit DROP COLUMN doelgroepen');
    // Keeps vooruit:<stap>, which definition 1 had; the doelgroep counters go.
    for (const tabel of ['monitor_tellingen', 'monitor_maandtellingen']) {
      await q.query(
        `DELETE FROM ${tabel} WHERE metriek ~ '^(gestart|plaatsing):' OR (metriek LIKE 'vooruit:%' AND split_part(metriek, ':', 2) <> ALL ($1))`,
        [STAPPEN],
      );
    }
  }
}
