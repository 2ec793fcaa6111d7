import { MigrationInterface, QueryRunner } from 'typeorm';

/** Step history, activities, ladder rungs, follow-ups (the truth behind every BullMQ timer) and the monitor read model. */
export class TrajectenWerk1763910000000 implements MigrationInterface {
  name = 'TrajectenWerk1763910000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE trajecten
        ADD COLUMN participatieladder smallint,
        ADD COLUMN afsluitreden text,
        ADD COLUMN afgesloten_op date,
        ADD COLUMN laatste_wijziging_op timestamptz NOT NULL DEFAULT now()`);
    await q.query(
      'CREATE INDEX trajecten_werklijst ON trajecten (organisatie, status, huidige_stap, laatste_wijziging_op)',
    );
    await q.query(`
      CREATE TABLE stap_overgangen (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        traject_id uuid NOT NULL REFERENCES trajecten (id),
        van text NOT NULL, naar text NOT NULL, door text NOT NULL, toelichting text NOT NULL, op timestamptz NOT NULL
      )`);
    await q.query('CREATE INDEX stap_overgangen_traject ON stap_overgangen (traject_id, id)');
    await q.query(`
      CREATE TABLE activiteiten (
        id uuid PRIMARY KEY,
        traject_id uuid NOT NULL REFERENCES trajecten (id),
        soort text NOT NULL, startdatum date NOT NULL, gestart_door text NOT NULL,
        resultaat text, datum date, afgerond_door text
      )`);
    await q.query('CREATE INDEX activiteiten_traject ON activiteiten (traject_id)');
    await q.query(`
      CREATE TABLE ladder_metingen (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        traject_id uuid NOT NULL REFERENCES trajecten (id),
        trede smallint NOT NULL CHECK (trede BETWEEN 1 AND 6), op timestamptz NOT NULL, door text NOT NULL
      )`);
    await q.query(`
      CREATE TABLE opvolgingen (
        id uuid PRIMARY KEY,
        soort text NOT NULL,
        traject_id uuid NOT NULL REFERENCES trajecten (id),
        plaatsing_id uuid,
        vervaldatum timestamptz NOT NULL,
        status text NOT NULL,
        gevuurd_op timestamptz,
        uitkomst jsonb,
        plaatsing_startdatum date,
        plaatsing_beeindigd_op date,
        plaatsing_beeindigd_reden text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE UNIQUE INDEX opvolgingen_een_check_per_plaatsing ON opvolgingen (plaatsing_id) WHERE soort = 'duurzaamheidscheck'`,
    );
    await q.query(`CREATE INDEX opvolgingen_gepland ON opvolgingen (vervaldatum) WHERE status = 'gepland'`);
    await q.query('CREATE INDEX opvolgingen_lijst ON opvolgingen (soort, status, vervaldatum)');
    await q.query('CREATE INDEX opvolgingen_traject ON opvolgingen (traject_id)');
    // The monitor: one row per inwoner at their first step forward, and per-day counters summed per request.
    await q.query(`
      CREATE TABLE monitor_vooruit (
        inwoner_id uuid PRIMARY KEY, dag date NOT NULL, gemeentecode text NOT NULL, stap text NOT NULL, via text NOT NULL
      )`);
    await q.query(`
      CREATE TABLE monitor_tellingen (
        metriek text NOT NULL, dag date NOT NULL, gemeentecode text NOT NULL, aantal integer NOT NULL,
        PRIMARY KEY (metriek, dag, gemeentecode)
      )`);
    // The same counts per month: a period of whole months is summed from here (60 months × gemeenten × metrics rows).
    await q.query(`
      CREATE TABLE monitor_maandtellingen (
        metriek text NOT NULL, maand date NOT NULL, gemeentecode text NOT NULL, aantal integer NOT NULL,
        PRIMARY KEY (metriek, maand, gemeentecode)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      'DROP TABLE monitor_maandtellingen, monitor_tellingen, monitor_vooruit, opvolgingen, ladder_metingen, activiteiten, stap_overgangen',
    );
    await q.query(
      'ALTER TABLE trajecten DROP COLUMN participatieladder, DROP COLUMN afsluitreden, DROP COLUMN afgesloten_op, DROP COLUMN laatste_wijziging_op',
    );
  }
}
