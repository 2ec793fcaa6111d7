import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Records which organisation made each employer, arrangement, SROI obligation and placement: the owner the scoping
 * policy (modules/scoping.ts) lets change it, and for a placement read it. Rows made before were made by a regional
 * employer team that answered every organisation alike, so they belong to the regional programme ('wiz'); a
 * placement stays visible to its traject's organisation in any case (kandidaten.organisatie).
 */
export class Organisaties1764680000000 implements MigrationInterface {
  name = 'Organisaties1764680000000';

  async up(q: QueryRunner): Promise<void> {
    for (const tabel of ['werkgevers', 'arrangementen', 'sroi_verplichtingen', 'plaatsingen']) {
      await q.query(`ALTER TABLE ${tabel} ADD COLUMN organisatie text NOT NULL DEFAULT 'wiz'`);
      await q.query(`ALTER TABLE ${tabel} ALTER COLUMN organisatie DROP DEFAULT`);
    }
    await q.query('CREATE INDEX plaatsingen_organisatie ON plaatsingen (organisatie)');
    await q.query('CREATE INDEX kandidaten_organisatie ON kandidaten (organisatie)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX kandidaten_organisatie, plaatsingen_organisatie');
    for (const tabel of ['werkgevers', 'arrangementen', 'sroi_verplichtingen', 'plaatsingen'])
      await q.query(`ALTER TABLE ${tabel} DROP COLUMN organisatie`);
  }
}
