import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 21: a claim's judged lines stored compactly, one row per outcome ('opgenomen' or the exclusion reason)
 * holding the ids of its lines, instead of one row (and two foreign-key checks) per line: a million-line claim
 * becomes seven rows. declaratie_regels stays, as a view with the old columns, so every reader keeps its query.
 * The ids are not foreign keys: a claim's lines are read through kostenregels, which never deletes a line.
 */
export class DeclaratieOordelen1766430000000 implements MigrationInterface {
  name = 'DeclaratieOordelen1766430000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE declaratie_oordelen (
        declaratie_id uuid NOT NULL REFERENCES declaraties (id), uitkomst text NOT NULL, kostenregel_ids uuid[] NOT NULL,
        PRIMARY KEY (declaratie_id, uitkomst)
      )`);
    await q.query(`
      INSERT INTO declaratie_oordelen (declaratie_id, uitkomst, kostenregel_ids)
      SELECT declaratie_id, coalesce(reden, 'opgenomen'), array_agg(kostenregel_id ORDER BY kostenregel_id)
        FROM declaratie_regels GROUP BY 1, 2`);
    await q.query('DROP TABLE declaratie_regels');
    await q.query(`
      CREATE VIEW declaratie_regels AS
      SELECT o.declaratie_id, r.kostenregel_id, o.uitkomst = 'opgenomen' AS opgenomen, nullif(o.uitkomst, 'opgenomen') AS reden
        FROM declaratie_oordelen o CROSS JOIN LATERAL unnest(o.kostenregel_ids) AS r (kostenregel_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    // The view's rows become the table again, then its keys: the table as 1763930000000 made it.
    await q.query(`
      CREATE TABLE declaratie_regels_terug AS SELECT declaratie_id, kostenregel_id, opgenomen, reden FROM declaratie_regels`);
    await q.query('DROP VIEW declaratie_regels');
    await q.query('ALTER TABLE declaratie_regels_terug RENAME TO declaratie_regels');
    await q.query(`
      ALTER TABLE declaratie_regels ALTER COLUMN opgenomen SET NOT NULL, ADD PRIMARY KEY (declaratie_id, kostenregel_id),
        ADD FOREIGN KEY (declaratie_id) REFERENCES declaraties (id), ADD FOREIGN KEY (kostenregel_id) REFERENCES kostenregels (id)`);
    await q.query('DROP TABLE declaratie_oordelen');
  }
}
