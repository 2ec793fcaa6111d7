import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The inwoner's own requests to the privacy officer: erasure (AVG art. 17), restriction (18) and objection (21),
 * each a task until answered with an outcome the person reads, within a month (art. 12(3)). The row is the record
 * that the request was answered in time; an erasure clears its texts and keeps the rest.
 */
export class Rechtenverzoeken1766330000000 implements MigrationInterface {
  name = 'Rechtenverzoeken1766330000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE rechtenverzoeken (
        id uuid PRIMARY KEY,
        inwoner_id uuid NOT NULL,
        recht text NOT NULL CHECK (recht IN ('wissen', 'beperken', 'bezwaar')),
        toelichting text,
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'toegekend', 'afgewezen')),
        ingediend_op timestamptz NOT NULL DEFAULT now(),
        uiterlijk_op date NOT NULL,
        afgehandeld_door text,
        afgehandeld_door_naam text,
        afgehandeld_door_organisatie text,
        afgehandeld_op timestamptz,
        uitkomst_toelichting text,
        CHECK ((status = 'open') = (afgehandeld_op IS NULL))
      )`);
    await q.query('CREATE INDEX rechtenverzoeken_inwoner ON rechtenverzoeken (inwoner_id, ingediend_op)');
    await q.query("CREATE INDEX rechtenverzoeken_open ON rechtenverzoeken (uiterlijk_op) WHERE status = 'open'");
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE rechtenverzoeken');
  }
}
