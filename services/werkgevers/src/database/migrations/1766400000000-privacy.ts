import { MigrationInterface, QueryRunner } from 'typeorm';
import { createBeperkingenTable, createInwonerVerwijzingTables } from '@wiz/platform';

/**
 * The inwoner's rights in werkgevers (issue 19): restrictions (beperkingen), merged and erased records
 * (inwoner_aliassen, gewiste_inwoners), the day each traject closed (the retention periods count from it; a
 * traject id and a date, nothing about the person) and when a placement was made anonymous (it then takes no
 * further change).
 */
export class Privacy1766400000000 implements MigrationInterface {
  name = 'Privacy1766400000000';

  async up(q: QueryRunner): Promise<void> {
    await createBeperkingenTable(q);
    await createInwonerVerwijzingTables(q);
    await q.query('CREATE TABLE traject_afsluitingen (traject_id uuid PRIMARY KEY, afgesloten_op date NOT NULL)');
    await q.query('CREATE INDEX traject_afsluitingen_datum ON traject_afsluitingen (afgesloten_op)');
    await q.query('ALTER TABLE plaatsingen ADD COLUMN geanonimiseerd_op timestamptz');
    await q.query('CREATE INDEX plaatsingen_traject ON plaatsingen (traject_id) WHERE geanonimiseerd_op IS NULL');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX plaatsingen_traject');
    await q.query('ALTER TABLE plaatsingen DROP COLUMN geanonimiseerd_op');
    await q.query('DROP TABLE traject_afsluitingen, gewiste_inwoners, inwoner_aliassen, beperkingen');
  }
}
