import type { Client } from 'pg';
import { CONTRACTVORMEN } from '@wiz/contracts';

type Stap = (what: string, sql: string, params?: unknown[]) => Promise<void>;

/**
 * The facts after entry, as the register's handlers store them from trajecten and werkgevers events (issue 15: no
 * result booleans; the results are computed from these on the claim's peildatum). Drawn per participant once, into
 * a temp table in inwoner_id order (so the draws do not depend on a join's order), then written table by table:
 * - every participant has a traject started within two weeks of entry; 15% a second one about 3–7 months later;
 * - ~40% leave: their first traject closes 1–19 months after entry (some after the claim's peildatum), with a reason
 *   (5% none, as migrated from the old register); a second traject closes two weeks later in 70% of cases, otherwise
 *   it stays open and the person has not left;
 * - 35% have a placement (10% of them without start: only plaatsing-beeindigd arrived), 8–40 hours, 40% ended;
 *   30% of the started ones change hours (mostly more), half get a duurzaamheidscheck six months after the start;
 * - 15% gain a qualification.
 */
export async function seedVerloop(db: Client, step: Stap): Promise<void> {
  await db.query(`CREATE TEMP TABLE verloop_basis AS
    SELECT inwoner_id, intrede_op, random() r1, random() r2, random() r3, random() r4, random() r5, random() r6, random() r7, random() r8,
           random() r9, random() r10, random() r11, random() r12, random() r13, random() r14, random() r15, random() r16, random() r17
      FROM (SELECT inwoner_id, intrede_op FROM deelnemers ORDER BY inwoner_id OFFSET 0) d`);
  await db.query(`CREATE TEMP VIEW verloop AS
    SELECT b.*, intrede_op + floor(r2 * 14)::int AS start1, CASE WHEN r1 < 0.15 THEN intrede_op + 90 + floor(r2 * 120)::int END AS start2,
           CASE WHEN r3 < 0.4 THEN intrede_op + 30 + floor(r4 * 540)::int END AS einde1,
           CASE WHEN r7 < 0.35 AND r9 >= 0.1 THEN intrede_op + 20 + floor(r8 * 500)::int END AS plaatsing_start,
           (8 + floor(r10 * 33))::numeric(5,2) AS uren
      FROM verloop_basis b`);
  const traject = (n: number) => `md5('traject-' || inwoner_id || '-${n}')::uuid`;
  const plaatsing = `md5('plaatsing-' || inwoner_id)::uuid`;
  await step(
    'deelnemer_trajecten',
    `INSERT INTO deelnemer_trajecten (traject_id, inwoner_id, gestart_op)
    SELECT ${traject(1)}, inwoner_id, start1 FROM verloop UNION ALL SELECT ${traject(2)}, inwoner_id, start2 FROM verloop WHERE start2 IS NOT NULL`,
  );
  const reden = `CASE WHEN r5 < 0.05 THEN NULL WHEN r5 < 0.40 THEN 'werk' WHEN r5 < 0.55 THEN 'scholing' WHEN r5 < 0.65 THEN 'verhuisd'
                      WHEN r5 < 0.78 THEN 'geen-medewerking' WHEN r5 < 0.80 THEN 'overleden' ELSE 'anders' END`;
  await step(
    'deelnemer_afsluitingen',
    `INSERT INTO deelnemer_afsluitingen (traject_id, inwoner_id, datum, reden)
    SELECT ${traject(1)}, inwoner_id, einde1, ${reden} FROM verloop WHERE einde1 IS NOT NULL
    UNION ALL SELECT ${traject(2)}, inwoner_id, greatest(einde1, start2) + 14, ${reden} FROM verloop WHERE einde1 IS NOT NULL AND start2 IS NOT NULL AND r6 < 0.7`,
  );
  await step(
    'deelnemer_plaatsingen',
    `INSERT INTO deelnemer_plaatsingen (plaatsing_id, inwoner_id, startdatum, uren_per_week, contractvorm, einddatum)
    SELECT ${plaatsing}, inwoner_id, plaatsing_start, CASE WHEN plaatsing_start IS NOT NULL THEN uren END,
           CASE WHEN plaatsing_start IS NOT NULL THEN ($1::text[])[1 + floor(r11 * cardinality($1::text[]))::int] END,
           CASE WHEN r12 < 0.4 OR plaatsing_start IS NULL THEN coalesce(plaatsing_start, intrede_op + 200) + 30 + floor(r13 * 400)::int END
      FROM verloop WHERE r7 < 0.35`,
    [[...CONTRACTVORMEN]],
  );
  await step(
    'deelnemer_urenwijzigingen',
    `INSERT INTO deelnemer_urenwijzigingen (plaatsing_id, ingangsdatum, inwoner_id, vorige_uren_per_week, uren_per_week)
    SELECT ${plaatsing}, plaatsing_start + 60 + floor(r13 * 200)::int, inwoner_id, uren, CASE WHEN r14 < 0.75 THEN least(40, uren + 8) ELSE greatest(4, uren - 4) END
      FROM verloop WHERE plaatsing_start IS NOT NULL AND r15 < 0.3`,
  );
  await step(
    'deelnemer_duurzaamheidschecks',
    `INSERT INTO deelnemer_duurzaamheidschecks (plaatsing_id, inwoner_id, duurzaam, in_dienst, vastgesteld_op)
    SELECT ${plaatsing}, inwoner_id, r14 < 0.8 AND uren >= 24, r14 < 0.8, (plaatsing_start + interval '6 months')::date
      FROM verloop WHERE plaatsing_start IS NOT NULL AND r16 < 0.5`,
  );
  await step(
    'deelnemer_kwalificaties',
    `INSERT INTO deelnemer_kwalificaties (activiteit_id, inwoner_id, datum)
    SELECT md5('kwalificatie-' || inwoner_id)::uuid, inwoner_id, intrede_op + 60 + floor(r8 * 600)::int FROM verloop WHERE r17 < 0.15`,
  );
  await db.query('DROP VIEW verloop; DROP TABLE verloop_basis');
}
