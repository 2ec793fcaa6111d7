import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Records which organisation made each cost line and claim: the scoping policy (modules/scoping.ts) lets only it
 * (and beheer) read, export and submit them, and a claim takes only its own organisation's lines. Rows made before
 * were made by a subsidy administration that answered every organisation alike, so they belong to the regional
 * programme ('wiz'), claims and their lines alike, so an existing claim keeps its lines.
 */
export class Organisaties1764710000000 implements MigrationInterface {
  name = 'Organisaties1764710000000';

  async up(q: QueryRunner): Promise<void> {
    for (const tabel of ['kostenregels', 'declaraties']) {
      await q.query(`ALTER TABLE ${tabel} ADD COLUMN organisatie text NOT NULL DEFAULT 'wiz'`);
      await q.query(`ALTER TABLE ${tabel} ALTER COLUMN organisatie DROP DEFAULT`);
    }
    // Every read of cost lines is now one organisation's lines of a scheme, by date (a claim, the list).
    await q.query(
      'CREATE INDEX kostenregels_regeling_organisatie_datum ON kostenregels (regeling_code, organisatie, datum)',
    );
    await q.query('DROP INDEX kostenregels_regeling_datum');
    await q.query('CREATE INDEX declaraties_organisatie ON declaraties (organisatie, created_at)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('CREATE INDEX kostenregels_regeling_datum ON kostenregels (regeling_code, datum)');
    await q.query('DROP INDEX kostenregels_regeling_organisatie_datum, declaraties_organisatie');
    for (const tabel of ['kostenregels', 'declaraties']) await q.query(`ALTER TABLE ${tabel} DROP COLUMN organisatie`);
  }
}
