import { MigrationInterface, QueryRunner } from 'typeorm';

/** Employers, vacancies, arrangements, SROI obligations, placements, and the candidate projection for matching. */
export class Werkgevers1763920000000 implements MigrationInterface {
  name = 'Werkgevers1763920000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE werkgevers (
        id uuid PRIMARY KEY, kvk_nummer text NOT NULL UNIQUE, naam text NOT NULL, gemeentecode text NOT NULL,
        sbi_code text, strategisch_partner boolean NOT NULL, created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE contactpersonen (
        id uuid PRIMARY KEY, werkgever_id uuid NOT NULL REFERENCES werkgevers (id), naam text NOT NULL, functie text,
        email text, telefoon text
      )`);
    await q.query(`
      CREATE TABLE vacatures (
        id uuid PRIMARY KEY, werkgever_id uuid NOT NULL REFERENCES werkgevers (id), titel text NOT NULL,
        uren_per_week numeric(4,1) NOT NULL, aantal integer NOT NULL, skills text[] NOT NULL, open_hiring boolean NOT NULL,
        cv_loos boolean NOT NULL, geschikt_voor_afspraakbaan boolean NOT NULL, created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE arrangementen (
        id uuid PRIMARY KEY, naam text NOT NULL, soort text NOT NULL, onderwijsinstelling text, plaatsen integer NOT NULL,
        startdatum date NOT NULL, einddatum date NOT NULL
      )`);
    await q.query(
      `CREATE TABLE arrangement_werkgevers (arrangement_id uuid REFERENCES arrangementen (id), werkgever_id uuid REFERENCES werkgevers (id), PRIMARY KEY (arrangement_id, werkgever_id))`,
    );
    await q.query(`
      CREATE TABLE sroi_verplichtingen (
        id uuid PRIMARY KEY, werkgever_id uuid NOT NULL REFERENCES werkgevers (id), opdracht text NOT NULL,
        opdrachtwaarde_centen bigint NOT NULL CHECK (opdrachtwaarde_centen >= 0), percentage numeric(5,2) NOT NULL CHECK (percentage BETWEEN 0 AND 100),
        startdatum date NOT NULL, einddatum date NOT NULL CHECK (einddatum >= startdatum)
      )`);
    await q.query(`
      CREATE TABLE plaatsingen (
        id uuid PRIMARY KEY, traject_id uuid NOT NULL, inwoner_id uuid NOT NULL, werkgever_id uuid NOT NULL REFERENCES werkgevers (id),
        vacature_id uuid REFERENCES vacatures (id), arrangement_id uuid REFERENCES arrangementen (id),
        sroi_verplichting_id uuid REFERENCES sroi_verplichtingen (id), sroi_doelgroep text,
        startdatum date NOT NULL, uren_per_week numeric(4,1) NOT NULL CHECK (uren_per_week > 0 AND uren_per_week <= 60),
        contractvorm text NOT NULL, afspraakbaan boolean NOT NULL, einddatum date, eind_reden text,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (traject_id, werkgever_id, startdatum)
      )`);
    await q.query('CREATE INDEX plaatsingen_startdatum ON plaatsingen (startdatum)');
    // What werkgevers knows of trajecten (from events) plus what the consultant released for matching.
    await q.query(`
      CREATE TABLE kandidaten (
        traject_id uuid PRIMARY KEY, inwoner_id uuid NOT NULL, organisatie text NOT NULL, gemeentecode text NOT NULL,
        stap text NOT NULL, status text NOT NULL, versie integer NOT NULL,
        skills text[] NOT NULL DEFAULT '{}', vrijgegeven boolean NOT NULL DEFAULT false
      )`);
    await q.query('CREATE INDEX kandidaten_matchen ON kandidaten (stap, status)');
    await q.query('CREATE INDEX kandidaten_inwoner ON kandidaten (inwoner_id)');
    await q.query(
      `CREATE TABLE toestemmingen (inwoner_id uuid PRIMARY KEY, gegeven boolean NOT NULL, gewijzigd_op timestamptz NOT NULL)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      'DROP TABLE toestemmingen, kandidaten, plaatsingen, sroi_verplichtingen, arrangement_werkgevers, arrangementen, vacatures, contactpersonen, werkgevers',
    );
  }
}
