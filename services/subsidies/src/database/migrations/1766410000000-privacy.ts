import { MigrationInterface, QueryRunner } from 'typeorm';
import { createBeperkingenTable, createInwonerVerwijzingTables } from '@wiz/platform';

/**
 * The inwoner's rights in subsidies (issue 19): restrictions (beperkingen), merged and erased records
 * (inwoner_aliassen, gewiste_inwoners), and the legal hold of an erased participant of a submitted claim: kept
 * under a pseudonym until `bewaren_tot` (ESF+/JTF audit trail, Regulation (EU) 2021/1060 art. 82), then destroyed.
 */
export class Privacy1766410000000 implements MigrationInterface {
  name = 'Privacy1766410000000';

  async up(q: QueryRunner): Promise<void> {
    await createBeperkingenTable(q);
    await createInwonerVerwijzingTables(q);
    await q.query('ALTER TABLE deelnemers ADD COLUMN bewaren_tot date');
    await q.query('CREATE INDEX deelnemers_bewaren_tot ON deelnemers (bewaren_tot) WHERE bewaren_tot IS NOT NULL');
    await q.query('CREATE INDEX kostenregels_inwoner ON kostenregels (inwoner_id) WHERE inwoner_id IS NOT NULL');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX kostenregels_inwoner, deelnemers_bewaren_tot');
    await q.query('ALTER TABLE deelnemers DROP COLUMN bewaren_tot');
    await q.query('DROP TABLE gewiste_inwoners, inwoner_aliassen, beperkingen');
  }
}
