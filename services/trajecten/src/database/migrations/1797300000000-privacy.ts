import { MigrationInterface, QueryRunner } from 'typeorm';
import { createBeperkingenTable, createInwonerVerwijzingTables } from '@wiz/platform';

/** The append-only tables whose free text may be erased, and those text columns (the trigger's arguments). */
const WISBAAR: Record<string, string[]> = { journaal_notities: ['tekst', 'reden'], plan_akkoorden: ['door'] };

/**
 * The journal's and the agreements' triggers, append-only but for erasure: inside a transaction that set
 * `wiz.wissen` to the row's inwoner or traject, an UPDATE may replace the listed text columns by the marker
 * '[gewist]' and change nothing else.
 */
async function maakWisbaar(q: QueryRunner): Promise<void> {
  await q.query(`
    CREATE OR REPLACE FUNCTION alleen_toevoegen_of_wissen() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      wie text := coalesce(current_setting('wiz.wissen', true), '');
      kolommen text[] := TG_ARGV;
      k text;
    BEGIN
      IF TG_OP = 'UPDATE' AND wie <> ''
         AND (to_jsonb(NEW) - kolommen) = (to_jsonb(OLD) - kolommen)
         AND (wie = OLD.traject_id::text
              OR EXISTS (SELECT 1 FROM trajecten t WHERE t.id = OLD.traject_id AND t.inwoner_id::text = wie)) THEN
        FOREACH k IN ARRAY kolommen LOOP
          IF (to_jsonb(NEW) ->> k) IS DISTINCT FROM (CASE WHEN to_jsonb(OLD) ->> k IS NULL THEN NULL ELSE '[gewist]' END) THEN
            RAISE EXCEPTION '% is append-only: % may only be erased', TG_TABLE_NAME, k;
          END IF;
        END LOOP;
        RETURN NEW;
      END IF;
      RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
    END $$`);
  for (const [tabel, kolommen] of Object.entries(WISBAAR)) {
    await q.query(`DROP TRIGGER ${tabel}_geen_wijziging ON ${tabel}`);
    await q.query(
      `CREATE TRIGGER ${tabel}_geen_wijziging BEFORE UPDATE OR DELETE ON ${tabel} FOR EACH ROW EXECUTE FUNCTION alleen_toevoegen_of_wissen(${kolommen.map((k) => `'${k}'`).join(', ')})`,
    );
  }
}

/**
 * The inwoner's rights in trajecten (issue 19): restrictions (beperkingen), merged and erased records (the
 * platform's inwoner_aliassen: vervallen → behouden, and gewiste_inwoners), what the retention run did
 * (bewaartermijn_verwerkt) and a traject's erasure moment. The journal and the agreements stay append-only but for erasure (maakWisbaar); audit_log keeps the
 * strict trigger: nobody rewrites who read what.
 */
export class Privacy1797300000000 implements MigrationInterface {
  name = 'Privacy1797300000000';

  async up(q: QueryRunner): Promise<void> {
    await createBeperkingenTable(q);
    await createInwonerVerwijzingTables(q);
    await q.query(`
      CREATE TABLE bewaartermijn_verwerkt (
        traject_id uuid NOT NULL REFERENCES trajecten (id), soort text NOT NULL,
        verwerkt_op timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (traject_id, soort)
      )`);
    await q.query('ALTER TABLE trajecten ADD COLUMN gewist_op timestamptz');
    await q.query('CREATE INDEX trajecten_afgesloten ON trajecten (afgesloten_op) WHERE afgesloten_op IS NOT NULL');
    await maakWisbaar(q);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const tabel of Object.keys(WISBAAR)) {
      await q.query(`DROP TRIGGER ${tabel}_geen_wijziging ON ${tabel}`);
      await q.query(
        `CREATE TRIGGER ${tabel}_geen_wijziging BEFORE UPDATE OR DELETE ON ${tabel} FOR EACH ROW EXECUTE FUNCTION alleen_toevoegen()`,
      );
    }
    await q.query('DROP FUNCTION IF EXISTS alleen_toevoegen_of_wissen');
    await q.query('DROP INDEX trajecten_afgesloten');
    await q.query('ALTER TABLE trajecten DROP COLUMN gewist_op');
    await q.query('DROP TABLE bewaartermijn_verwerkt, gewiste_inwoners, inwoner_aliassen, beperkingen');
  }
}
