import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The ESF+ register keeps facts instead of result booleans (issue 15): the optional entry attributes (null =
 * unknown), and per traject, placement, hours change, duurzaamheidscheck and qualification the facts the results are
 * computed from, so the answer no longer depends on the order events arrive in.
 * What the old booleans can tell is carried over: the leaving date (reason `scholing` when `onderwijs` was set,
 * otherwise unknown) and a qualification dated on the leaving (or entry) day. The two work booleans cannot be turned
 * into placements; they go, and only placements announced from now on count.
 */
export class EsfDeelnemersregister1765100000000 implements MigrationInterface {
  name = 'EsfDeelnemersregister1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE deelnemers ADD COLUMN langdurig_werkloos boolean, ADD COLUMN derdelander boolean, ADD COLUMN migratieachtergrond boolean,
      ADD COLUMN minderheid boolean, ADD COLUMN dakloos boolean, ADD COLUMN platteland boolean`);
    await q.query(
      'CREATE TABLE deelnemer_afsluitingen (traject_id uuid PRIMARY KEY, inwoner_id uuid NOT NULL, datum date NOT NULL, reden text)',
    );
    await q.query(`CREATE TABLE deelnemer_plaatsingen (plaatsing_id uuid PRIMARY KEY, inwoner_id uuid NOT NULL, startdatum date,
      uren_per_week numeric(5,2), contractvorm text, einddatum date)`);
    await q.query(`CREATE TABLE deelnemer_urenwijzigingen (plaatsing_id uuid NOT NULL, ingangsdatum date NOT NULL, inwoner_id uuid NOT NULL,
      vorige_uren_per_week numeric(5,2) NOT NULL, uren_per_week numeric(5,2) NOT NULL, PRIMARY KEY (plaatsing_id, ingangsdatum))`);
    await q.query(`CREATE TABLE deelnemer_duurzaamheidschecks (plaatsing_id uuid PRIMARY KEY, inwoner_id uuid NOT NULL, duurzaam boolean NOT NULL,
      in_dienst boolean NOT NULL, vastgesteld_op date NOT NULL)`);
    await q.query(
      'CREATE TABLE deelnemer_kwalificaties (activiteit_id uuid PRIMARY KEY, inwoner_id uuid NOT NULL, datum date NOT NULL)',
    );
    for (const t of ['afsluitingen', 'plaatsingen', 'urenwijzigingen', 'duurzaamheidschecks', 'kwalificaties']) {
      await q.query(`CREATE INDEX deelnemer_${t}_inwoner ON deelnemer_${t} (inwoner_id)`);
    }
    // The start date, so a traject begun after a claim's peildatum does not make an earlier leaver "not left".
    await q.query('ALTER TABLE deelnemer_trajecten ADD COLUMN gestart_op date');
    await q.query('CREATE INDEX deelnemer_trajecten_inwoner ON deelnemer_trajecten (inwoner_id)');
    // Every known traject of a leaver closed on the old leaving date (the old register kept one date per person).
    await q.query(`
      INSERT INTO deelnemer_afsluitingen (traject_id, inwoner_id, datum, reden)
      SELECT coalesce(t.traject_id, gen_random_uuid()), d.inwoner_id, d.uitstroom_op, CASE WHEN d.onderwijs THEN 'scholing' END
        FROM deelnemers d LEFT JOIN deelnemer_trajecten t ON t.inwoner_id = d.inwoner_id WHERE d.uitstroom_op IS NOT NULL`);
    await q.query(`INSERT INTO deelnemer_kwalificaties (activiteit_id, inwoner_id, datum)
      SELECT gen_random_uuid(), inwoner_id, coalesce(uitstroom_op, intrede_op) FROM deelnemers WHERE kwalificatie`);
    await q.query(`ALTER TABLE deelnemers DROP COLUMN uitstroom_op, DROP COLUMN onderwijs, DROP COLUMN kwalificatie,
      DROP COLUMN werk_binnen_vier_weken, DROP COLUMN werk_na_zes_maanden`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE deelnemers ADD COLUMN uitstroom_op date, ADD COLUMN onderwijs boolean NOT NULL DEFAULT false,
      ADD COLUMN kwalificatie boolean NOT NULL DEFAULT false, ADD COLUMN werk_binnen_vier_weken boolean NOT NULL DEFAULT false,
      ADD COLUMN werk_na_zes_maanden boolean NOT NULL DEFAULT false`);
    await q.query(`UPDATE deelnemers d SET uitstroom_op = a.datum, onderwijs = coalesce(a.reden = 'scholing', false)
      FROM (SELECT DISTINCT ON (inwoner_id) inwoner_id, datum, reden FROM deelnemer_afsluitingen ORDER BY inwoner_id, datum DESC) a WHERE a.inwoner_id = d.inwoner_id`);
    await q.query(
      'UPDATE deelnemers d SET kwalificatie = true WHERE EXISTS (SELECT 1 FROM deelnemer_kwalificaties k WHERE k.inwoner_id = d.inwoner_id)',
    );
    await q.query('DROP INDEX deelnemer_trajecten_inwoner');
    await q.query('ALTER TABLE deelnemer_trajecten DROP COLUMN gestart_op');
    await q.query(
      'DROP TABLE deelnemer_afsluitingen, deelnemer_plaatsingen, deelnemer_urenwijzigingen, deelnemer_duurzaamheidschecks, deelnemer_kwalificaties',
    );
    await q.query(`ALTER TABLE deelnemers DROP COLUMN langdurig_werkloos, DROP COLUMN derdelander, DROP COLUMN migratieachtergrond,
      DROP COLUMN minderheid, DROP COLUMN dakloos, DROP COLUMN platteland`);
  }
}
