import { MigrationInterface, QueryRunner } from 'typeorm';

// The 41 codes of the former closed list with their labels, and the synonyms clients were seen to send. From here on
// the vocabulary is data: beheer extends it (POST /api/v1/skills, …/synoniemen) without a release.
const SKILLS: [code: string, label: string, synoniemen: string[]][] = [
  ['persoonlijke-verzorging', 'Persoonlijke verzorging', ['verzorging', 'verzorgende']],
  ['huishoudelijke-zorg', 'Huishoudelijke zorg', ['huishoudelijke hulp', 'thuishulp']],
  ['helpende-zorg-welzijn', 'Helpende zorg en welzijn', ['helpende']],
  ['begeleiding', 'Begeleiding', []],
  ['kinderopvang', 'Kinderopvang', ['pedagogisch medewerker']],
  ['lassen', 'Lassen', ['lasser']],
  ['elektrotechniek', 'Elektrotechniek', ['elektricien']],
  ['installatietechniek', 'Installatietechniek', ['installateur']],
  ['metaalbewerking', 'Metaalbewerking', []],
  ['cnc-verspanen', 'CNC-verspanen', ['cnc']],
  ['onderhoudsmonteur', 'Onderhoudsmonteur', ['monteur']],
  ['heftruck', 'Heftruck (certificaat)', ['heftruckcertificaat', 'heftruckchauffeur']],
  ['reachtruck', 'Reachtruck (certificaat)', ['reachtruckcertificaat']],
  ['orderpicken', 'Orderpicken', ['order picken', 'orderpicker']],
  ['inpakken', 'Inpakken', ['inpakker']],
  ['magazijnbeheer', 'Magazijnbeheer', ['magazijn', 'magazijnwerk']],
  ['rijbewijs-b', 'Rijbewijs B', []],
  ['rijbewijs-c', 'Rijbewijs C', []],
  ['metselen', 'Metselen', ['metselaar']],
  ['timmeren', 'Timmeren', ['timmerman']],
  ['schilderen', 'Schilderen', ['schilder']],
  ['grondwerk', 'Grondwerk', []],
  ['steigerbouw', 'Steigerbouw', ['steigerbouwer']],
  ['bediening', 'Bediening', ['horeca bediening']],
  ['keukenhulp', 'Keukenhulp', []],
  ['koken', 'Koken', ['kok']],
  ['productie-voedingsmiddelen', 'Productie voedingsmiddelen', ['voedingsmiddelenindustrie']],
  ['schoonmaak', 'Schoonmaak', ['schoonmaken', 'schoonmaakwerk']],
  ['glazenwassen', 'Glazenwassen', ['glazenwasser']],
  ['groenonderhoud', 'Groenonderhoud', ['groenvoorziening']],
  ['hoveniersvaardigheden', 'Hoveniersvaardigheden', ['hovenier']],
  ['ict-support', 'ICT-support', ['ict support', 'it support', 'helpdesk']],
  ['programmeren', 'Programmeren', ['programmeur', 'software ontwikkelen']],
  ['klantcontact', 'Klantcontact', ['klantgericht werken', 'klantgerichtheid', 'klantenservice']],
  ['kassawerk', 'Kassawerk', ['kassa']],
  ['administratie', 'Administratie', ['administratief medewerker']],
  ['office-software', 'Kantoorsoftware', ['ms office', 'microsoft office', 'office']],
  ['nederlands-b1', 'Nederlands op B1-niveau', ['nederlands b1', 'nederlandse taal b1']],
  ['engels', 'Engels', ['engelse taal']],
  ['vca', 'VCA (veiligheid)', ['vca basis', 'vca-basis']],
  ['bhv', 'BHV', ['bedrijfshulpverlening']],
];

/**
 * Skills become a vocabulary in the database (codes, labels, synonyms), vacancies keep what the client sent beside
 * what it matches on, and beheer's changes to werkgevers' configuration get an append-only audit trail.
 */
export class SkillsVocabulaire1764900000000 implements MigrationInterface {
  name = 'SkillsVocabulaire1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE skills (code text PRIMARY KEY, label text NOT NULL, toegevoegd_op timestamptz NOT NULL DEFAULT now())`,
    );
    // Stored normalised (lower case, no accents, single spaces): unique across the vocabulary, so a text maps onto one code.
    await q.query(
      `CREATE TABLE skill_synoniemen (synoniem text PRIMARY KEY, code text NOT NULL REFERENCES skills (code), toegevoegd_op timestamptz NOT NULL DEFAULT now())`,
    );
    for (const [code, label, synoniemen] of SKILLS) {
      await q.query('INSERT INTO skills (code, label) VALUES ($1, $2)', [code, label]);
      for (const synoniem of synoniemen)
        await q.query('INSERT INTO skill_synoniemen (synoniem, code) VALUES ($1, $2)', [synoniem, code]);
    }
    // Existing vacancies held codes of the closed list only: what was sent is what is matched on.
    await q.query('ALTER TABLE vacatures ADD COLUMN skills_ingevoerd text[]');
    await q.query('UPDATE vacatures SET skills_ingevoerd = skills');
    await q.query('ALTER TABLE vacatures ALTER COLUMN skills_ingevoerd SET NOT NULL');
    await q.query(`
      CREATE TABLE audit_log (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, tijdstip timestamptz NOT NULL DEFAULT now(), actor text NOT NULL,
        rollen text[] NOT NULL, organisatie text NOT NULL, actie text NOT NULL, onderwerp text NOT NULL, details jsonb NOT NULL,
        correlation_id text NOT NULL
      )`);
    // Append-only for the owner too (the runtime role gets SELECT and INSERT only: app.module's appendOnly).
    await q.query(
      `CREATE FUNCTION audit_log_alleen_toevoegen() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$`,
    );
    await q.query(
      'CREATE TRIGGER audit_log_geen_wijziging BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_alleen_toevoegen()',
    );
    await q.query(
      'CREATE TRIGGER audit_log_geen_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_alleen_toevoegen()',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE audit_log');
    await q.query('DROP FUNCTION audit_log_alleen_toevoegen');
    await q.query('ALTER TABLE vacatures DROP COLUMN skills_ingevoerd');
    await q.query('DROP TABLE skill_synoniemen, skills');
  }
}
