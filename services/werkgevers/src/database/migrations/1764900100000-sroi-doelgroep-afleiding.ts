import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The SROI doelgroep may be left out of a placement: werkgevers then derives it from a minimal projection of
 * intake's aanmelding-afgerond per inwoner, and records how sure it is. Earlier placements were told theirs.
 */
export class SroiDoelgroepAfleiding1764900100000 implements MigrationInterface {
  name = 'SroiDoelgroepAfleiding1764900100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE uitkeringssituaties (
        inwoner_id uuid PRIMARY KEY, uitkering text NOT NULL, uitkering_sinds text CHECK (uitkering_sinds ~ '^\\d{4}-(0[1-9]|1[0-2])$'),
        doelgroepregister boolean, aangemeld_op timestamptz NOT NULL
      )`);
    await q.query(
      `ALTER TABLE plaatsingen ADD COLUMN sroi_doelgroep_status text CHECK (sroi_doelgroep_status IN ('bevestigd', 'afgeleid', 'onbevestigd'))`,
    );
    await q.query(`UPDATE plaatsingen SET sroi_doelgroep_status = 'bevestigd' WHERE sroi_doelgroep IS NOT NULL`);
    await q.query('CREATE INDEX plaatsingen_inwoner ON plaatsingen (inwoner_id)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX plaatsingen_inwoner');
    await q.query('ALTER TABLE plaatsingen DROP COLUMN sroi_doelgroep_status');
    await q.query('DROP TABLE uitkeringssituaties');
  }
}
