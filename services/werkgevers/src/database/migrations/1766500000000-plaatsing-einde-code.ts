import { MigrationInterface, QueryRunner } from 'typeorm';
import { PLAATSING_EINDE_REDENEN } from '@wiz/contracts';

/**
 * The code of why a placement ended, next to the team's own words (eind_reden). Only the code goes into
 * plaatsing-beeindigd; it says nothing about the person, so the erasure leaves it. Placements that ended before
 * get the code their event would now carry: the text when it is a code, else 'overig'.
 */
export class PlaatsingEindeCode1766500000000 implements MigrationInterface {
  name = 'PlaatsingEindeCode1766500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE plaatsingen ADD COLUMN eind_reden_code text');
    await q.query(
      `UPDATE plaatsingen SET eind_reden_code = CASE WHEN eind_reden = ANY($1::text[]) THEN eind_reden ELSE 'overig' END
        WHERE einddatum IS NOT NULL AND eind_reden IS NOT NULL`,
      [[...PLAATSING_EINDE_REDENEN]],
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE plaatsingen DROP COLUMN eind_reden_code');
  }
}
