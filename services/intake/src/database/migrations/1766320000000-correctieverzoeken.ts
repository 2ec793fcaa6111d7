import { MigrationInterface, QueryRunner } from 'typeorm';
import { addAuditWieNaam } from '@wiz/platform';

/**
 * Issue 20: the inwoner's correction requests (AVG art. 16), a front-office task until handled with an outcome; and
 * the reader's display name on each audit row, for the inwoner's "who read my data".
 */
export class Correctieverzoeken1766320000000 implements MigrationInterface {
  name = 'Correctieverzoeken1766320000000';

  async up(q: QueryRunner): Promise<void> {
    await addAuditWieNaam(q);
    await q.query(`
      CREATE TABLE correctieverzoeken (
        id uuid PRIMARY KEY,
        inwoner_id uuid NOT NULL,
        onderdeel text NOT NULL,
        gewenst text NOT NULL,
        toelichting text,
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'doorgevoerd', 'afgewezen')),
        ingediend_op timestamptz NOT NULL DEFAULT now(),
        afgehandeld_door text,
        afgehandeld_door_naam text,
        afgehandeld_door_organisatie text,
        afgehandeld_op timestamptz,
        uitkomst_toelichting text,
        CHECK ((status = 'open') = (afgehandeld_op IS NULL))
      )`);
    await q.query('CREATE INDEX correctieverzoeken_inwoner ON correctieverzoeken (inwoner_id, ingediend_op)');
    await q.query("CREATE INDEX correctieverzoeken_open ON correctieverzoeken (ingediend_op) WHERE status = 'open'");
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE correctieverzoeken');
    await q.query('ALTER TABLE audit_log DROP COLUMN wie_naam');
  }
}
